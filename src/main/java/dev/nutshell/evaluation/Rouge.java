package dev.nutshell.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ROUGE-1, ROUGE-2 and summary-level ROUGE-L of a candidate summary against a reference summary,
 * computed the way the original Perl ROUGE-1.5.5 computes them for one reference per document.
 *
 * <p>{@link #standard()} reproduces the options behind published CNN/DailyMail figures,
 * {@code ROUGE-1.5.5.pl -c 95 -m -r 1000 -n 2 -a} with summaries written one sentence per line:
 * <ul>
 * <li>Tokens: ASCII lower-casing, every character other than an ASCII letter or digit separates
 * tokens (so "well-known" gives "well" and "known", and "£6.1bn" gives "6" and "1bn"); see
 * {@code readText} and {@code createNGram} in the Perl.
 * <li>{@code -m}: tokens longer than three characters are replaced by the WordNet 2.0 exception
 * table's base form if it lists them, else by the stem of ROUGE's own Perl Porter stemmer
 * ({@code MorphStem}). No stop words are removed (no {@code -s}), no length limit (no {@code -l}/{@code -b}).
 * <li>ROUGE-N: n-grams are taken over the whole summary, sentences joined, so a bigram may span two
 * sentences; matches are clipped ({@code min} of the two counts per n-gram, {@code ngramScore}).
 * Recall divides by the reference's n-gram count, precision by the candidate's.
 * <li>ROUGE-L: for each reference sentence, the tokens on an LCS with each candidate sentence are
 * marked, and their union counts; a marked token counts only while both its remaining reference
 * and candidate unigram counts are positive, and each hit uses one of each ({@code lcs},
 * {@code lcs_inner}, {@code markLCS}). Ties in the LCS table are broken as the Perl breaks them
 * (diagonal on equal tokens, else up when {@code c[i-1][j] >= c[i][j-1]}), since which LCS is
 * marked changes the union. Recall divides by the reference's token count, precision by the candidate's.
 * <li>F-measure with α = 0.5 ({@code -p} unset). An empty candidate or reference scores 0 on all
 * counts, as it does in the Perl.
 * </ul>
 * Averaging over documents, as {@code -a} without {@code -t} does, is {@link RougeAverage}'s job
 * (plain means) or {@link RougeBootstrap}'s (the Perl's resampled averages and intervals).
 *
 * <p>A candidate or reference is a list of sentences; each element is one line of the file ROUGE
 * would read. Null is never accepted.
 *
 * <p>Immutable and thread-safe: one instance may score from many threads at once.
 *
 * <p>Cost: O(c + r) for tokenization and ROUGE-N, plus O(c·r) time for ROUGE-L (an LCS table for
 * each pair of reference and candidate sentences, as in the Perl), with c and r the token counts of
 * candidate and reference; memory O(c + r + n √m) for the longest pair of a reference sentence of m
 * tokens and a candidate sentence of n tokens, since the LCS table is held as every ⌈√m⌉-th row and
 * one block of rows recomputed at a time (about 82 MB for two 47,000-token sentences).
 *
 * @since 0.1.0
 */
public final class Rouge {
    private static final Rouge STANDARD = new Rouge(true);
    private static final Rouge UNSTEMMED = new Rouge(false);

    private final boolean stemming;
    private final RougeTokenizer tokenizer;

    private Rouge(boolean stemming) {
        this.stemming = stemming;
        this.tokenizer = new RougeTokenizer(stemming);
    }

    /** @return ROUGE-1.5.5 with {@code -m -n 2 -a} (stemming, ROUGE-1/2/L, α = 0.5) */
    public static Rouge standard() {
        return STANDARD;
    }

    /**
     * @param stemming whether to stem as {@code -m} does; without it, tokens are compared as they are
     * @return this configuration with stemming on or off
     */
    public Rouge withStemming(boolean stemming) {
        return stemming ? STANDARD : UNSTEMMED;
    }

    /** @return whether tokens are stemmed ({@code -m}) */
    public boolean stemming() {
        return stemming;
    }

