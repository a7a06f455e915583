package dev.nutshell.cli;

import dev.nutshell.KeySentence;
import dev.nutshell.Summarizer;
import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeAverage;
import dev.nutshell.evaluation.RougeScore;
import dev.nutshell.evaluation.RougeScores;
import dev.nutshell.evaluation.significance.PairedBootstrap;
import dev.nutshell.evaluation.significance.PairedDifference;
import dev.nutshell.evaluation.significance.PermutationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell compare}: two systems on the same documents, and whether the difference between
 * them is more than chance.
 *
 * <p>Each system is a built-in algorithm, which summarizes every document as {@code eval} does, or
 * a system file as {@code rouge} reads it. Every document is scored with ROUGE for both; the
 * per-document F1 differences (first minus second) give the mean difference, a 95% paired
 * bootstrap interval ({@link PairedBootstrap}) and the p-value of the two-sided paired permutation
 * test of the mean ({@link PermutationTest}).
 *
 * <p>The JSON output is a contract: {@code {"docs", "systems": [{"name", "rouge1": {"f1", "recall",
 * "precision"}, "rouge2", "rougeL"}, {..}], "difference": {"rouge1": {"mean", "ci95": [low, high],
 * "p_value"}, "rouge2", "rougeL"}, "test"}}. A system's figures are plain means of the
 * per-document scores (what {@code eval --per-doc} writes), in percent; differences are in F1
 * points. Deterministic: the same data, systems, resamples and seed print the same line.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Compares two systems on the documents of an evaluation data set: scores both with ROUGE, document"
                    + " by document, and tells whether the difference is more than chance.",
            "Each system is --algorithm NAME, which summarizes every document as nutshell eval does (the data"
                    + " options apply), or --system FILE.jsonl, summaries as nutshell rouge reads them, one for"
                    + " every document of DATA.jsonl.",
            "For ROUGE-1, -2 and -L F1, the difference is the first system minus the second, in points: its mean"
                    + " over the documents, a 95%% paired bootstrap interval (percentile method, --resamples"
                    + " resamples from --seed) and the p-value of the two-sided paired permutation test of the"
                    + " mean (signs of the differences flipped: every assignment when at most 20 documents"
                    + " differ, else --resamples random ones from --seed). A system's figures are the plain"
                    + " means of its documents' scores, in percent.",
            "Prints one JSON line:",
            "  {\"docs\":n,\"systems\":[{\"name\":..,\"rouge1\":{\"f1\":..,\"recall\":..,\"precision\":..},",
            "   \"rouge2\":{..},\"rougeL\":{..}},{..}],\"difference\":{\"rouge1\":{\"mean\":..,",
            "   \"ci95\":[low,high],\"p_value\":..},\"rouge2\":{..},\"rougeL\":{..}},\"test\":\"..\"}"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell compare --data cnndm.jsonl --reference-field highlights \\",
            "      --sentences-field article_sentences --algorithm nutshell --algorithm lead",
            "  nutshell compare --data bbc.jsonl --reference-field summary_sentences \\",
            "      --sentences-from-reference --system tuned.jsonl --algorithm nutshell"})
final class CompareCommand implements Callable<Integer> {
    /** The error for fewer or more than two systems. */
    static final String TWO_SYSTEMS = "give two systems, each --algorithm NAME or --system FILE.jsonl: the first is compared"
            + " with the second";
    /** How picocli names the systems' group in its messages about their number. */
    static final String SYSTEM_SYNOPSIS = "--algorithm=NAME";

    private static final String[] VARIANTS = {"rouge1", "rouge2", "rougeL"};
    private static final int MAX_RESAMPLES = 1_000_000;

    @Mixin
    private LanguageOption language;

    @Mixin
    private DataSetOptions dataSet;

