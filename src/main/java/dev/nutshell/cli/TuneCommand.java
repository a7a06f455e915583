package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import dev.nutshell.evaluation.RougeAverage;
import dev.nutshell.evaluation.RougeScores;
import dev.nutshell.evaluation.significance.PairedBootstrap;
import dev.nutshell.evaluation.significance.PairedDifference;
import dev.nutshell.evaluation.significance.PermutationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell tune}: searches the default ({@code nutshell}) algorithm's continuous settings
 * with CMA-ES ({@link SettingSearch}) under k-fold cross-validation, on one or more data sets at
 * once.
 *
 * <p>The documents of each data set are dealt into k folds ({@link TuningSet}). For each fold, a
 * search over the {@link SettingSpace} maximizes the objective on the other folds, the mean over the
 * data sets of the mean ROUGE-1 F1; the setting it finds summarizes the fold's documents, which it
 * never saw. So every document gets an out-of-fold summary, and the held-out figures estimate what
 * tuning gains on new documents: they are printed per fold with their mean ± standard deviation
 * across the folds, beside the default's on the same folds, and the out-of-fold summaries are
 * compared with the default's as {@code compare} does. A last search on every document gives the
 * setting to adopt, which should happen only if the out-of-fold summaries are significantly better
 * on every data set.
 *
 * <p>Deterministic: the same data, folds, budget and seed print the same report (fold {@code i}'s
 * search is seeded with {@code seed + i}, the last one with {@code seed + k}).
 */
@Command(name = "tune",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Tunes the default algorithm's continuous settings (position, length and earlier-sentence weights,"
                    + " the two summary shares, the redundancy penalty) with the CMA-ES optimizer under k-fold"
                    + " cross-validation, on one or more data sets at once: give the data options once per set.",
            "For each fold, the search maximizes the mean ROUGE-1 F1 (averaged over the data sets) of the other"
                    + " folds, and the setting found summarizes the fold. Prints Markdown: each fold's setting, the"
                    + " held-out ROUGE F1 (%%) of the tuned settings and of the default on every fold with mean ±"
                    + " standard deviation across the folds, the out-of-fold summaries against the default (as"
                    + " nutshell compare), and the setting tuned on every document.",
            "Deterministic for a given --seed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell tune --data cnndm.jsonl --reference-field highlights \\",
            "      --sentences-field article_sentences --sentences 3 --output cnndm-tuned.jsonl \\",
            "      --data bbc.jsonl --reference-field summary_sentences --sentences-from-reference",
            "  nutshell tune --data bbc.jsonl --reference-field summary_sentences --folds 3 --evaluations 60"})