    /**
     * Scores a candidate summary against a reference summary.
     *
     * @param candidate the candidate's sentences (ROUGE's "peer"), one line each; may be empty
     * @param reference the reference's sentences (ROUGE's "model"), one line each; may be empty
     * @return the ROUGE-1, ROUGE-2 and ROUGE-L scores; all 0 if either side has no token
     * @throws NullPointerException if a list or one of its elements is null
     */
    public RougeScores score(List<String> candidate, List<String> reference) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reference, "reference");
        Vocabulary vocabulary = new Vocabulary();
        int[][] peer = vocabulary.encode(tokenizer.units(List.copyOf(candidate)));
        int[][] model = vocabulary.encode(tokenizer.units(List.copyOf(reference)));
        int[] peerTokens = concatenate(peer);
        int[] modelTokens = concatenate(model);
        return new RougeScores(
                unigramScore(peerTokens, modelTokens, vocabulary.size()),
                bigramScore(peerTokens, modelTokens),
                lcsScore(peer, model, peerTokens, modelTokens, vocabulary.size()));
    }

    private static RougeScore unigramScore(int[] peer, int[] model, int vocabularySize) {
        int[] peerCounts = counts(peer, vocabularySize);
        int[] modelCounts = counts(model, vocabularySize);
        long hits = 0;
        for (int id = 0; id < vocabularySize; id++) {
            hits += Math.min(peerCounts[id], modelCounts[id]);
        }
        return RougeScore.fromCounts(hits, peer.length, model.length);
    }

    private static RougeScore bigramScore(int[] peer, int[] model) {
        Map<Long, int[]> modelCounts = bigramCounts(model);
        Map<Long, int[]> peerCounts = bigramCounts(peer);
        long hits = 0;
        for (Map.Entry<Long, int[]> entry : modelCounts.entrySet()) {
            int[] peerCount = peerCounts.get(entry.getKey());
            if (peerCount != null) {
                hits += Math.min(peerCount[0], entry.getValue()[0]);
            }
        }
        // createNGram counts max(0, tokens - n + 1) n-grams.
        return RougeScore.fromCounts(hits, Math.max(0, peer.length - 1), Math.max(0, model.length - 1));
    }

    private static Map<Long, int[]> bigramCounts(int[] tokens) {
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            long key = ((long) tokens[i] << 32) | (tokens[i + 1] & 0xFFFFFFFFL);
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        return counts;
    }

    /**
     * Summary-level LCS as ROUGE-1.5.5's {@code lcs} computes it: for each reference sentence, the
     * union of the positions on an LCS with every candidate sentence, each position counted only
     * while the document-wide unigram counts of both sides still have that token left.
     */
    private static RougeScore lcsScore(int[][] peer, int[][] model, int[] peerTokens, int[] modelTokens,
            int vocabularySize) {
        int[] peerRemaining = counts(peerTokens, vocabularySize);
        int[] modelRemaining = counts(modelTokens, vocabularySize);
        long hits = 0;
        for (int[] modelSentence : model) {
            boolean[] hitMask = new boolean[modelSentence.length];
            for (int[] peerSentence : peer) {
                LcsMarking.mark(modelSentence, peerSentence, hitMask);
            }
            for (int i = 0; i < modelSentence.length; i++) {
                int token = modelSentence[i];
                if (hitMask[i] && modelRemaining[token] > 0 && peerRemaining[token] > 0) {
                    hits++;
                    modelRemaining[token]--;
                    peerRemaining[token]--;
                }
            }
        }
        return RougeScore.fromCounts(hits, peerTokens.length, modelTokens.length);
    }

    private static int[] counts(int[] tokens, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (int token : tokens) {
            counts[token]++;
        }
        return counts;
    }

    private static int[] concatenate(int[][] units) {
        int length = 0;
        for (int[] unit : units) {
            length += unit.length;
        }
        int[] all = new int[length];
        int position = 0;
        for (int[] unit : units) {
            System.arraycopy(unit, 0, all, position, unit.length);
            position += unit.length;
        }
        return all;
    }

    @Override
    public String toString() {
        return stemming ? "ROUGE-1.5.5 -m -n 2" : "ROUGE-1.5.5 -n 2";
    }

    /** Token strings to dense ids, per scoring call, so that the counting works on int arrays. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        int[][] encode(List<String[]> units) {
            int[][] encoded = new int[units.size()][];
            for (int u = 0; u < encoded.length; u++) {
                String[] unit = units.get(u);
                encoded[u] = new int[unit.length];
                for (int t = 0; t < unit.length; t++) {
                    encoded[u][t] = ids.computeIfAbsent(unit[t], k -> ids.size());
                }
            }
            return encoded;
        }

        int size() {
            return ids.size();
        }
    }
}
