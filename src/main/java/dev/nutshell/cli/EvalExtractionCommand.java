package dev.nutshell.cli;

import dev.nutshell.evaluation.ExtractionAverage;
import dev.nutshell.evaluation.ExtractionScore;
import dev.nutshell.extraction.PageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell eval-extraction}: extracts the main text of every page of an extraction
 * benchmark and scores it against the true article bodies, as the Article Extraction Benchmark
 * does ({@link ExtractionScore}, {@link ExtractionAverage}).
 *
 * <p>Option names and the JSON output are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "eval-extraction",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Extracts the main text of every page of a benchmark and scores it against the true article body"
                    + " as the Article Extraction Benchmark does: the overlap of the two texts' 4-word shingles"
                    + " (tokens: runs of letters, numbers and _, case kept), precision and recall per page, then"
                    + " averaged over the pages (precision over the pages with a non-empty extraction), F1 the"
                    + " harmonic mean of the two averages, accuracy the share of pages extracted word for word.",
            "Prints one JSON line: {\"pages\",\"f1\",\"precision\",\"recall\",\"accuracy\"}, fractions from 0 to 1."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell eval-extraction --data ../shared/eval/html/ground-truth.jsonl --pages ../shared/eval/html",
            "  nutshell eval-extraction --data truth.jsonl --pages pages/ --output extracted.jsonl"})
final class EvalExtractionCommand implements Callable<Integer> {
    private static final String BODY = "articleBody";

    @Option(names = "--data", required = true, paramLabel = "GROUND_TRUTH.jsonl",
            description = "JSON Lines, UTF-8, each record with an \"id\" and the true \"" + BODY + "\".")
    private String data;

    @Option(names = "--pages", required = true, paramLabel = "DIR",
            description = "The folder that holds each record's page as ID.html.")
    private String pages;

    @Option(names = "--output", paramLabel = "PRED.jsonl",
            description = "Also write each extracted text as {\"id\",\"" + BODY + "\"} lines.")
    private String output;

    @Mixin
    private InputLimit inputLimit;

    private final StandardStreams streams;

    /** @param streams where to write the figures */
    EvalExtractionCommand(StandardStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        int maxBytes = inputLimit.maxChars();
        PageExtractor extractor = PageExtractor.builder().maxInputChars(maxBytes).build();
        Path folder = Path.of(pages);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--pages " + pages + " is not a folder");
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<ExtractionScore> scores = new ArrayList<>();
        EvaluationData.readIdentified(data, InputLimit.LONGEST_TEXT, record -> {
            String truth = record.string(BODY);
            String text = extract(extractor, page(folder, record), record);
            ids.add(record.id());
            texts.add(text);
            scores.add(ExtractionScore.of(truth, text));
        });
        if (output != null) {
            write(ids, texts);
        }
        ExtractionAverage average = ExtractionAverage.of(scores);
        streams.out().print(new JsonWriter().beginObject()
                .member("pages", average.pages())
                .member("f1", average.f1())
                .member("precision", average.precision())
                .member("recall", average.recall())
                .member("accuracy", average.accuracy())
                .endObject() + "\n");
        return NutshellCommand.EXIT_OK;
    }

    /** The record's page file: its id must be a plain file name, never a path out of the folder. */
    private static Path page(Path folder, JsonRecord record) {
        String id = record.id();
        if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".") || id.indexOf('\0') >= 0) {
            throw record.error("id \"" + id + "\" cannot name a page file");
        }
        Path page = folder.resolve(id + ".html");
        if (!Files.isRegularFile(page)) {
            throw record.error("no page " + page + " for id \"" + id + "\"");
        }
        return page;
    }

    private static String extract(PageExtractor extractor, Path page, JsonRecord record) {
        try (InputStream in = Files.newInputStream(page)) {
            return extractor.extract(in).text();
        } catch (IOException | UncheckedIOException e) {
            throw record.error("cannot read " + page + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw record.error(page + ": " + e.getMessage());
        }
    }

    private void write(List<String> ids, List<String> texts) {
        try (Writer writer = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
            for (int i = 0; i < ids.size(); i++) {
                writer.write(new JsonWriter().beginObject().member(JsonRecord.ID, ids.get(i))
                        .member(BODY, texts.get(i)).endObject() + "\n");
            }
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }
}
