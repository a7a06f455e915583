package dev.nutshell.cli;

import dev.nutshell.Focus;
import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import dev.nutshell.extraction.Page;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nutshell summarize}: prints the key sentences of an article, verbatim, in document order.
 *
 * <p>Option names and output formats are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Prints the key sentences of an article, verbatim and in document order: one per line,"
                    + " or as JSON with their offsets and scores.",
            "Headlines, teasers, bylines and navigation lines are never chosen.",
            "At most one of --sentences, --ratio, --words and --chars may be given;"
                    + " without any, the summary has 3 sentences."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell summarize article.txt",
            "  nutshell summarize --ratio 0.2 --format json article.txt",
            "  curl -s https://example.com/story.txt | nutshell summarize --words 60 -",
            "  nutshell summarize --presplit --sentences 2 one-sentence-per-line.txt",
            "  nutshell summarize --query \"interest rates\" --keyphrases 5 --format json article.txt",
            "  nutshell summarize --html --format json page.html",
            "  nutshell summarize --url https://example.com/story.html"})
final class SummarizeCommand implements Callable<Integer> {
    /** The error for a length option given twice, or for two of them. */
    static final String LENGTH_REPEATED = "give only one of --sentences, --ratio, --words and --chars, once";

    private static final int DEFAULT_SENTENCES = 3;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private LengthOptions length;

