package dev.nutshell.cli;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeScores;
import dev.nutshell.scoring.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell eval}: summarizes every article of an evaluation data set, scores the summaries
 * against the references with ROUGE as {@code nutshell rouge} does, and measures throughput.
 *
 * <p>Throughput is that of summarization alone, on one thread: every record is parsed before
 * anything is timed; untimed warm-up passes over all documents (at least one, and at least
 * {@code --warm-up-seconds}) let the JIT compile the hot code; then whole passes are timed until at
 * least {@code --timed-seconds} of summarizing has been measured. Only the {@code summarize} calls
 * are inside the clock, text analysis included, JSON and ROUGE excluded.
 *
 * <p>Option names and the JSON output are a contract that scripts depend on; change them only
 * compatibly (adding members is compatible, renaming is not).
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Summarizes every document of an evaluation data set, scores the summaries with ROUGE, and measures"
                    + " throughput.",
            "Each record's \"article\" is split into sentences and summarized, or with --sentences-field the"
                    + " units of that member are ranked as they are; the summary is scored against the sentences"
                    + " in --reference-field.",
            RougeCommand.FIGURES_1,
            RougeCommand.FIGURES_2,
            "docs_per_second is the single-thread throughput of summarization alone (text analysis included;"
                    + " reading JSON and ROUGE excluded): after untimed warm-up passes over all documents (at least"
                    + " one, and at least --warm-up-seconds), whole passes are timed until at least --timed-seconds"
                    + " of summarize calls has been measured; it is the documents summarized in those passes divided"
                    + " by the time the calls took.",
            "A progress bar on standard error shows for runs longer than 2 s, if it is a terminal, unless --quiet.",
            "Prints one JSON line, the members that nutshell rouge prints and \"docs_per_second\":",
            RougeCommand.OUTPUT_1,
            RougeCommand.OUTPUT_2,
            RougeCommand.OUTPUT_3 + ",",
            "   \"docs_per_second\":..}"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell eval --data cnndm.jsonl --reference-field highlights \\",
            "      --sentences-field article_sentences --sentences 3",
            "  nutshell eval --data bbc.jsonl --reference-field summary_sentences \\",
            "      --sentences-from-reference --algorithm lead --output lead-k.sys.jsonl",
            "  nutshell eval --data cnndm.jsonl --reference-field highlights --per-doc scores.jsonl"})
final class EvalCommand implements Callable<Integer> {
    /** The error for a length option given twice. */
    static final String LENGTH_REPEATED = "give only one of --sentences and --sentences-from-reference, once";

