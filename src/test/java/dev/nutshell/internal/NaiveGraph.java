package dev.nutshell.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentence-similarity graph and TextRank's weighted PageRank computed the slow, obvious way:
 * an explicit n × n matrix built pair by pair from the definitions, and power iteration over it.
 * The reference the fast implementations are checked against.
 */
public final class NaiveGraph {

    private NaiveGraph() {
    }

    /**
     * Mihalcea and Tarau's equation 3 for every pair i != j: the number of distinct shared terms
     * over {@code ln|S_i| + ln|S_j|}, {@code |S|} counting repetitions; the overlap itself where
     * that denominator is 0; 0 on the diagonal.
     */
    public static double[][] wordOverlap(List<List<String>> sentences) {
        int n = sentences.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Set<String> shared = new HashSet<>(sentences.get(i));
                shared.retainAll(new HashSet<>(sentences.get(j)));
                if (shared.isEmpty()) {
                    continue;
                }
                double denominator = Math.log(sentences.get(i).size()) + Math.log(sentences.get(j).size());
                w[i][j] = denominator == 0 ? shared.size() : shared.size() / denominator;
            }
        }
        return w;
    }

    /**
     * The cosine of the sentences' TF-IDF vectors for every pair i != j, tf counted in the sentence
     * and {@code idf = 1 + ln(N / sf)}; 0 on the diagonal and for a sentence without terms.
     */
    public static double[][] tfIdfCosine(List<List<String>> sentences) {
        int n = sentences.size();
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String term : new HashSet<>(sentence)) {
                sentenceFrequency.merge(term, 1, Integer::sum);
            }
        }
        List<Map<String, Double>> vectors = new java.util.ArrayList<>();
        for (List<String> sentence : sentences) {
            Map<String, Double> vector = new HashMap<>();
            for (String term : sentence) {
                vector.merge(term, 1.0, Double::sum);
            }
            vector.replaceAll((term, tf) -> tf * (1 + Math.log((double) n / sentenceFrequency.get(term))));
            vectors.add(vector);
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    w[i][j] = cosine(vectors.get(i), vectors.get(j));
                }
            }
        }
        return w;
    }

    private static double cosine(Map<String, Double> u, Map<String, Double> v) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : u.entrySet()) {
            dot += entry.getValue() * v.getOrDefault(entry.getKey(), 0.0);
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(u) * norm(v));
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double value : v.values()) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** {@code y = W x}, row by row. */
    public static double[] multiply(double[][] w, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < w.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += w[i][j] * x[j];
            }
            y[i] = sum;
        }
        return y;
    }

    /**
     * Weighted PageRank over the dense matrix: {@code WS(i) = (1 - d) + d Σ_j w_ji / out_j WS(j)},
     * {@code out_j = Σ_k w_jk}, from all ones, until no score moves by {@code tolerance} or more or
     * after {@code maxIterations} iterations.
     */
    public static double[] pageRank(double[][] w, double d, double tolerance, int maxIterations) {
        int n = w.length;
        double[] out = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                out[j] += w[j][k];
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0) {
                        sum += w[j][i] / out[j] * score[j];
                    }
                }
                next[i] = (1 - d) + d * sum;
                change = Math.max(change, Math.abs(next[i] - score[i]));
            }
            score = next;
            if (change < tolerance) {
                break;
            }
        }
        return score;
    }

    /** The matrix as a {@link SimilarityOperator}, for feeding hand-made graphs to {@link PageRank}. */
    public static SimilarityOperator operator(double[][] w) {
        return new SimilarityOperator() {
            @Override
            public int size() {
                return w.length;
            }

            @Override
            public void multiply(double[] x, double[] y) {
                double[] product = NaiveGraph.multiply(w, x);
                System.arraycopy(product, 0, y, 0, y.length);
            }
        };
    }
}
