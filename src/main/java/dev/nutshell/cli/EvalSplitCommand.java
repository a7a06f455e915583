package dev.nutshell.cli;

import dev.nutshell.evaluation.SentenceSpan;
import dev.nutshell.evaluation.SplitEvaluation;
import dev.nutshell.evaluation.SplitScore;
import dev.nutshell.text.TextAnalyzer;
import dev.nutshell.text.TextSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell eval-split}: splits every paragraph of a sentence-segmentation data set and scores
 * the sentences against the gold ones as the CoNLL 2018 UD shared task scores "Sentences"
 * ({@link SplitEvaluation}).
 *
 * <p>Option names and the JSON output are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "eval-split",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Splits every paragraph of a data set on its own, as split does, and scores the segments (sentences"
                    + " and lines alike) against the gold sentences as the CoNLL 2018 UD shared task scores"
                    + " \"Sentences\": each segment trimmed of whitespace, correct only when it equals a gold"
                    + " sentence exactly; precision, recall and F1 over the counts summed over the file.",
            "Prints one JSON line: {\"paragraphs\",\"sentences\",\"precision\",\"recall\",\"f1\",\"exact\"}, the"
                    + " figures in percent with one decimal, \"exact\" the share of paragraphs split exactly right."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell eval-split --data ../shared/ud/en_ewt-dev.jsonl",
            "  nutshell eval-split --data de_gsd-dev.jsonl --language de --output pred.jsonl"})
final class EvalSplitCommand implements Callable<Integer> {
    private static final String TEXT = "text";
    private static final String GOLD = "sentences_utf16";
    private static final String LANGUAGE = "lang";

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The data set: JSON Lines, UTF-8, each record with an \"id\", a paragraph \"" + TEXT
                    + "\" and its gold sentences \"" + GOLD + "\" ([start, end] pairs in UTF-16 units).")
    private String data;

    @Option(names = "--language", paramLabel = "CODE",
            description = "The language to split every paragraph as. Default: each record's \"" + LANGUAGE
                    + "\", or en for a record without one.")
    private String language;

    @Option(names = "--output", paramLabel = "PRED.jsonl",
            description = "Also write each paragraph's segments as {\"id\",\"exact\",\"sentences\":[{\"start\",\"end\",\"text\"}]}"
                    + " lines. Written only when the whole run succeeds.")
    private String output;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;
    private final Map<String, TextAnalyzer> analyzers = new HashMap<>();

    /** @param streams where to write the figures */
    EvalSplitCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Splits, scores and prints.
     *
     * @return the exit status
     * @throws UsageException for an unsupported language, unreadable or malformed data, or an unwritable output
     */
    @Override
    public Integer call() {
        Optional<SummaryFile> target = Optional.ofNullable(output).map(name -> SummaryFile.checked(name, data));
        Optional<TextAnalyzer> fixed = Optional.ofNullable(language).map(Languages::analyzer);
        List<String> lines = new ArrayList<>();
        SplitScore[] total = {SplitScore.NONE};
        EvaluationData.readIdentified(data, limit.lineChars(), record -> {
            String text = record.string(TEXT);
            if (text.length() > limit.articleChars()) {
                throw record.error("the text is longer than " + InputReader.count(limit.articleChars(), "character")
                        + " (raise the limit with --max-chars)");
            }
            List<SentenceSpan> gold = record.spans(GOLD, text.length());
            List<TextSegment> segments = fixed.orElseGet(() -> analyzer(record)).split(text);
            List<SentenceSpan> predicted = segments.stream().map(s -> new SentenceSpan(s.start(), s.end())).toList();
            SplitScore score = SplitEvaluation.score(text, gold, predicted);
            total[0] = total[0].plus(score);
            if (target.isPresent()) {
                lines.add(predictionLine(record.id(), score, segments));
            }
        });
        target.ifPresent(file -> file.writeLines(lines));
        SplitScore score = total[0];
        streams.out().print(new JsonWriter().beginObject()
                .member("paragraphs", score.paragraphs())
                .member("sentences", score.sentences())
                .member("precision", percent(score.precision()))
                .member("recall", percent(score.recall()))
                .member("f1", percent(score.f1()))
                .member("exact", percent(score.exact()))
                .endObject() + "\n");
        return NutshellCommand.EXIT_OK;
    }

    /** The analyzer of the record's own language, made once per language. */
    private TextAnalyzer analyzer(JsonRecord record) {
        String code = record.has(LANGUAGE) ? record.string(LANGUAGE).toLowerCase(Locale.ROOT) : "en";
        TextAnalyzer analyzer = analyzers.get(code);
        if (analyzer == null) {
            try {
                analyzer = Languages.analyzer(code);
            } catch (UsageException e) {
                throw record.error(e.getMessage() + " (choose one with --language)");
            }
            analyzers.put(code, analyzer);
        }
        return analyzer;
    }

    private static String predictionLine(String id, SplitScore score, List<TextSegment> segments) {
        JsonWriter json = new JsonWriter().beginObject().member(JsonRecord.ID, id)
                .member("exact", score.exactParagraphs() == 1).beginArray("sentences");
        for (TextSegment segment : segments) {
            json.beginObject().member("start", segment.start()).member("end", segment.end())
                    .member("text", segment.text()).endObject();
        }
        return json.endArray().endObject() + "\n";
    }

    /** A fraction as a percentage with one decimal, as the CoNLL 2018 scores are reported. */
    private static double percent(double fraction) {
        return Math.round(1000 * fraction) / 10.0;
    }
}
