package dev.nutshell.cli;

import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.evaluation.Rouge;
import dev.nutshell.evaluation.RougeScores;
import dev.nutshell.scoring.NutshellScorer;
import dev.nutshell.scoring.PositionalCentralityScorer;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code nutshell tune}: a grid search over the settings of the default ({@code nutshell})
 * algorithm on an evaluation data set, printing ROUGE for every combination.
 *
 * <p>Every article is analysed once; each combination then scores, selects and is scored with
 * ROUGE as {@code eval} does (ROUGE-1.5.5's averages). A summary already scored for a document
 * (the same sentences chosen by another combination) is not scored again. Deterministic: the same
 * data and grid print the same table.
 */
@Command(name = "tune",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Grid search over the default algorithm's settings: summarizes every document of an evaluation data"
                    + " set with each combination of the values given and prints a Markdown table of ROUGE-1, -2 and"
                    + " -L F1 (%%, ROUGE-1.5.5's averages as in nutshell eval), best ROUGE-1 first. The row marked *"
                    + " is the library's default.",
            "Each value list is comma-separated; the defaults span the library's default."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell tune --data cnndm.jsonl --reference-field highlights \\",
            "      --sentences-field article_sentences --sentences 3",
            "  nutshell tune --data bbc.jsonl --reference-field summary_sentences --sentences-from-reference \\",
            "      --position 0.4,0.7 --redundancy 0,0.2"})