final class TuneCommand implements Callable<Integer> {
    private static final int MAX_FOLDS = 100;
    private static final int MAX_EVALUATIONS = 100_000;
    /** The bootstrap of the out-of-fold comparison: {@code compare}'s defaults. */
    private static final int RESAMPLES = 10_000;

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "%nData sets, each:%n")
    private List<TunedData> dataSets;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-validation folds, 2 to " + MAX_FOLDS + ", at most the documents of a set."
                    + " Default: ${DEFAULT-VALUE}.")
    private int folds;

    @Option(names = "--evaluations", paramLabel = "N", defaultValue = "100",
            description = "Settings each search may try, 1 to " + MAX_EVALUATIONS + "; there are K + 1 searches."
                    + " Default: ${DEFAULT-VALUE}.")
    private int evaluations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the folds, the searches and the bootstrap. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--quiet", description = "No progress bar on standard error (there is none unless it is a terminal).")
    private boolean quiet;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the report and the progress bar */
    TuneCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /** A data set to tune on, and where to write its out-of-fold summaries. */
    static final class TunedData extends DataSetOptions {
        @Option(names = "--output", paramLabel = "SYSTEM.jsonl",
                description = "Write this set's out-of-fold summaries (each document summarized by the setting"
                        + " tuned without its fold), the format nutshell compare --system reads.")
        private String output;
    }

    /**
     * One search's result.
     *
     * @param setting the setting found
     * @param objective its objective on the documents searched, a fraction
     * @param defaultObjective the default's objective on the same documents
     */
    private record Found(SettingSpace.Setting setting, double objective, double defaultObjective) {
    }

    /**
     * Tunes and prints the report.
     *
     * @return the exit status
     * @throws UsageException for a bad option value, unreadable or malformed data, or an unwritable output
     */
    @Override
    public Integer call() {
        checkRange("--folds", folds, 2, MAX_FOLDS);
        checkRange("--evaluations", evaluations, 1, MAX_EVALUATIONS);
        List<Optional<SummaryFile>> outputs = dataSets.stream()
                .map(set -> Optional.ofNullable(set.output).map(name -> SummaryFile.checked(name, set.data))).toList();
        List<TuningSet> sets = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "tune")) {
            for (TunedData options : dataSets) {
                sets.add(TuningSet.load(options, limit, folds, seed, progress));
            }
            for (int fold = 0; fold <= folds; fold++) {
                found.add(search(sets, fold, progress));
            }
        }
        Report report = new Report(sets, found);
        for (int s = 0; s < sets.size(); s++) {
            List<List<String>> summaries = report.outOfFoldSummaries(s);
            List<String> ids = sets.get(s).ids();
            outputs.get(s).ifPresent(file -> file.write(ids, summaries));
        }
        streams.out().print(report.text());
        return NutshellCommand.EXIT_OK;
    }

    private static void checkRange(String option, int value, int lowest, int highest) {
        if (value < lowest || value > highest) {
            throw new UsageException(option + " must be within [" + lowest + ", " + highest + "], was " + value);
        }
    }

    /** Searches on every fold but {@code fold}; on every document when {@code fold == folds}. */
    private Found search(List<TuningSet> sets, int fold, ProgressBar progress) {
        progress.stage(fold < folds ? "fold " + (fold + 1) + " of " + folds : "all documents", evaluations);
        SettingSearch.Result result = new SettingSearch(evaluations, seed + fold).maximize(point -> {
            progress.advance();
            return objective(sets, SettingSpace.setting(point).summarizer(), fold);
        }, SettingSpace.point(SettingSpace.Setting.defaults()));
        SettingSpace.Setting setting = SettingSpace.setting(result.point());
        return new Found(setting, result.value(), objective(sets, SettingSpace.Setting.defaults().summarizer(), fold));
    }

    private static double objective(List<TuningSet> sets, Summarizer summarizer, int heldOutFold) {
        double sum = 0;
        for (TuningSet set : sets) {
            sum += set.meanRouge1(summarizer, document -> set.fold(document) != heldOutFold);
        }
        return sum / sets.size();
    }

    /** The report: settings per fold, held-out figures, the out-of-fold comparison. */
    private final class Report {
        private final List<TuningSet> sets;
        private final List<Found> found;
        private final List<Summarizer> tuned;
        private final Summarizer defaults = SettingSpace.Setting.defaults().summarizer();

        Report(List<TuningSet> sets, List<Found> found) {
            this.sets = sets;
            this.found = found;
            this.tuned = found.stream().map(each -> each.setting().summarizer()).toList();
        }

        /** Each document summarized by the setting tuned without its fold. */
        List<List<String>> outOfFoldSummaries(int s) {
            TuningSet set = sets.get(s);
            List<List<String>> summaries = new ArrayList<>(set.size());
            for (int document = 0; document < set.size(); document++) {
                summaries.add(set.summary(tuned.get(set.fold(document)), document));
            }
            return summaries;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            text.append(header()).append("\n\n");
            settings(text);
            text.append("\nHeld-out ROUGE F1 (%): each fold summarized by the setting tuned on the other folds;"
                    + " mean ± standard deviation across the folds.\n\n");
            heldOut(text);
            text.append("\nOut-of-fold summaries minus the default's, ROUGE-1 F1 points (as nutshell compare"
                    + " --system on --output prints them):\n\n");
            comparison(text);
            return text.toString();
        }

        private String header() {
            List<String> names = sets.stream().map(set -> set.name() + " (" + InputReader.count(set.size(), "document") + ")")
                    .toList();
            return InputReader.count(sets.size(), "data set") + ": " + String.join(", ", names) + "; " + folds
                    + " folds; CMA-ES, " + InputReader.count(evaluations, "evaluation") + " per search; seed " + seed
                    + ". Objective: mean ROUGE-1 F1 over the data sets.";
        }

        private void settings(StringBuilder text) {
            text.append("| searched on | position | length | earlier | shares | redundancy | objective | default's |\n");
            text.append("|---|---:|---:|---:|---|---:|---:|---:|\n");
            for (int fold = 0; fold <= folds; fold++) {
                Found each = found.get(fold);
                String where = fold < folds ? "all folds but " + (fold + 1) : "every document";
                text.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f |%n", where, each.setting().cells(),
                        100 * each.objective(), 100 * each.defaultObjective()));
            }
            text.append("| (the default) | ").append(SettingSpace.Setting.defaults().cells()).append(" | | |\n");
        }

        private void heldOut(StringBuilder text) {
            text.append("| data | fold | tuned R-1 | R-2 | R-L | default R-1 | R-2 | R-L |\n");
            text.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (TuningSet set : sets) {
                double[][] figures = new double[6][folds];
                for (int fold = 0; fold < folds; fold++) {
                    int current = fold;
                    IntPredicate inFold = document -> set.fold(document) == current;
                    put(figures, 0, fold, mean(set, tuned.get(fold), inFold));
                    put(figures, 3, fold, mean(set, defaults, inFold));
                    text.append("| ").append(set.name()).append(" | ").append(fold + 1);
                    for (double[] figure : figures) {
                        text.append(String.format(Locale.ROOT, " | %.2f", figure[fold]));
                    }
                    text.append(" |\n");
                }
                text.append("| ").append(set.name()).append(" | mean ± sd");
                for (double[] figure : figures) {
                    text.append(String.format(Locale.ROOT, " | %.2f ± %.2f", new Mean().evaluate(figure),
                            new StandardDeviation().evaluate(figure)));
                }
                text.append(" |\n");
            }
        }

        private void comparison(StringBuilder text) {
            text.append("| data | difference | 95% interval | p |\n|---|---:|---|---:|\n");
            PairedBootstrap bootstrap = new PairedBootstrap(RESAMPLES, seed);
            PermutationTest test = new PermutationTest(RESAMPLES, seed);
            for (TuningSet set : sets) {
                double[] tunedRouge1 = new double[set.size()];
                double[] defaultRouge1 = new double[set.size()];
                for (int document = 0; document < set.size(); document++) {
                    tunedRouge1[document] = set.score(tuned.get(set.fold(document)), document).rouge1().f1();
                    defaultRouge1[document] = set.score(defaults, document).rouge1().f1();
                }
                PairedDifference difference = PairedDifference.of(tunedRouge1, defaultRouge1, bootstrap, test);
                text.append(String.format(Locale.ROOT, "| %s | %+.3f | [%.3f, %.3f] | %.4g |%n", set.name(),
                        100 * difference.mean(), 100 * difference.lower(), 100 * difference.upper(), difference.pValue()));
            }
        }

        private RougeScores mean(TuningSet set, Summarizer summarizer, IntPredicate included) {
            RougeAverage average = RougeAverage.empty();
            for (int document = 0; document < set.size(); document++) {
                if (included.test(document)) {
                    average = average.plus(set.score(summarizer, document));
                }
            }
            return average.mean();
        }

        private static void put(double[][] figures, int offset, int fold, RougeScores scores) {
            figures[offset][fold] = 100 * scores.rouge1().f1();
            figures[offset + 1][fold] = 100 * scores.rouge2().f1();
            figures[offset + 2][fold] = 100 * scores.rougeL().f1();
        }
    }
}
