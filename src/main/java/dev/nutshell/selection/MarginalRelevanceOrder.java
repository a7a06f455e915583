package dev.nutshell.selection;

import dev.nutshell.article.Article;
import dev.nutshell.internal.Interruption;
import dev.nutshell.internal.UnitVectors;
import dev.nutshell.scoring.SentenceScores;
import java.util.PriorityQueue;

/**
 * Maximal marginal relevance (Carbonell and Goldstein 1998): candidates in decreasing order of
 * {@code (1 − λ) × score / max|score| − λ × max similarity to the sentences accepted so far},
 * scores being divided by their maximum magnitude {@code max|score|} (not their maximum: a scorer
 * may give negative scores) and similarity being the cosine of TF-IDF vectors; ties go to the
 * earlier sentence. A near repeat of
 * a chosen sentence (cosine at least {@value #REPEAT}) comes after every other candidate, whatever
 * its score, so that a summary says nothing twice while anything else is left to say.
 *
 * <p>Lazy greedy: a candidate's value can only fall as sentences are accepted, so a value computed
 * earlier is an upper bound, and a candidate is re-evaluated only when it reaches the top of the
 * queue. Candidates are compared with the first {@value #COMPARED} sentences accepted only: exact
 * for every summary of up to that many sentences, and it bounds the cost for very long summaries
 * at O(n log n) plus {@value #COMPARED} cosines per candidate, instead of growing with n².
 *
 * <p>Not thread-safe; one instance per selection.
 */
final class MarginalRelevanceOrder implements CandidateOrder {
    /** The cosine from which a sentence counts as saying again what a chosen one said. */
    static final double REPEAT = 0.9;

    /** How many accepted sentences a candidate is compared with, at most. */
    static final int COMPARED = 100;

    private record Candidate(double value, int index, int acceptedWhenValued) {
    }

    private final UnitVectors vectors;
    private final double[] relevance;
    private final double redundancy;
    private final double[] maxSimilarity;
    private final int[] comparedWith;
    private final int[] accepted;
    private int acceptedCount;
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>((a, b) ->
            a.value() > b.value() ? -1 : a.value() < b.value() ? 1 : Integer.compare(a.index(), b.index()));

    MarginalRelevanceOrder(Article article, SentenceScores scores, double redundancy) {
        int n = scores.size();
        this.vectors = UnitVectors.lazy(article);
        this.redundancy = redundancy;
        this.relevance = scores.stream().toArray();
        double largest = 0;
        for (double value : relevance) {
            largest = Math.max(largest, Math.abs(value));
        }
        for (int i = 0; i < n; i++) {
            relevance[i] = largest > 0 ? relevance[i] / largest : 0;
        }
        this.maxSimilarity = new double[n];
        this.comparedWith = new int[n];
        this.accepted = new int[n];
        for (int i = 0; i < n; i++) {
            queue.add(new Candidate((1 - redundancy) * relevance[i], i, 0));
        }
    }

    @Override
    public int next() {
        int revalued = 0;
        while (!queue.isEmpty()) {
            if ((++revalued & SentenceSelector.CHECK_INTERVAL) == 0) {
                Interruption.check(SentenceSelector.WORK); // one call may re-value many candidates
            }
            Candidate top = queue.poll();
            if (top.acceptedWhenValued() == Math.min(acceptedCount, COMPARED)) {
                return top.index();
            }
            queue.add(revalue(top.index()));
        }
        return -1;
    }

    @Override
    public void accept(int index) {
        accepted[acceptedCount++] = index;
    }

    /** @return the term ids compared in cosines so far: the cost of the revaluations, for tests */
    long comparisons() {
        return vectors.comparisons();
    }

    private Candidate revalue(int index) {
        int compared = Math.min(acceptedCount, COMPARED);
        for (int k = comparedWith[index]; k < compared; k++) {
            maxSimilarity[index] = Math.max(maxSimilarity[index], vectors.dot(index, accepted[k]));
        }
        comparedWith[index] = compared;
        double value = (1 - redundancy) * relevance[index] - redundancy * maxSimilarity[index];
        if (maxSimilarity[index] >= REPEAT) {
            value -= 2; // below every candidate that is no repeat, whose value is at least -1
        }
        return new Candidate(value, index, compared);
    }
}
