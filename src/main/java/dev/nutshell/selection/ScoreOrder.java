package dev.nutshell.selection;

import dev.nutshell.scoring.SentenceScores;
import java.util.Arrays;

/**
 * Sentences by decreasing score, ties to the earlier sentence; equal scores ({@code -0.0} and
 * {@code 0.0} included) compare numerically. O(n log n) once. Not thread-safe.
 */
final class ScoreOrder implements CandidateOrder {
    private final Integer[] byRank;
    private int position;

    ScoreOrder(SentenceScores scores) {
        byRank = new Integer[scores.size()];
        Arrays.setAll(byRank, i -> i);
        Arrays.sort(byRank, (a, b) -> {
            double scoreA = scores.get(a);
            double scoreB = scores.get(b);
            return scoreA > scoreB ? -1 : scoreA < scoreB ? 1 : Integer.compare(a, b);
        });
    }

    @Override
    public int next() {
        return position < byRank.length ? byRank[position++] : -1;
    }

    @Override
    public void accept(int index) {
        // The order does not depend on what was taken.
    }
}
