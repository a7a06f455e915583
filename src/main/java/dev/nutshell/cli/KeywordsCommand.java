package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import dev.nutshell.keyphrases.Keyphrase;
import dev.nutshell.text.TextAnalyzer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nutshell keywords}: prints the keyphrases of a text, best first.
 *
 * <p>Option names and output formats are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "keywords",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Prints the keyphrases of a text, best first: one per line, or as JSON with their scores and the"
                    + " offsets of every occurrence.",
            "Keyphrases are noun phrases of the headline and sentences, ranked by a position-biased word graph"
                    + " (see docs/keyphrases.md); the same phrase inflected differently is one keyphrase."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell keywords article.txt",
            "  nutshell keywords --top 5 --format json article.txt"})
final class KeywordsCommand implements Callable<Integer> {
    private static final int DEFAULT_TOP = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + DEFAULT_TOP,
            description = "At most N keyphrases (N >= 1). Default: ${DEFAULT-VALUE}.")
    private int top;

    @Mixin
    private LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "${COMPLETION-CANDIDATES}: one keyphrase per line, or"
                    + " {\"keyphrases\":[{\"text\",\"score\",\"occurrences\":[{\"start\",\"end\"}]}]}."
                    + " Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Mixin
    private InputLimit inputLimit;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The text, UTF-8. Standard input if FILE is - or absent.")
    private String file;

    private final StandardStreams streams;

    /** @param streams where to read the text and write the keyphrases */
    KeywordsCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Extracts and prints the keyphrases.
     *
     * @return the exit status
     * @throws UsageException for a bad option value, or input that is unreadable, not UTF-8 or too long
     */
    @Override
    public Integer call() {
        if (file == null && streams.interactiveInput()) {
            // Waiting for text to be typed in would look like a hang: show how to use it instead.
            spec.commandLine().usage(streams.err());
            return NutshellCommand.EXIT_USAGE;
        }
        checkTop("--top", top);
        TextAnalyzer analyzer = language.analyzer();
        int maxChars = inputLimit.maxChars();
        Summarizer summarizer = Summarizer.builder().analyzer(analyzer).maxInputChars(maxChars).build();
        String text = new InputReader(streams.in()).read(file, maxChars);
        language.noteIfOtherLanguage(streams, text);
        List<Keyphrase> keyphrases = summarizer.keyphrases(text, top);
        format.write(KeyphraseListing.of(keyphrases), streams.out());
        return NutshellCommand.EXIT_OK;
    }

    /**
     * @param option the option that asked for keyphrases
     * @param count the number of keyphrases it asked for
     * @throws UsageException if it is below 1
     */
    static void checkTop(String option, int count) {
        if (count < 1) {
            throw new UsageException(option + " must be >= 1, was " + count);
        }
    }
}
