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
import java.util.function.IntPredicate;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * What {@code tune} prints: the setting each search found, the held-out ROUGE of every fold with
 * mean ± standard deviation across folds, and the out-of-fold summaries against the default's, as
 * {@code compare} computes it (10,000 resamples, the run's seed).
 *
 * <p>Not thread-safe: it scores through the sets' memos.
 */
final class TuningReport {
    /** {@code compare}'s default number of resamples. */
    private static final int RESAMPLES = 10_000;

    private final List<TuningSet> sets;
    private final List<TuneCommand.Found> found;
    private final List<Summarizer> tuned;
    private final Summarizer defaults = SettingSpace.Setting.defaults().summarizer();
    private final int folds;
    private final int evaluations;
    private final long seed;

    /**
     * @param sets the data sets
     * @param found each fold's search, then the search on every document
     * @param evaluations the budget of each search
     * @param seed the run's seed
     */
    TuningReport(List<TuningSet> sets, List<TuneCommand.Found> found, int evaluations, long seed) {
        this.sets = sets;
        this.found = found;
        this.tuned = found.stream().map(each -> each.setting().summarizer()).toList();
        this.folds = found.size() - 1;
        this.evaluations = evaluations;
        this.seed = seed;
    }

    /**
     * @param set the index of a data set
     * @return each of its documents summarized by the setting tuned without its fold, in file order
     */
    List<List<String>> outOfFoldSummaries(int set) {
        TuningSet data = sets.get(set);
        List<List<String>> summaries = new ArrayList<>(data.size());
        for (int document = 0; document < data.size(); document++) {
            summaries.add(data.summary(tuned.get(data.fold(document)), document));
        }
        return summaries;
    }

    /** @return the report, Markdown */
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
            TuneCommand.Found each = found.get(fold);
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

    private static RougeScores mean(TuningSet set, Summarizer summarizer, IntPredicate included) {
        RougeAverage average = RougeAverage.empty();
        for (int document = 0; document < set.size(); document++) {
            if (included.test(document)) {
                average = average.plus(set.score(summarizer, document));
            }
        }
        return average.mean();
    }

    /** The three F1 figures of a fold, in percent, from row {@code offset}. */
    private static void put(double[][] figures, int offset, int fold, RougeScores scores) {
        figures[offset][fold] = 100 * scores.rouge1().f1();
        figures[offset + 1][fold] = 100 * scores.rouge2().f1();
        figures[offset + 2][fold] = 100 * scores.rougeL().f1();
    }
}
