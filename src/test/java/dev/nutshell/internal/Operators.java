package dev.nutshell.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the fast similarity operators from term lists, the way TextRankScorer feeds them. */
final class Operators {

    private Operators() {
    }

    static WordOverlapSimilarity wordOverlap(List<List<String>> sentences) {
        Map<String, Integer> ids = ids(sentences);
        int n = sentences.size();
        int[][] distinct = new int[n][];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            distinct[i] = counts(sentences.get(i), ids).keySet().stream().mapToInt(Integer::intValue).toArray();
            lengths[i] = sentences.get(i).size();
        }
        return new WordOverlapSimilarity(distinct, lengths, ids.size());
    }

    static CosineSimilarity tfIdfCosine(List<List<String>> sentences) {
        Map<String, Integer> ids = ids(sentences);
        int n = sentences.size();
        Map<Integer, Integer> sentenceFrequency = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String term : new HashSet<>(sentence)) {
                sentenceFrequency.merge(ids.get(term), 1, Integer::sum);
            }
        }
        int[][] distinct = new int[n][];
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Integer> counts = counts(sentences.get(i), ids);
            distinct[i] = new int[counts.size()];
            weights[i] = new double[counts.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
                distinct[i][k] = entry.getKey();
                weights[i][k] = entry.getValue() * (1 + Math.log((double) n / sentenceFrequency.get(entry.getKey())));
                k++;
            }
        }
        return new CosineSimilarity(distinct, weights, ids.size());
    }

    private static Map<String, Integer> ids(List<List<String>> sentences) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (List<String> sentence : sentences) {
            for (String term : sentence) {
                ids.putIfAbsent(term, ids.size());
            }
        }
        return ids;
    }

    private static TreeMap<Integer, Integer> counts(List<String> sentence, Map<String, Integer> ids) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (String term : sentence) {
            counts.merge(ids.get(term), 1, Integer::sum);
        }
        return counts;
    }

    /** Column j of the operator's matrix: {@code W e_j}. */
    static double[] column(SimilarityOperator operator, int j) {
        double[] unit = new double[operator.size()];
        unit[j] = 1;
        double[] y = new double[operator.size()];
        operator.multiply(unit, y);
        return y;
    }
}