    @Option(names = "--algorithm", paramLabel = "NAME", completionCandidates = AlgorithmNames.class,
            description = "How sentences are scored: ${COMPLETION-CANDIDATES}. Default: " + Algorithm.DEFAULT_NAME + ".")
    private String algorithm;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = OutputFormat.Converter.class, completionCandidates = OutputFormat.Names.class,
            description = "${COMPLETION-CANDIDATES}: one sentence per line, or"
                    + " {\"sentences\":[{\"index\",\"start\",\"end\",\"score\",\"text\"}]}. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Focus the summary on a query: sentences that share its words, the rarer in the article"
                    + " the more, are favoured. A query that shares no word with the article gives the generic summary.")
    private String query;

    @Option(names = "--keyphrases", paramLabel = "N",
            description = "Also extract the N best keyphrases (N >= 1) from the same analysis: with --format json,"
                    + " a \"keyphrases\" member after \"sentences\", as nutshell keywords prints it;"
                    + " text prints the sentences only.")
    private Integer keyphrases;

    @Option(names = "--presplit",
            description = "The input is already split: one sentence per line, each kept whole."
                    + " JSON offsets then refer to the lines joined with \\n.")
    private boolean presplit;

    @Option(names = "--html",
            description = "The input is an HTML page: summarize its main text (see nutshell extract). JSON output"
                    + " then also has the page's \"title\", \"byline\" and \"published\" (null when unknown), and"
                    + " offsets refer to the main text. --max-chars bounds the page's size in bytes.")
    private boolean html;

    @Mixin
    private PageInput page;

    @Mixin
    private LanguageOption language;

    @Mixin
    private InputLimit inputLimit;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "The article, UTF-8 (with --html, a page in any charset it declares). Standard input if"
                    + " FILE is - or absent.")
    private String file;

    private final StandardStreams streams;

    /** @param streams where to read the article and write the summary */
    SummarizeCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Summarizes the input and prints the summary.
     *
     * @return the exit status
     * @throws UsageException for a bad option value, or input that is unreadable, not UTF-8 or too long
     */
    @Override
    public Integer call() {
        if (file == null && !page.fromUrl() && streams.interactiveInput()) {
            // Waiting for an article to be typed in would look like a hang: show how to use it instead.
            spec.commandLine().usage(streams.err());
            return NutshellCommand.EXIT_USAGE;
        }
        // Options are checked before the input is read, so that a typo fails at once even on a pipe.
        Length budget = length == null ? Length.sentences(DEFAULT_SENTENCES) : length.toLength();
        if (keyphrases != null) {
            KeywordsCommand.checkTop("--keyphrases", keyphrases);
        }
        Focus focus = query == null ? Focus.none() : Focus.query(query);
        int maxChars = inputLimit.maxChars();
        Summarizer summarizer = summarizer(algorithm, maxChars, language.analyzer());
        if (html || page.fromUrl()) {
            if (presplit) {
                throw new UsageException("--presplit cannot be combined with --html or --url");
            }
            summarizePage(summarizer, budget, focus, maxChars);
            return NutshellCommand.EXIT_OK;
        }
        // Pre-split lines joined with '\n' are never longer than the text, so the reader's limit
        // is the library's too.
        String text = new InputReader(streams.in()).read(file, maxChars);
        language.noteIfOtherLanguage(streams, text);
        Article article = presplit
                ? summarizer.analyzer().analyze(InputReader.lines(text))
                : summarizer.analyzer().analyze(text);
        Summary summary = summarizer.summarize(article, budget, focus);
        Listing listing = listing(summary);
        if (keyphrases != null) {
            listing = listing.followedBy(KeyphraseListing.of(summarizer.keyphrases(article, keyphrases)));
        }
        format.write(listing, streams.out());
        return NutshellCommand.EXIT_OK;
    }

    /** Extracts the page's main text, summarizes it and prints the summary with what the page says of itself. */
    private void summarizePage(Summarizer summarizer, Length budget, Focus focus, int maxBytes) {
        Page extracted = page.read(file, streams.in(), maxBytes);
        language.noteIfOtherLanguage(streams, extracted.text());
        // Analysed once, for the summary and its keyphrases; the page's title is the headline, as
        // Summarizer.summarize(Page, Length) makes it.
        Article article = summarizer.analyzer().analyze(extracted.text());
        Summary analysed = summarizer.summarize(article, budget, focus);
        Summary summary = new Summary(analysed.source(), analysed.sentences(), analysed.articleSentences(), extracted.title(),
                analysed.language());
        Listing listing = listing(summary);
        List<Listing.Field> about = new ArrayList<>(listing.about());
        about.add(new Listing.Field("title", extracted.title().orElse(null)));
        about.add(new Listing.Field("byline", extracted.byline().orElse(null)));
        about.add(new Listing.Field("published", extracted.published().orElse(null)));
        Listing result = new Listing(listing.name(), listing.items(), about);
        if (keyphrases != null) {
            result = result.followedBy(KeyphraseListing.of(summarizer.keyphrases(article, keyphrases)));
        }
        format.write(result, streams.out());
        if (extracted.isEmpty()) {
            NutshellCommand.note(streams, PageInput.NO_ARTICLE);
        }
    }

    /**
     * @param algorithm the name the user gave, or null for the default
     * @param maxChars the input limit, {@code >= 1}
     * @param analyzer the text analysis of the chosen language
     * @return a summarizer with that algorithm and limit
     * @throws UsageException for an unknown name, listing the valid ones
     */
    static Summarizer summarizer(String algorithm, int maxChars, TextAnalyzer analyzer) {
        Summarizer.Builder builder = Summarizer.builder().maxInputChars(maxChars).analyzer(analyzer);
        if (algorithm != null) {
            try {
                builder.algorithm(algorithm);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage()); // the library's message lists the valid names
            }
        }
        return builder.build();
    }

    /** The chosen sentences as the JSON contract names their fields, the headline and the language. */
    static Listing listing(Summary summary) {
        List<Listing.Item> items = new ArrayList<>(summary.sentences().size());
        for (KeySentence sentence : summary.sentences()) {
            items.add(new Listing.Item()
                    .with("index", sentence.index())
                    .with("start", sentence.start())
                    .with("end", sentence.end())
                    .with("score", sentence.score())
                    .with(Listing.Item.TEXT, sentence.text()));
        }
        return new Listing("sentences", items, List.of(new Listing.Field("headline", summary.headline().orElse(null)),
                new Listing.Field("language", summary.language().orElse(null))));
    }

    /** The summary's length: picocli lets the user give at most one of these. */
    static final class LengthOptions {
        @Option(names = "--sentences", paramLabel = "N", required = true,
                description = "At most N sentences (N >= 1). Default: " + DEFAULT_SENTENCES + ".")
        private Integer sentences;

        @Option(names = "--ratio", paramLabel = "R", required = true,
                description = "A share of the article's sentences, 0 < R <= 1, rounded up: 0.2 of 12 sentences is 3.")
        private Double ratio;

        @Option(names = "--words", paramLabel = "N", required = true,
                description = "At most N words in all (N >= 1); sentences that do not fit are skipped.")
        private Integer words;

        @Option(names = "--chars", paramLabel = "N", required = true,
                description = "At most N characters in all, counting one separator between sentences (N >= 1).")
        private Integer chars;

        /**
         * The budget the user asked for. The library validates the value, and its message, with the
         * option's name, is the one the user sees, so that the command line and the library never
         * disagree on what is valid.
         */
        Length toLength() {
            if (sentences != null) {
                return checked("--sentences", "sentences", () -> Length.sentences(sentences));
            } else if (ratio != null) {
                return checked("--ratio", "ratio", () -> Length.ratio(ratio));
            } else if (words != null) {
                return checked("--words", "words", () -> Length.words(words));
            } else {
                return checked("--chars", "chars", () -> Length.chars(chars));
            }
        }

        /**
         * @param option the option the value came from
         * @param parameter the library's name for it
         * @param length makes the length, or throws the library's complaint
         * @throws UsageException with the library's complaint in the option's words
         */
        static Length checked(String option, String parameter, Supplier<Length> length) {
            try {
                return length.get();
            } catch (IllegalArgumentException e) {
                throw UsageException.forOption(option, parameter, e);
            }
        }
    }

    /** The algorithm names for the usage help, straight from the library. */
    static final class AlgorithmNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Algorithm.names().iterator();
        }
    }
}
