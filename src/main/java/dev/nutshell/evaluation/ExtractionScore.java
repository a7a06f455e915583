package dev.nutshell.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How well one extracted main text matches the true article body, scored as the Article Extraction
 * Benchmark (Scrapinghub / Zyte) scores it: by the overlap of the two texts' multisets of
 * 4-word shingles.
 *
 * <p>Tokens are the maximal runs of word characters (see {@link #tokens(String)}), case kept;
 * shingles are the runs of 4 consecutive tokens, one per start position, and a text of 1 to 3
 * tokens has one shingle of all its tokens. True positives are the shingles the two multisets share
 * (the smaller count of each), false positives the rest of the prediction's, false negatives the
 * rest of the truth's. Averaging over pages is {@link ExtractionAverage}'s.
 *
 * <p>Immutable and thread-safe. Scoring costs time and memory linear in the two texts' lengths.
 *
 * @param truePositives shingles in both texts, {@code >= 0}
 * @param falsePositives shingles of the prediction not in the truth, {@code >= 0}
 * @param falseNegatives shingles of the truth not in the prediction, {@code >= 0}
 * @param exact whether the two texts have the same token list
 * @since 0.1.0
 */
public record ExtractionScore(long truePositives, long falsePositives, long falseNegatives, boolean exact) {
    /** Shingle length in tokens, as in the benchmark's {@code evaluate.py}. */
    private static final int SHINGLE = 4;
    /** Joins the tokens of a shingle into one key; never a word character. */
    private static final char SEPARATOR = ' ';

    /**
     * @param truePositives shingles in both texts
     * @param falsePositives shingles of the prediction only
     * @param falseNegatives shingles of the truth only
     * @param exact whether the token lists are equal
     * @throws IllegalArgumentException if a count is negative
     */
    public ExtractionScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + truePositives + ", "
                    + falsePositives + ", " + falseNegatives);
        }
    }

    /**
     * Scores a predicted main text against the true one.
     *
     * @param truth the true article body, not null
     * @param prediction the extracted text, not null; empty if the extractor found nothing
     * @return the counts
     * @throws NullPointerException if an argument is null
     */
    public static ExtractionScore of(String truth, String prediction) {
        List<String> trueTokens = tokens(Objects.requireNonNull(truth, "truth"));
        List<String> predictedTokens = tokens(Objects.requireNonNull(prediction, "prediction"));
        Map<String, long[]> trueShingles = shingles(trueTokens);
        Map<String, long[]> predictedShingles = shingles(predictedTokens);
        long trueCount = shingleCount(trueTokens.size());
        long predictedCount = shingleCount(predictedTokens.size());
        long shared = 0;
        for (Map.Entry<String, long[]> entry : predictedShingles.entrySet()) {
            long[] inTruth = trueShingles.get(entry.getKey());
            if (inTruth != null) {
                shared += Math.min(inTruth[0], entry.getValue()[0]);
            }
        }
        return new ExtractionScore(shared, predictedCount - shared, trueCount - shared, trueTokens.equals(predictedTokens));
    }

    /**
     * The tokens of a text as the benchmark's scorer finds them with Python's {@code \w+}: every
     * maximal run of characters that are letters ({@link Character#isLetter(int)}), numbers of any
     * kind (decimal digits, letter numbers such as Roman numerals, other numbers such as
     * {@code ½}) or the underscore. Everything else separates tokens. Linear time.
     *
     * @param text any text, not null
     * @return the tokens in order, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isWordCharacter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** n − 3 shingles for n ≥ 4 tokens, one for 1 to 3, none for none. */
    private static long shingleCount(int tokens) {
        return tokens == 0 ? 0 : Math.max(1, tokens - SHINGLE + 1);
    }

    private static boolean isWordCharacter(int codePoint) {
        if (codePoint == '_' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The multiset of shingles, each as its tokens joined with a space. {@link HashMap} keeps its
     * cost linear even for keys built to collide: it turns a crowded bucket into a tree.
     */
    private static Map<String, long[]> shingles(List<String> tokens) {
        Map<String, long[]> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int length = Math.min(SHINGLE, tokens.size());
        for (int start = 0; start + length <= tokens.size(); start++) {
            StringBuilder key = new StringBuilder();
            for (int i = start; i < start + length; i++) {
                key.append(tokens.get(i)).append(SEPARATOR);
            }
            counts.computeIfAbsent(key.toString(), k -> new long[1])[0]++;
        }
        return counts;
    }

    /**
     * @return tp / (tp + fp), in [0, 1]; {@code NaN} when the prediction has no shingle (an empty
     *     extraction), which {@link ExtractionAverage} leaves out of the precision average
     */
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    }

    /**
     * @return tp / (tp + fn), in [0, 1]; {@code NaN} when the truth has no shingle
     */
    public double recall() {
        long expected = truePositives + falseNegatives;
        return expected == 0 ? Double.NaN : (double) truePositives / expected;
    }
}
