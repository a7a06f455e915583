package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;
import java.util.Arrays;

/**
 * What {@link LogisticRanking} knows of each candidate phrase: its words' graph score, its
 * length, where it first occurs, how often, whether in the headline, how common its words are,
 * and how it nests with the other candidates. Each is a number a weight multiplies; the order is
 * that of the constants below, the order of {@link LogisticRanking}'s weights.
 *
 * <p>Why nesting: in an abstract, a phrase inside several longer candidates ("network" in "neural
 * network" and "network training") is seldom a keyphrase, and one holding others is often the
 * term they are pieces of.
 *
 * <p>Immutable once made. O(candidates × words²) for phrases of at most a few words: nesting is
 * found by looking up each phrase's runs of consecutive words among the candidates, in the
 * candidates' own table (the library's seeded hash).
 */
final class PhraseFeatures {
    /** The logarithm of the phrase's graph score divided by the article's largest, plus {@link #SCORE_FLOOR}. */
    static final int LOG_SCORE = 0;
    /** 1 for a phrase of one word, else 0; the next three: two, three and four words. */
    static final int ONE_WORD = 1;
    static final int TWO_WORDS = 2;
    static final int THREE_WORDS = 3;
    static final int FOUR_WORDS = 4;
    /** {@code 1 / (1 + first / 50)}, {@code first} the index of the phrase's first word in the text. */
    static final int EARLY = 5;
    /** The logarithm of the phrase's number of occurrences. */
    static final int LOG_OCCURRENCES = 6;
    /** 1 if the phrase occurs in the headline, else 0. */
    static final int HEADLINE = 7;
    /** The share of its words that are common words of the language (any occurrence common). */
    static final int COMMON_SHARE = 8;
    /** 1 if its first word is a common word, else 0. */
    static final int FIRST_COMMON = 9;
    /** {@code ln(1 + c)}, {@code c} the number of other candidates that hold this one as a run of their words. */
    static final int LOG_INSIDE = 10;
    /** {@code ln(1 + c)}, {@code c} the number of other candidates this one holds. */
    static final int LOG_HOLDS = 11;
    /** The number of features. */
    static final int COUNT = 12;

    /** Keeps the logarithm finite for a phrase whose words score nothing. */
    static final double SCORE_FLOOR = 1e-3;
    /** The position, in words, at which {@link #EARLY} is one half. */
    private static final double EARLY_SCALE = 50;

    /** {@code ln(n)} of small counts {@code n}: most occurrence and nesting counts, without a call to the library. */
    private static final double[] LOGARITHMS = new double[64];

    static {
        for (int n = 1; n < LOGARITHMS.length; n++) {
            LOGARITHMS[n] = Math.log(n);
        }
    }

    /** Row by row, {@link #COUNT} values a candidate: one array, not one per candidate. */
    private final double[] values;

    private PhraseFeatures(double[] values) {
        this.values = values;
    }

    /**
     * @param candidates the article's candidates, at least one
     * @param graphScores one non-negative score per candidate, the sum of its words' graph scores
     * @param common per graph node, whether it is a common word ({@link GraphRanker#commonNodes})
     * @return the features of every candidate
     */
    static PhraseFeatures of(Candidates candidates, double[] graphScores, boolean[] common) {
        int count = candidates.size();
        double largest = 0;
        for (double score : graphScores) {
            largest = Math.max(largest, score);
        }
        int[][] nesting = nesting(candidates);
        double[] values = new double[count * COUNT];
        for (int phrase = 0; phrase < count; phrase++) {
            int[] nodes = candidates.phraseNodes.get(phrase);
            int first = candidates.phraseStarts.get(phrase)[0];
            int row = phrase * COUNT;
            values[row + LOG_SCORE] = Math.log((largest > 0 ? graphScores[phrase] / largest : 0) + SCORE_FLOOR);
            if (nodes.length <= 4) {
                values[row + ONE_WORD + nodes.length - 1] = 1;
            }
            values[row + EARLY] = 1 / (1 + first / EARLY_SCALE);
            values[row + LOG_OCCURRENCES] = logarithm(candidates.occurrences(phrase));
            values[row + HEADLINE] = candidates.words.sentence(first) == ArticleWords.HEADLINE ? 1 : 0;
            int commonWords = 0;
            for (int node : nodes) {
                commonWords += common[node] ? 1 : 0;
            }
            values[row + COMMON_SHARE] = (double) commonWords / nodes.length;
            values[row + FIRST_COMMON] = common[nodes[0]] ? 1 : 0;
            values[row + LOG_INSIDE] = logarithm(1 + nesting[0][phrase]);
            values[row + LOG_HOLDS] = logarithm(1 + nesting[1][phrase]);
        }
        return new PhraseFeatures(values);
    }

    /** @return the number of candidates */
    int size() {
        return values.length / COUNT;
    }

    /**
     * @param phrase a candidate's index
     * @param feature one of this class's feature constants
     * @return the candidate's value of that feature
     */
    double value(int phrase, int feature) {
        return values[phrase * COUNT + feature];
    }

    /** {@code ln(n)} for a count {@code n >= 1}. */
    private static double logarithm(int n) {
        return n < LOGARITHMS.length ? LOGARITHMS[n] : Math.log(n);
    }

    /**
     * Per candidate, how many other candidates hold it ({@code [0]}) and how many it holds ({@code
     * [1]}), each counted once however often it recurs inside.
     */
    private static int[][] nesting(Candidates candidates) {
        int count = candidates.size();
        int[] inside = new int[count];
        int[] holds = new int[count];
        int[] lastHolder = new int[count];
        Arrays.fill(lastHolder, -1);
        char[] keyChars = new char[0];
        for (int phrase = 0; phrase < count; phrase++) {
            int[] nodes = candidates.phraseNodes.get(phrase);
            if (keyChars.length < 2 * nodes.length) {
                keyChars = new char[2 * nodes.length];
            }
            for (int length = 1; length < nodes.length; length++) {
                for (int from = 0; from + length <= nodes.length; from++) {
                    int part = candidates.phraseOf(nodes, from, from + length, keyChars);
                    if (part >= 0 && lastHolder[part] != phrase) {
                        lastHolder[part] = phrase;
                        inside[part]++;
                        holds[phrase]++;
                    }
                }
            }
        }
        return new int[][] {inside, holds};
    }
}
