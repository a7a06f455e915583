package dev.nutshell.cli;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TextLine;
import dev.nutshell.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
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
                    + " byline, navigation) that summaries never choose. Text with no sentence at all has its"
                    + " lines taken as sentences, as summarize takes them.",
            "In JSON, a sentence's \"index\" is its sentence number, the \"index\" that summarize --format json"
                    + " prints for it; a line's is its number among the lines. Both count from 0."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell split article.txt",
            "  nutshell split --format json article.txt"})
final class SplitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

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
        TextAnalyzer analyzer = language.analyzer();
        String text = new InputReader(streams.in()).read(file, inputLimit.maxChars());
        language.noteIfOtherLanguage(streams, text);
        // The analysed article, not the raw split: its sentences are what summarize numbers and chooses from.
        Article article = analyzer.analyze(text);
        print(segments(article), article.language().orElse(null));
        return NutshellCommand.EXIT_OK;
    }

    /** The article's sentences and lines merged in document order, each numbered among its own kind. */
    static List<Segment> segments(Article article) {
        List<Sentence> sentences = article.sentences();
        List<TextLine> lines = article.lines();
        List<Segment> segments = new ArrayList<>(sentences.size() + lines.size());
        int line = 0;
        for (Sentence sentence : sentences) {
            for (; line < lines.size() && lines.get(line).start() < sentence.start(); line++) {
                segments.add(Segment.of(line, lines.get(line)));
            }
            segments.add(new Segment(sentence.index(), sentence.start(), sentence.end(), "sentence", sentence.text()));
        }
        for (; line < lines.size(); line++) {
            segments.add(Segment.of(line, lines.get(line)));
        }
        return segments;
    }

    private void print(List<Segment> segments, String articleLanguage) {
        List<Listing.Item> items = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            items.add(new Listing.Item()
                    .with("index", segment.index())
                    .with("start", segment.start())
                    .with("end", segment.end())
                    .with("kind", segment.kind())
                    .with(Listing.Item.TEXT, segment.text()));
        }
        format.write(new Listing("sentences", items, List.of(new Listing.Field("language", articleLanguage))),
                streams.out());
    }

    /**
     * One printed segment.
     *
     * @param index the sentence's index in the article, or the line's position among its lines
     * @param start UTF-16 offset of its first character
     * @param end UTF-16 offset just past its last character
     * @param kind {@code sentence} or {@code line}, as the JSON contract spells it
     * @param text the segment verbatim
     */
    record Segment(int index, int start, int end, String kind, String text) {
        static Segment of(int index, TextLine line) {
            return new Segment(index, line.start(), line.end(), "line", line.text());
        }
    }
}