    private static final int DEFAULT_SENTENCES = 3;

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The evaluation data: JSON Lines, UTF-8, each record with an \"id\", the reference"
                    + " and an \"article\" (or the --sentences-field).")
    private String data;

    @Option(names = "--reference-field", required = true, paramLabel = "FIELD",
            description = "The member that holds the reference summary, an array of sentences.")
    private String referenceField;

    @Option(names = "--sentences-field", paramLabel = "FIELD",
            description = "Rank the units of this member (an array of strings, such as article_sentences) as they"
                    + " are, instead of splitting \"article\".")
    private String sentencesField;

    @Option(names = "--title-field", paramLabel = "FIELD",
            description = "Focus each summary on the record's title, the string in this member (as"
                    + " summarize --query focuses on a query).")
    private String titleField;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private LengthOptions length;

    @Option(names = "--algorithm", paramLabel = "NAME", completionCandidates = SummarizeCommand.AlgorithmNames.class,
            description = "How sentences are scored: ${COMPLETION-CANDIDATES}. Default: " + Algorithm.DEFAULT_NAME + ".")
    private String algorithm;

    @Option(names = "--output", paramLabel = "SYSTEM.jsonl",
            description = "Also write the summaries, each record with an \"id\" and its \"summary_sentences\":"
                    + " the format nutshell rouge --system reads. Written only when the whole run succeeds.")
    private String output;

    @Option(names = "--per-doc", paramLabel = "FILE.jsonl",
            description = "Also write each document's scores, one {\"id\":..,\"rouge1\":{\"f1\":..,\"recall\":..,"
                    + "\"precision\":..},\"rouge2\":{..},\"rougeL\":{..}} a line, in data order (percent, three"
                    + " decimals; their plain mean is what nutshell compare reports). Written only when the whole run"
                    + " succeeds.")
    private String perDocument;

    @Option(names = "--warm-up-seconds", paramLabel = "S", defaultValue = "3",
            description = "Warm up for at least S seconds (and at least one pass) before timing. Default: ${DEFAULT-VALUE}.")
    private double warmUpSeconds;

    @Option(names = "--timed-seconds", paramLabel = "S", defaultValue = "1",
            description = "Time whole passes until at least S seconds of summarizing have been measured"
                    + " (at least one pass). Default: ${DEFAULT-VALUE}.")
    private double timedSeconds;

    @Option(names = "--quiet", description = "No progress bar on standard error (there is none unless it is a terminal).")
    private boolean quiet;

    @Mixin
    private LanguageOption language;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the figures and the progress bar */
    EvalCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Summarizes, measures, scores and prints.
     *
     * @return the exit status
     * @throws UsageException for a bad option value, unreadable or malformed data, or an unwritable output
     */
    @Override
    public Integer call() {
        // Options are checked before the data is read, so that a typo fails at once.
        Summarizer summarizer = SummarizeCommand.summarizer(algorithm, limit.articleChars(), language.analyzer());
        Optional<Length> fixedLength = length == null ? Optional.of(Length.sentences(DEFAULT_SENTENCES)) : length.fixed();
        long warmUpNanos = nanos("--warm-up-seconds", warmUpSeconds);
        long timedNanos = nanos("--timed-seconds", timedSeconds);
        Optional<SummaryFile> target = Optional.ofNullable(output).map(name -> SummaryFile.checked(name, data));
        Optional<SummaryFile> perDocumentTarget = Optional.ofNullable(perDocument).map(name -> SummaryFile.checked(name, data));
        if (target.isPresent() && perDocumentTarget.isPresent() && target.get().sameTarget(perDocumentTarget.get())) {
            throw new UsageException("--output and --per-doc name the same file, " + output);
        }
        List<EvaluationDocument> documents = documents(fixedLength);
        List<List<String>> summaries;
        double docsPerSecond;
        List<RougeScores> scores;
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "eval")) {
            SummarizationPasses passes = new SummarizationPasses(summarizer, documents, progress);
            summaries = passes.warmUp(warmUpNanos);
            docsPerSecond = passes.docsPerSecond(timedNanos);
            scores = score(documents, summaries, progress);
        }
        List<String> ids = documents.stream().map(EvaluationDocument::id).toList();
        target.ifPresent(file -> file.write(ids, summaries));
        perDocumentTarget.ifPresent(file -> file.writeLines(perDocumentLines(ids, scores)));
        JsonWriter json = new JsonWriter().beginObject();
        RougeReport.of(scores).writeMembers(json);
        json.member("docs_per_second", Math.round(docsPerSecond * 10) / 10.0);
        streams.out().print(json.endObject() + "\n");
        return NutshellCommand.EXIT_OK;
    }

    private static long nanos(String option, double seconds) {
        if (!(seconds >= 0 && seconds <= 3600)) {
            throw new UsageException(option + " must be within [0, 3600], was " + seconds);
        }
        return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    private List<EvaluationDocument> documents(Optional<Length> fixedLength) {
        return EvaluationData.documents(data, referenceField, sentencesField, fixedLength, titleField, limit);
    }

    private static List<RougeScores> score(List<EvaluationDocument> documents, List<List<String>> summaries,
            ProgressBar progress) {
        progress.stage("scoring", documents.size());
        List<RougeScores> scores = new ArrayList<>(documents.size());
        for (int index = 0; index < documents.size(); index++) {
            scores.add(Rouge.standard().score(summaries.get(index), documents.get(index).reference()));
            progress.advance();
        }
        return scores;
    }

    private static List<String> perDocumentLines(List<String> ids, List<RougeScores> scores) {
        List<String> lines = new ArrayList<>(ids.size());
        for (int index = 0; index < ids.size(); index++) {
            lines.add(RougeReport.documentLine(ids.get(index), scores.get(index)));
        }
        return lines;
    }

    /** The summary's length: a fixed number of sentences, or as many as each reference has. */
    static final class LengthOptions {
        @Option(names = "--sentences", paramLabel = "N", required = true,
                description = "At most N sentences per summary (N >= 1). Default: " + DEFAULT_SENTENCES + ".")
        private Integer sentences;

        @Option(names = "--sentences-from-reference", required = true,
                description = "As many sentences as the document's reference has (Lead-k with --algorithm lead).")
        private boolean fromReference;

        /**
         * @return the fixed length, or empty when each document takes its reference's length
         * @throws UsageException for a number of sentences below 1, in the library's words
         */
        Optional<Length> fixed() {
            if (fromReference) {
                return Optional.empty();
            }
            // Without --sentences the group was matched by --sentences-from-reference=false: the default.
            int count = sentences != null ? sentences : DEFAULT_SENTENCES;
            return Optional.of(SummarizeCommand.LengthOptions.checked("--sentences", "sentences", () -> Length.sentences(count)));
        }
    }
}
