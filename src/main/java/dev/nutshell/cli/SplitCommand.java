package dev.nutshell.cli;

import dev.nutshell.text.TextAnalyzer;
import dev.nutshell.text.TextSegment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nutshell split}: prints the sentences and standalone lines the analyzer cuts a text into,
 * to see what the summarizer chooses from.
 *
 * <p>Option names and output formats are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "split",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Prints the segments a text is cut into, in document order: one per line, or as JSON.",
            "A segment is a sentence, or a line kept apart from the sentences (headline, teaser,"
                    + " byline, navigation) that summaries never choose."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell split article.txt",
            "  nutshell split --format json article.txt"})
final class SplitCommand implements Callable<Integer> {
    /** The languages with an analyzer; only English for now. */
    private static final Set<String> LANGUAGES = Set.of("en");

    @Spec
    private CommandSpec spec;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
            description = "The text's language. Supported: en. Default: ${DEFAULT-VALUE}.")
    private String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "${COMPLETION-CANDIDATES}: one segment per line, or"
                    + " {\"sentences\":[{\"index\",\"start\",\"end\",\"kind\",\"text\"}]}"
                    + " with kind \"sentence\" or \"line\". Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Mixin
    private InputLimit inputLimit;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The text, UTF-8. Standard input if FILE is - or absent.")
    private String file;

    private final StandardStreams streams;

    /** @param streams where to read the text and write the segments */
    SplitCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Splits the input and prints the segments.
     *
     * @return the exit status
     * @throws UsageException for an unsupported language, or input that is unreadable, not UTF-8 or too long
     */
    @Override
    public Integer call() {
        if (file == null && streams.interactiveInput()) {
            // Waiting for text to be typed in would look like a hang: show how to use it instead.
            spec.commandLine().usage(streams.err());
            return NutshellCommand.EXIT_USAGE;
        }
        TextAnalyzer analyzer = analyzer();
        String text = new InputReader(streams.in()).read(file, inputLimit.maxChars());
        print(analyzer.split(text));
        return NutshellCommand.EXIT_OK;
    }

    private TextAnalyzer analyzer() {
        if (!LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
            throw new UsageException("unsupported language '" + language + "', supported: "
                    + String.join(", ", LANGUAGES));
        }
        return TextAnalyzer.english();
    }

    private void print(List<TextSegment> segments) {
        if (format == OutputFormat.JSON) {
            streams.out().print(json(segments) + "\n");
        } else {
            for (TextSegment segment : segments) {
                streams.out().print(TextOutput.singleLine(segment.text()) + "\n");
            }
        }
    }

    private static String json(List<TextSegment> segments) {
        JsonWriter json = new JsonWriter().beginObject().beginArray("sentences");
        for (int index = 0; index < segments.size(); index++) {
            TextSegment segment = segments.get(index);
            json.beginObject()
                    .member("index", index)
                    .member("start", segment.start())
                    .member("end", segment.end())
                    .member("kind", kind(segment.kind()))
                    .member("text", segment.text())
                    .endObject();
        }
        return json.endArray().endObject().toString();
    }

    /** The kind as the JSON contract spells it, independent of the enum's constant names. */
    private static String kind(TextSegment.Kind kind) {
        return switch (kind) {
            case SENTENCE -> "sentence";
            case LINE -> "line";
        };
    }
}
