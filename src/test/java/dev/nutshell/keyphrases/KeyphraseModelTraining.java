package dev.nutshell.keyphrases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.evaluation.KeyphraseEvaluation;
import dev.nutshell.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Fits the weights of the default ranking's two learned models ({@link LogisticRanking}):
 * L2-regularised logistic regression, by Newton's method, of "is this candidate a gold keyphrase"
 * (the evaluation protocol's match: Porter-stemmed, exact) on the features of every candidate of
 * the texts the model takes part in. Features are standardised for the fit, so that one penalty
 * suits them all, and the weights are given back on the raw features.
 *
 * <p>Run as a program it prints the weights as Java, and what they score: cross-validated over
 * the documents (each fold ranked by weights fitted on the other folds, the whole default
 * extractor, every document), the gain per document over the hand-weighted ranking the models
 * replaced ({@link #gain}), and for the short-text model Hulth's training part against its
 * validation part, each beside the hand-weighted ranking's figure on the same documents:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.nutshell.keyphrases.KeyphraseModelTraining \
 *     short ../shared/eval/keyphrases/inspec-dev.jsonl
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.nutshell.keyphrases.KeyphraseModelTraining \
 *     news ../shared/eval/keyphrases/duc2001-dev.jsonl title
 * </pre>
 *
 * <p>The news model reads each DUC-2001 article twice, as given and with its title as its headline:
 * news comes with a headline or without one, and the model should weigh a headline's phrases
 * from examples of both.
 */
final class KeyphraseModelTraining {
    /** The penalty on the squared standardised weights (the intercept is not penalised). */
    static final double PENALTY = 10;
    private static final int MAX_ITERATIONS = 100;
    private static final double CONVERGED = 1e-12;

    /** The default ranking before the learned models: hand-set weights over the graph rankings. */
    static final KeyphraseRanking HAND_WEIGHTED = new KeyphraseRanking("hand-weighted", 5, new PhrasePrior(new HeadlineBoost(
            new LengthAdaptiveRanker(new GraphRanker(2, false, false, 1, 0), new GraphRanker(15, true, true, 1, 0.5), 150, 300),
            1), 0.5, 0.7, 2, 50));

    /** The two models of the default ranking: which texts each learns from, and its graph. */
    enum Model {
        /** Texts of fewer than 300 words (the short-text ranking takes part), fitted on Inspec dev. */
        SHORT_TEXTS {
            @Override
            boolean learnsFrom(ArticleWords words) {
                return words.size() < 300;
            }

            @Override
            KeyphraseRanking ranking(double[] weights) {
                return new KeyphraseRanking("fitted", 5, KeyphraseRanking.nutshell(
                        new LogisticRanking(LogisticRanking.shortTextGraph(), weights), LogisticRanking.NEWS));
            }
        },
        /**
         * Texts of 150 words or more (the long-text ranking takes part), fitted on DUC-2001 dev, each
         * article as given and with its title as its headline.
         */
        NEWS {
            @Override
            boolean learnsFrom(ArticleWords words) {
                return words.size() >= 150;
            }

            @Override
            KeyphraseRanking ranking(double[] weights) {
                return new KeyphraseRanking("fitted", 5, KeyphraseRanking.nutshell(LogisticRanking.SHORT_TEXTS,
                        new LogisticRanking(LogisticRanking.newsGraph(), weights)));
            }
        };

        /** @return whether a text's candidates are rows of this model's fit */
        abstract boolean learnsFrom(ArticleWords words);

        /** @return the default ranking with this model's weights replaced by these */
        abstract KeyphraseRanking ranking(double[] weights);

        /** @return a ranking over the model's graph, whose features the fit reads */
        LogisticRanking probe() {
            GraphRanker graph = this == SHORT_TEXTS ? LogisticRanking.shortTextGraph() : LogisticRanking.newsGraph();
            return new LogisticRanking(graph, new double[PhraseFeatures.COUNT + 1]);
        }
    }

    /** One document: its words, its gold keyphrases, and its split. */
    record Document(String id, String split, ArticleWords words, List<String> gold) {
    }

    /** The rows of one document's candidates: features and whether each is gold. */
    private record Rows(double[][] features, boolean[] gold) {
    }

    private KeyphraseModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        Model model = Model.valueOf(args[0].toUpperCase(Locale.ROOT).replace("SHORT", "SHORT_TEXTS"));
        List<List<Document>> versions = new ArrayList<>();
        versions.add(read(Path.of(args[1])));
        if (args.length > 2) {
            versions.add(read(Path.of(args[1]), args[2]));
        }
        List<Document> all = versions.stream().flatMap(List::stream).toList();
        double[] weights = fit(model, all);
        System.out.println(model + " weights (" + all.size() + " documents):");
        System.out.println(javaArray(weights));
        String[] names = {"as given", "with " + (args.length > 2 ? args[2] : "") + " as headline"};
        int folds = 5;
        double[][][] firstShuffle = null;
        for (long seed : new long[] {1, 2, 3}) {
            double[][][] perDocument = crossValidatedPerDocument(model, versions, folds, seed);
            firstShuffle = firstShuffle == null ? perDocument : firstShuffle;
            for (int version = 0; version < versions.size(); version++) {
                double[] learned = means(perDocument[version]);
                System.out.printf(Locale.ROOT, "%d-fold cross-validation, seed %d, %s: F1@5 %.2f F1@10 %.2f%n", folds, seed,
                        names[version], learned[0], learned[1]);
            }
        }
        for (int version = 0; version < versions.size(); version++) {
            System.out.println(names[version] + ", seed 1 against hand-weighted, per document: "
                    + gain(perDocument(versions.get(version), HAND_WEIGHTED), firstShuffle[version]));
        }
        for (int version = 0; version < versions.size(); version++) {
            double[] handWeighted = scores(versions.get(version), HAND_WEIGHTED);
            double[] inSample = scores(versions.get(version), model.ranking(weights));
            System.out.printf(Locale.ROOT, "%s: hand-weighted F1@5 %.2f F1@10 %.2f; these weights (in sample) %.2f %.2f%n",
                    names[version], handWeighted[0], handWeighted[1], inSample[0], inSample[1]);
        }
        List<Document> training = versions.get(0).stream().filter(d -> d.split().equals("train")).toList();
        List<Document> validation = versions.get(0).stream().filter(d -> d.split().equals("validation")).toList();
        if (!training.isEmpty() && !validation.isEmpty()) {
            double[] learned = scores(validation, model.ranking(fit(model, training)));
            double[] before = scores(validation, HAND_WEIGHTED);
            System.out.printf(Locale.ROOT, "fitted on %d training, scored on %d validation: learned %.2f %.2f, hand-weighted %.2f %.2f%n",
                    training.size(), validation.size(), learned[0], learned[1], before[0], before[1]);
        }
    }

    /** Reads the records {@code {"id", "text", "keyphrases", "split"?}} and analyses them with the English analyzer. */
    static List<Document> read(Path data) throws IOException {
        return read(data, null);
    }

    /**
     * Reads the records and analyses them with the English analyzer, each record's {@code
     * headlineField} (if not null and present) put before its text as its headline, as {@code
     * eval-keyphrases --headline-field} does.
     */
    static List<Document> read(Path data, String headlineField) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        TextAnalyzer analyzer = TextAnalyzer.english();
        List<Document> documents = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data)) {
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = mapper.readTree(line);
                List<String> gold = new ArrayList<>();
                record.get("keyphrases").forEach(phrase -> gold.add(phrase.asText()));
                String text = headlineField != null && record.has(headlineField)
                        ? record.get(headlineField).asText() + "\n\n" + record.get("text").asText() : record.get("text").asText();
                ArticleWords words = analyzer.words(analyzer.analyze(text));
                String split = record.has("split") ? record.get("split").asText() : "";
                documents.add(new Document(record.get("id").asText(), split, words, gold));
            }
        }
        return documents;
    }

    private static boolean hasGold(Document document) {
        return document.gold().stream().anyMatch(phrase -> !KeyphraseEvaluation.normalise(phrase).isEmpty());
    }

    /** Mean F1@5 and F1@10 of a ranking's top ten over the documents that have gold keyphrases. */
    static double[] scores(List<Document> documents, KeyphraseRanking ranking) {
        return means(perDocument(documents, ranking));
    }

    /** Per document, F1@5 and F1@10 of a ranking's top ten (in percent); null for a document without gold keyphrases. */
    static double[][] perDocument(List<Document> documents, KeyphraseRanking ranking) {
        KeyphraseExtractor extractor = KeyphraseExtractor.of(ranking);
        double[][] scores = new double[documents.size()][];
        for (int index = 0; index < scores.length; index++) {
            Document document = documents.get(index);
            if (hasGold(document)) {
                List<String> predicted = extractor.extract(document.words(), 10).stream().map(Keyphrase::text).toList();
                scores[index] = new double[] {100 * KeyphraseEvaluation.score(predicted, document.gold(), 5).f1(),
                    100 * KeyphraseEvaluation.score(predicted, document.gold(), 10).f1()};
            }
        }
        return scores;
    }

    /** The mean F1@5 and F1@10 of the documents that have them. */
    static double[] means(double[][] perDocument) {
        double[] sums = new double[2];
        int scored = 0;
        for (double[] scores : perDocument) {
            if (scores != null) {
                sums[0] += scores[0];
                sums[1] += scores[1];
                scored++;
            }
        }
        return new double[] {sums[0] / scored, sums[1] / scored};
    }

    /**
     * Mean F1@5 and F1@10 of the default extractor over all documents, each ranked with the model's
     * weights fitted on the other folds; per version of the documents ({@link #crossValidatedPerDocument}).
     *
     * @return per version, F1@5 and F1@10
     */
    static double[][] crossValidated(Model model, List<List<Document>> versions, int folds, long seed) {
        double[][][] perDocument = crossValidatedPerDocument(model, versions, folds, seed);
        double[][] means = new double[versions.size()][];
        for (int version = 0; version < versions.size(); version++) {
            means[version] = means(perDocument[version]);
        }
        return means;
    }

    /**
     * F1@5 and F1@10 of the default extractor for each document, ranked with the model's weights
     * fitted on the other folds; per version of the documents. The versions are the same documents
     * read differently (as given, and with a headline), in the same order: a document's versions
     * share a fold, and the fit reads every version of the documents outside it. Folds are a
     * shuffle of the documents by the seed.
     *
     * @return per version, per document, as {@link #perDocument}
     */
    static double[][][] crossValidatedPerDocument(Model model, List<List<Document>> versions, int folds, long seed) {
        int count = versions.get(0).size();
        List<Integer> order = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        double[][][] scores = new double[versions.size()][count][];
        for (int fold = 0; fold < folds; fold++) {
            List<Document> training = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int rank = 0; rank < count; rank++) {
                if (rank % folds == fold) {
                    held.add(order.get(rank));
                } else {
                    for (List<Document> version : versions) {
                        training.add(version.get(order.get(rank)));
                    }
                }
            }
            KeyphraseRanking ranking = model.ranking(fit(model, training));
            for (int version = 0; version < versions.size(); version++) {
                List<Document> documents = versions.get(version);
                double[][] heldScores = perDocument(held.stream().map(documents::get).toList(), ranking);
                for (int k = 0; k < held.size(); k++) {
                    scores[version][held.get(k)] = heldScores[k];
                }
            }
        }
        return scores;
    }

    /**
     * How F1@10 per document changed from one ranking to another: the mean gain, its 95% bootstrap
     * interval (10,000 resamples of the documents, a fixed seed), how many documents did better and
     * worse, and a two-sided sign test over those.
     */
    static String gain(double[][] before, double[][] after) {
        List<Double> differences = new ArrayList<>();
        for (int index = 0; index < before.length; index++) {
            if (before[index] != null) {
                differences.add(after[index][1] - before[index][1]);
            }
        }
        int n = differences.size();
        double mean = differences.stream().mapToDouble(Double::doubleValue).sum() / n;
        Random random = new Random(7);
        double[] resampled = new double[10_000];
        for (int sample = 0; sample < resampled.length; sample++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += differences.get(random.nextInt(n));
            }
            resampled[sample] = sum / n;
        }
        Arrays.sort(resampled);
        int better = (int) differences.stream().filter(d -> d > 0).count();
        int worse = (int) differences.stream().filter(d -> d < 0).count();
        double p = Math.min(1, 2 * new BinomialDistribution(null, better + worse, 0.5).cumulativeProbability(Math.min(better, worse)));
        return String.format(Locale.ROOT, "F1@10 %+.2f [%.2f, %.2f], %d better and %d worse of %d, sign test p = %.2g",
                mean, resampled[249], resampled[9749], better, worse, n, p);
    }

    /** The model's weights, in the order of {@link PhraseFeatures} then the intercept, fitted on these documents. */
    static double[] fit(Model model, List<Document> documents) {
        List<double[]> features = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        KeyphraseExtractor extractor = KeyphraseExtractor.of(model.ranking(new double[PhraseFeatures.COUNT + 1]));
        LogisticRanking probe = model.probe();
        for (Document document : documents) {
            if (!model.learnsFrom(document.words())) {
                continue;
            }
            Rows rows = rows(document, extractor, probe);
            for (int row = 0; row < rows.gold().length; row++) {
                features.add(rows.features()[row]);
                labels.add(rows.gold()[row]);
            }
        }
        return logistic(features, labels);
    }

    private static Rows rows(Document document, KeyphraseExtractor extractor, LogisticRanking probe) {
        Candidates candidates = extractor.candidates(document.words());
        Set<String> gold = new HashSet<>();
        document.gold().forEach(phrase -> gold.add(KeyphraseEvaluation.normalise(phrase)));
        if (candidates.size() == 0) {
            return new Rows(new double[0][], new boolean[0]);
        }
        PhraseFeatures features = probe.features(candidates);
        double[][] values = new double[candidates.size()][PhraseFeatures.COUNT];
        boolean[] labels = new boolean[candidates.size()];
        for (int phrase = 0; phrase < candidates.size(); phrase++) {
            for (int feature = 0; feature < PhraseFeatures.COUNT; feature++) {
                values[phrase][feature] = features.value(phrase, feature);
            }
            labels[phrase] = gold.contains(KeyphraseEvaluation.normalise(KeyphraseExtractor.text(candidates, phrase)));
        }
        return new Rows(values, labels);
    }

    /** Newton's method on the penalised log-likelihood, standardised features, weights on the raw ones. */
    static double[] logistic(List<double[]> rows, List<Boolean> labels) {
        int n = rows.size();
        int k = PhraseFeatures.COUNT;
        double[] mean = new double[k];
        double[] deviation = new double[k];
        for (double[] row : rows) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : rows) {
            for (int j = 0; j < k; j++) {
                deviation[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            deviation[j] = deviation[j] > 0 ? Math.sqrt(deviation[j]) : 1;
        }
        double[][] z = new double[n][k + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                z[i][j] = (rows.get(i)[j] - mean[j]) / deviation[j];
            }
            z[i][k] = 1;
        }
        double[] w = new double[k + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < n; i++) {
                double logit = 0;
                for (int j = 0; j <= k; j++) {
                    logit += w[j] * z[i][j];
                }
                double p = 1 / (1 + Math.exp(-logit));
                double residual = p - (labels.get(i) ? 1 : 0);
                double curvature = p * (1 - p);
                for (int a = 0; a <= k; a++) {
                    gradient[a] += residual * z[i][a];
                    for (int b = a; b <= k; b++) {
                        hessian[a][b] += curvature * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            for (int j = 0; j < k; j++) {
                gradient[j] += PENALTY * w[j];
                hessian[j][j] += PENALTY;
            }
            RealVector step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver()
                    .solve(new ArrayRealVector(gradient, false));
            double largest = 0;
            for (int j = 0; j <= k; j++) {
                w[j] -= step.getEntry(j);
                largest = Math.max(largest, Math.abs(step.getEntry(j)));
            }
            if (largest < CONVERGED) {
                break;
            }
        }
        double[] raw = new double[k + 1];
        raw[k] = w[k];
        for (int j = 0; j < k; j++) {
            raw[j] = w[j] / deviation[j];
            raw[k] -= w[j] * mean[j] / deviation[j];
        }
        return raw;
    }

    /** The weights as the body of a Java array, one per line with the feature's name. */
    static String javaArray(double[] weights) {
        String[] names = {"LOG_SCORE", "ONE_WORD", "TWO_WORDS", "THREE_WORDS", "FOUR_WORDS", "EARLY", "LOG_OCCURRENCES",
            "HEADLINE", "COMMON_SHARE", "FIRST_COMMON", "LOG_INSIDE", "LOG_HOLDS", "intercept"};
        StringBuilder java = new StringBuilder();
        for (int j = 0; j < weights.length; j++) {
            java.append(String.format(Locale.ROOT, "        %s, // %s%n", Double.toString(weights[j]), names[j]));
        }
        return java.toString();
    }
}
