package dev.nutshell.evaluation;

import java.util.Objects;

/**
 * The ROUGE-1, ROUGE-2 and ROUGE-L scores of one candidate summary against its reference, the
 * three figures of ROUGE-1.5.5's {@code -n 2} run (ROUGE-L being on by default).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rouge1 unigram overlap, not null
 * @param rouge2 bigram overlap, not null
 * @param rougeL summary-level longest common subsequence (union LCS over reference sentences), not null
 * @since 0.1.0
 */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {
    private static final RougeScores ZERO = new RougeScores(RougeScore.zero(), RougeScore.zero(), RougeScore.zero());

    /**
     * @param rouge1 not null
     * @param rouge2 not null
     * @param rougeL not null
     * @throws NullPointerException if a component is null
     */
    public RougeScores {
        Objects.requireNonNull(rouge1, "rouge1");
        Objects.requireNonNull(rouge2, "rouge2");
        Objects.requireNonNull(rougeL, "rougeL");
    }

    /** @return scores with every component 0, what an empty candidate or reference gets */
    public static RougeScores zero() {
        return ZERO;
    }
}