final class TuneCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The evaluation data, as for nutshell eval.")
    private String data;

    @Option(names = "--reference-field", required = true, paramLabel = "FIELD",
            description = "The member that holds the reference summary, an array of sentences.")
    private String referenceField;

    @Option(names = "--sentences-field", paramLabel = "FIELD",
            description = "Rank the units of this member as they are, instead of splitting \"article\".")
    private String sentencesField;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private EvalCommand.LengthOptions length;

    @Option(names = "--position", split = ",", paramLabel = "W", defaultValue = "0.4,0.7,1",
            description = "Position prior weights. Default: ${DEFAULT-VALUE}.")
    private List<Double> positions;

    @Option(names = "--length", split = ",", paramLabel = "W", defaultValue = "0,0.4",
            description = "Length prior weights. Default: ${DEFAULT-VALUE}.")
    private List<Double> lengths;

    @Option(names = "--earlier", split = ",", paramLabel = "W", defaultValue = "-1,-0.5,0",
            description = "Weights of the similarity to earlier sentences (later ones weigh +1). Default: ${DEFAULT-VALUE}.")
    private List<Double> earlierWeights;

    @Option(names = "--shares", split = ",", paramLabel = "SHORT:LONG", defaultValue = "0.1:0.4,0.05:0.3,0.15:0.5",
            description = "Summary shares up to which the ranking is lead-aware and from which it is TextRank."
                    + " Default: ${DEFAULT-VALUE}.")
    private List<String> shares;

    @Option(names = "--redundancy", split = ",", paramLabel = "L", defaultValue = "0,0.2,0.3",
            description = "Redundancy penalties of the selection. Default: ${DEFAULT-VALUE}.")
    private List<Double> redundancies;

    @Option(names = "--quiet", description = "No progress bar on standard error (there is none unless it is a terminal).")
    private boolean quiet;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the table and the progress bar */
    TuneCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /** One combination of settings, in the order of the table's columns. */
    record Setting(double position, double length, double earlier, double shortShare, double longShare,
            double redundancy) {

        Summarizer summarizer() {
            NutshellScorer scorer = NutshellScorer.builder()
                    .positionWeight(position)
                    .lengthWeight(length)
                    .centrality(PositionalCentralityScorer.builder().earlierWeight(earlier).build())
                    .shares(shortShare, longShare)
                    .build();
            return Summarizer.builder().scorer(scorer).redundancy(redundancy).build();
        }

        boolean isDefault() {
            return equals(new Setting(NutshellScorer.DEFAULT_POSITION_WEIGHT, NutshellScorer.DEFAULT_LENGTH_WEIGHT,
                    PositionalCentralityScorer.DEFAULT_EARLIER_WEIGHT, NutshellScorer.DEFAULT_SHORT_SHARE,
                    NutshellScorer.DEFAULT_LONG_SHARE, Algorithm.NUTSHELL.redundancy()));
        }
    }

    /** A setting and its ROUGE averages, in percent. */
    record Result(Setting setting, int order, double rouge1, double rouge2, double rougeL) {
    }

    /**
     * Runs the grid and prints the table.
     *
     * @return the exit status
     * @throws UsageException for a bad option value or unreadable or malformed data
     */
    @Override
    public Integer call() {
        List<Setting> settings = settings();
        Optional<Length> fixedLength = length == null ? Optional.of(Length.sentences(3)) : length.fixed();
        List<EvaluationDocument> documents = EvaluationData.documents(data, referenceField, sentencesField, fixedLength, null, limit);
        List<Result> results = new ArrayList<>();
        try (ProgressBar progress = ProgressBar.of(streams, quiet, "tune")) {
            progress.stage("analysing", documents.size());
            List<Article> articles = new ArrayList<>();
            for (EvaluationDocument document : documents) {
                articles.add(document.input().analyze(TextAnalyzer.english()));
                progress.advance();
            }
            progress.stage("searching", settings.size());
            List<Map<List<Integer>, RougeScores>> scored = new ArrayList<>();
            documents.forEach(document -> scored.add(new HashMap<>()));
            for (int order = 0; order < settings.size(); order++) {
                results.add(evaluate(settings.get(order), order, documents, articles, scored));
                progress.advance();
            }
        }
        results.sort(Comparator.comparingDouble(Result::rouge1).reversed().thenComparingInt(Result::order));
        print(documents.size(), results);
        return NutshellCommand.EXIT_OK;
    }

    private static Result evaluate(Setting setting, int order, List<EvaluationDocument> documents, List<Article> articles,
            List<Map<List<Integer>, RougeScores>> scored) {
        Summarizer summarizer = setting.summarizer();
        List<RougeScores> scores = new ArrayList<>(documents.size());
        for (int index = 0; index < documents.size(); index++) {
            EvaluationDocument document = documents.get(index);
            List<KeySentence> chosen = summarizer.summarize(articles.get(index), document.length()).sentences();
            List<Integer> key = chosen.stream().map(KeySentence::index).toList();
            scores.add(scored.get(index).computeIfAbsent(key, unused -> Rouge.standard().score(
                    chosen.stream().map(KeySentence::text).toList(), document.reference())));
        }
        RougeScores average = RougeReport.of(scores).bootstrap().average();
        return new Result(setting, order, RougeReport.percent(average.rouge1().f1()),
                RougeReport.percent(average.rouge2().f1()), RougeReport.percent(average.rougeL().f1()));
    }

    /** Every combination, each value checked first so that a bad one is named with its option. */
    private List<Setting> settings() {
        checkEach("--position", "positionWeight", positions, value -> NutshellScorer.builder().positionWeight(value));
        checkEach("--length", "lengthWeight", lengths, value -> NutshellScorer.builder().lengthWeight(value));
        checkEach("--earlier", "earlierWeight", earlierWeights,
                value -> PositionalCentralityScorer.builder().earlierWeight(value));
        checkEach("--redundancy", "redundancy", redundancies, value -> Summarizer.builder().redundancy(value));
        List<double[]> sharePairs = shares.stream().map(TuneCommand::share).toList();
        List<Setting> settings = new ArrayList<>();
        for (double position : positions) {
            for (double length : lengths) {
                for (double earlier : earlierWeights) {
                    for (double[] share : sharePairs) {
                        for (double redundancy : redundancies) {
                            settings.add(new Setting(position, length, earlier, share[0], share[1], redundancy));
                        }
                    }
                }
            }
        }
        return settings;
    }

    /** Hands each value to the library's setter, which judges it; its complaint names the option. */
    private static void checkEach(String option, String parameter, List<Double> values, DoubleConsumer setter) {
        for (double value : values) {
            try {
                setter.accept(value);
            } catch (IllegalArgumentException e) {
                throw UsageException.forOption(option, parameter, e);
            }
        }
    }

    private static double[] share(String pair) {
        String[] parts = pair.split(":", -1);
        if (parts.length != 2) {
            throw new UsageException("--shares takes SHORT:LONG pairs such as 0.1:0.4, was '" + pair + "'");
        }
        double[] share;
        try {
            share = new double[] {AsciiNumbers.decimal(parts[0]), AsciiNumbers.decimal(parts[1])};
        } catch (TypeConversionException e) {
            throw new UsageException("--shares takes SHORT:LONG pairs such as 0.1:0.4, was '" + pair + "'");
        }
        try {
            NutshellScorer.builder().shares(share[0], share[1]);
        } catch (IllegalArgumentException e) {
            throw UsageException.forOption("--shares", "shares", e);
        }
        return share;
    }

    private void print(int documents, List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append(InputReader.count(documents, "document") + ", " + InputReader.count(results.size(), "setting")
                + "; * the default\n\n");
        table.append("| position | length | earlier | shares | redundancy | R-1 | R-2 | R-L |\n");
        table.append("|---:|---:|---:|---|---:|---:|---:|---:|\n");
        for (Result result : results) {
            Setting s = result.setting();
            table.append(String.format(Locale.ROOT, "| %s%s | %s | %s | %s:%s | %s | %.2f | %.2f | %.2f |%n",
                    s.isDefault() ? "*" : "", number(s.position()), number(s.length()), number(s.earlier()),
                    number(s.shortShare()), number(s.longShare()), number(s.redundancy()),
                    result.rouge1(), result.rouge2(), result.rougeL()));
        }
        streams.out().print(table);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
