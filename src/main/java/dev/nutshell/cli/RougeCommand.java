package dev.nutshell.cli;

import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell rouge}: scores a system's summaries against the references of an evaluation data
 * set, with the figures that the original ROUGE-1.5.5 prints.
 *
 * <p>Option names and the JSON output are a contract that scripts depend on; change them only
 * compatibly (adding members is compatible, renaming is not).
 */
@Command(name = "rouge",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Scores a system's summaries against reference summaries with ROUGE-1, ROUGE-2 and ROUGE-L.",
            "SYSTEM.jsonl has one {\"id\":..,\"summary_sentences\":[..]} a line; the reference of each summary"
                    + " is the list of sentences in FIELD of the DATA.jsonl record with the same id. Every summary"
                    + " is scored; records of DATA.jsonl without one are not.",
            RougeCommand.FIGURES_1,
            RougeCommand.FIGURES_2,
            "Prints one JSON line:",
            RougeCommand.OUTPUT_1,
            RougeCommand.OUTPUT_2,
            RougeCommand.OUTPUT_3 + "}"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell rouge --data dev.jsonl --reference-field highlights --system s.jsonl"})
final class RougeCommand implements Callable<Integer> {
    /** The help's account of the figures, shared with {@code eval}. */
    static final String FIGURES_1 = "Scores are computed as the original ROUGE-1.5.5 computes them with -c 95 -m -r 1000 -n 2 -a (Porter stemming, no stop-word removal, no length"
            + " limit, one sentence per list element).";
    /** The help's account of the averages, shared with {@code eval}. */
    static final String FIGURES_2 = "Figures are percentages with three decimals: ROUGE-1.5.5's printed averages"
            + " (means of its 1,000 bootstrap resamples, documents numbered 1 to n in file order) and 95%% intervals,"
            + " times 100. They are the reference scorer's own figures, not approximations of them.";

    /** The help's sketch of the JSON output, shared with {@code eval}: one line each, to fit 80 columns. */
    static final String OUTPUT_1 = "  {\"docs\":n,\"rouge1\":{\"f1\":..,\"recall\":..,\"precision\":..},";
    /** The second line of the sketch. */
    static final String OUTPUT_2 = "   \"rouge2\":{..},\"rougeL\":{..},";
    /** The third line of the sketch, open at the end so that {@code eval} can add its member. */
    static final String OUTPUT_3 = "   \"confidence_interval_95\":{\"rouge1\":{\"f1\":[low,high],..},..}";

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The evaluation data: JSON Lines, UTF-8, each record with an \"id\".")
    private String data;

    @Option(names = "--reference-field", required = true, paramLabel = "FIELD",
            description = "The member of each DATA record that holds the reference summary, an array of sentences.")
    private String referenceField;

    @Option(names = "--system", required = true, paramLabel = "SYSTEM.jsonl",
            description = "The summaries to score: JSON Lines, each record with an \"id\" and its"
                    + " \"summary_sentences\", an array of sentences.")
    private String system;

    @Option(names = "--quiet",
            description = "No progress bar on standard error (it appears only on a terminal, and only after 2 s anyway).")
    private boolean quiet;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the figures and the progress bar */
    RougeCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Scores the system file and prints the figures.
     *
     * @return the exit status
     * @throws UsageException for unreadable or malformed input, or a summary without a reference
     */
    @Override
    public Integer call() {
        int maxLineChars = limit.lineChars();
        List<ScoringPair> pairs = pairs(references(maxLineChars), maxLineChars);
        List<RougeScores> scores = new ArrayList<>(pairs.size());
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "rouge")) {
            progress.stage("scoring", pairs.size());
            for (ScoringPair pair : pairs) {
                scores.add(Rouge.standard().score(pair.summary(), pair.reference()));
                progress.advance();
            }
        }
        JsonWriter json = new JsonWriter().beginObject();
        RougeReport.of(scores).writeMembers(json);
        streams.out().print(json.endObject() + "\n");
        return NutshellCommand.EXIT_OK;
    }

    /** Checks the whole system file before scoring, so that an error comes at once, not after a long run. */
    private List<ScoringPair> pairs(Map<String, List<String>> references, int maxLineChars) {
        List<ScoringPair> pairs = new ArrayList<>();
        EvaluationData.readIdentified(system, maxLineChars, record -> {
            List<String> summary = record.strings(SummaryFile.SENTENCES);
            pairs.add(new ScoringPair(summary, reference(record, references)));
        });
        return pairs;
    }

    private Map<String, List<String>> references(int maxLineChars) {
        Map<String, List<String>> references = new HashMap<>();
        EvaluationData.readIdentified(data, maxLineChars,
                record -> references.put(record.id(), EvaluationData.reference(record, referenceField)));
        return references;
    }

    private List<String> reference(JsonRecord summary, Map<String, List<String>> references) {
        List<String> reference = references.get(summary.id());
        if (reference == null) {
            throw summary.error("no record with id \"" + summary.id() + "\" in " + data);
        }
        return reference;
    }

    /**
     * @param summary a system's summary sentences
     * @param reference the reference sentences of the same document
     */
    private record ScoringPair(List<String> summary, List<String> reference) {
    }
}
