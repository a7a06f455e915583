package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    private LanguageOption language;

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
    record Found(SettingSpace.Setting setting, double objective, double defaultObjective) {
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
        List<Optional<SummaryFile>> outputs = outputs();
        List<TuningSet> sets = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "tune")) {
            for (TunedData options : dataSets) {
                sets.add(TuningSet.load(options, limit, language.analyzer(), folds, seed, progress));
            }
            for (int fold = 0; fold <= folds; fold++) {
                found.add(search(sets, fold, progress));
            }
        }
        TuningReport report = new TuningReport(sets, found, evaluations, seed);
        for (int s = 0; s < sets.size(); s++) {
            List<List<String>> summaries = report.outOfFoldSummaries(s);
            List<String> ids = sets.get(s).ids();
            outputs.get(s).ifPresent(file -> file.write(ids, summaries));
        }
        streams.out().print(report.text());
        return NutshellCommand.EXIT_OK;
    }

    /** Each set's --output, checked before any work; two sets may not write one file. */
    private List<Optional<SummaryFile>> outputs() {
        List<Optional<SummaryFile>> outputs = new ArrayList<>();
        for (TunedData set : dataSets) {
            Optional<SummaryFile> output = Optional.ofNullable(set.output).map(name -> SummaryFile.checked(name, set.data));
            if (output.isPresent() && outputs.stream().flatMap(Optional::stream).anyMatch(output.get()::sameTarget)) {
                throw new UsageException("two data sets have the same --output, " + set.output);
            }
            outputs.add(output);
        }
        return outputs;
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
}