    @ArgGroup(exclusive = true, multiplicity = "2", heading = "%nThe two systems, first and second:%n")
    private List<SystemOption> systems;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "10000",
            description = "Bootstrap resamples for the intervals, 1 to 1000000. Default: ${DEFAULT-VALUE}.")
    private int resamples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the bootstrap's random draws. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--quiet", description = "No progress bar on standard error (there is none unless it is a terminal).")
    private boolean quiet;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the figures and the progress bar */
    CompareCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /** One system: a built-in algorithm or a file of summaries. */
    static final class SystemOption {
        @Option(names = "--algorithm", required = true, paramLabel = "NAME",
                completionCandidates = SummarizeCommand.AlgorithmNames.class,
                description = "A built-in algorithm: ${COMPLETION-CANDIDATES}.")
        private String algorithm;

        @Option(names = "--system", required = true, paramLabel = "FILE.jsonl",
                description = "Summaries, each record with an \"id\" and its \"summary_sentences\".")
        private String file;
    }

    /**
     * Scores both systems and prints the comparison.
     *
     * @return the exit status
     * @throws UsageException for a bad option, unreadable or malformed data or summaries, or a
     *     document without a summary
     */
    @Override
    public Integer call() {
        if (resamples < 1 || resamples > MAX_RESAMPLES) {
            throw new UsageException("--resamples must be within [1, " + MAX_RESAMPLES + "], was " + resamples);
        }
        // A typo in an algorithm's name fails before any data is read.
        List<Optional<Summarizer>> summarizers = systems.stream().map(system -> Optional.ofNullable(system.algorithm)
                .map(name -> SummarizeCommand.summarizer(name, limit.articleChars(), language.analyzer()))).toList();
        Documents documents = documents(summarizers.stream().anyMatch(Optional::isPresent));
        List<List<RougeScores>> scores = new ArrayList<>();
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "compare")) {
            for (int s = 0; s < systems.size(); s++) {
                SystemOption system = systems.get(s);
                scores.add(summarizers.get(s).isPresent()
                        ? documents.scoreSummaries(summarizers.get(s).get(), progress)
                        : documents.scoreFile(system.file, limit.lineChars(), progress));
            }
        }
        streams.out().print(report(documents.references().size(), scores) + "\n");
        return NutshellCommand.EXIT_OK;
    }

    /** The documents to summarize when a system is an algorithm; only their ids and references otherwise. */
    private Documents documents(boolean summarizing) {
        Map<String, List<String>> references = new LinkedHashMap<>();
        if (summarizing) {
            List<EvaluationDocument> documents = dataSet.documents(limit);
            documents.forEach(document -> references.put(document.id(), document.reference()));
            return new Documents(dataSet.data, references, documents);
        }
        EvaluationData.readIdentified(dataSet.data, limit.lineChars(),
                record -> references.put(record.id(), EvaluationData.reference(record, dataSet.referenceField)));
        return new Documents(dataSet.data, references, List.of());
    }

    private String report(int documentCount, List<List<RougeScores>> scores) {
        JsonWriter json = new JsonWriter().beginObject().member("docs", documentCount).beginArray("systems");
        for (int s = 0; s < 2; s++) {
            RougeScores mean = scores.get(s).stream().collect(RougeAverage.collector()).mean();
            json.beginObject().member("name", name(systems.get(s)));
            RougeReport.writeVariant(json, "rouge1", mean.rouge1());
            RougeReport.writeVariant(json, "rouge2", mean.rouge2());
            RougeReport.writeVariant(json, "rougeL", mean.rougeL());
            json.endObject();
        }
        json.endArray().beginObject("difference");
        PairedBootstrap bootstrap = new PairedBootstrap(resamples, seed);
        PermutationTest test = new PermutationTest(resamples, seed);
        for (int v = 0; v < VARIANTS.length; v++) {
            PairedDifference difference = PairedDifference.of(f1(scores.get(0), v), f1(scores.get(1), v), bootstrap, test);
            json.beginObject(VARIANTS[v])
                    .member("mean", RougeReport.percent(difference.mean()))
                    .beginArray("ci95").value(RougeReport.percent(difference.lower()))
                    .value(RougeReport.percent(difference.upper())).endArray()
                    .member("p_value", difference.pValue())
                    .endObject();
        }
        json.endObject().member("test", test());
        return json.endObject().toString();
    }

    private String test() {
        return "two-sided paired permutation test of the mean F1 difference (exact up to "
                + PermutationTest.EXACT_LIMIT + " differing documents, else " + resamples + " random sign flips,"
                + " seed " + seed + "); 95% paired bootstrap percentile interval, " + resamples + " resamples, seed " + seed;
    }

    private static String name(SystemOption system) {
        return system.algorithm != null ? system.algorithm.toLowerCase(java.util.Locale.ROOT) : system.file;
    }

    private static double[] f1(List<RougeScores> scores, int variant) {
        return scores.stream().mapToDouble(document -> variant(document, variant).f1()).toArray();
    }

    private static RougeScore variant(RougeScores scores, int variant) {
        return switch (variant) {
            case 0 -> scores.rouge1();
            case 1 -> scores.rouge2();
            default -> scores.rougeL();
        };
    }

    /**
     * The documents of the comparison, in file order.
     *
     * @param data the data file's name, for messages
     * @param references each document's reference sentences by id, in file order
     * @param articles the documents to summarize, in the same order; empty when no system is an algorithm
     */
    private record Documents(String data, Map<String, List<String>> references, List<EvaluationDocument> articles) {

        List<RougeScores> scoreSummaries(Summarizer summarizer, ProgressBar progress) {
            progress.stage("summarizing", articles.size());
            List<RougeScores> scores = new ArrayList<>(articles.size());
            for (EvaluationDocument document : articles) {
                List<String> summary = document.summarize(summarizer).sentences().stream().map(KeySentence::text).toList();
                scores.add(Rouge.standard().score(summary, document.reference()));
                progress.advance();
            }
            return scores;
        }

        /** Reads the whole file before scoring, so that an error comes at once, not after a long run. */
        List<RougeScores> scoreFile(String file, int maxLineChars, ProgressBar progress) {
            Map<String, List<String>> summaries = new HashMap<>();
            EvaluationData.readIdentified(file, maxLineChars, record -> {
                if (!references.containsKey(record.id())) {
                    throw record.error("no record with id \"" + record.id() + "\" in " + data);
                }
                summaries.put(record.id(), record.strings(SummaryFile.SENTENCES));
            });
            for (String id : references.keySet()) {
                if (!summaries.containsKey(id)) {
                    throw new UsageException(file + ": no summary for the document with id \"" + id + "\" of " + data);
                }
            }
            progress.stage("scoring " + file, references.size());
            List<RougeScores> scores = new ArrayList<>(references.size());
            for (Map.Entry<String, List<String>> document : references.entrySet()) {
                scores.add(Rouge.standard().score(summaries.get(document.getKey()), document.getValue()));
                progress.advance();
            }
            return scores;
        }
    }
}
