package dev.nutshell.internal;

import static dev.nutshell.Interrupts.assertCancelledWhileInterrupted;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * TextRank's weighted PageRank {@code WS(i) = (1 - d) + d Σ_j w_ji / out_j WS(j)} from all ones, on
 * hand-made graphs whose fixed points are known in closed form.
 */
class PageRankTest {
    private static final double D = 0.85;
    /** Converge far below the assertion tolerance so closed forms can be checked to 1e-9. */
    private static final double TIGHT = 1e-13;

    @Test
    void nodesWithoutEdgesScoreExactlyOneMinusDamping() {
        double[][] w = new double[3][3];
        assertArrayEquals(new double[] {1 - D, 1 - D, 1 - D}, PageRank.weighted(NaiveGraph.operator(w), D, 1e-6, 100), 0);
        assertArrayEquals(new double[] {1 - 0.5, 1 - 0.5, 1 - 0.5},
                PageRank.weighted(NaiveGraph.operator(w), 0.5, 1e-6, 100), 0);
    }

    /** Two nodes linked by any weight w: {@code WS = (1 - d) + d (w / w) WS}, so WS = 1 from the start. */
    @Test
    void twoLinkedNodesScoreOneWhateverTheWeight() {
        for (double weight : new double[] {1e-6, 0.3, 1, 42}) {
            double[][] w = {{0, weight}, {weight, 0}};
            assertArrayEquals(new double[] {1, 1}, PageRank.weighted(NaiveGraph.operator(w), D, 1e-6, 100), 1e-15);
        }
    }

    /**
     * A star: centre c joined to three leaves with equal weights. {@code l = (1 - d) + d c / 3} and
     * {@code c = (1 - d) + 3 d l}, so {@code c = (1 + 3d) / (1 + d)} and
     * {@code l = (1 - d) + d (1 + 3d) / (3 (1 + d))}; the scores sum to n = 4.
     */
    @Test
    void aStarScoresItsCentreAndLeavesAsSolvedInClosedForm() {
        double[][] w = {{0, 2, 2, 2}, {2, 0, 0, 0}, {2, 0, 0, 0}, {2, 0, 0, 0}};
        double centre = (1 + 3 * D) / (1 + D);
        double leaf = (1 - D) + D * (1 + 3 * D) / (3 * (1 + D));
        double[] scores = PageRank.weighted(NaiveGraph.operator(w), D, TIGHT, 10_000);
        assertArrayEquals(new double[] {centre, leaf, leaf, leaf}, scores, 1e-9);
        assertEquals(4, centre + 3 * leaf, 1e-12);
    }

    /**
     * A path A - B - C with weights p and q: {@code WS_B = (1 - d) + d (WS_A + WS_C)} and
     * {@code WS_A = (1 - d) + d p / (p + q) WS_B}, {@code WS_C = (1 - d) + d q / (p + q) WS_B}, so
     * {@code WS_B = (1 + 2d) / (1 + d)}.
     */
    @Test
    void aPathWithUnequalWeightsScoresAsSolvedInClosedForm() {
        double p = 0.7;
        double q = 2.1;
        double[][] w = {{0, p, 0}, {p, 0, q}, {0, q, 0}};
        double middle = (1 + 2 * D) / (1 + D);
        double[] expected = {(1 - D) + D * p / (p + q) * middle, middle, (1 - D) + D * q / (p + q) * middle};
        assertArrayEquals(expected, PageRank.weighted(NaiveGraph.operator(w), D, TIGHT, 10_000), 1e-9);
    }

    /** One iteration from all ones: {@code WS_i = (1 - d) + d Σ_j w_ji / out_j}. */
    @Test
    void theIterationCapStopsAfterThatManyIterations() {
        double p = 0.7;
        double q = 2.1;
        double[][] w = {{0, p, 0}, {p, 0, q}, {0, q, 0}};
        double[] expected = {(1 - D) + D * p / (p + q), (1 - D) + D * 2, (1 - D) + D * q / (p + q)};
        assertArrayEquals(expected, PageRank.weighted(NaiveGraph.operator(w), D, TIGHT, 1), 1e-12);
    }

    @Test
    void aHugeToleranceStopsAfterOneIteration() {
        double[][] w = {{0, 0.7, 0}, {0.7, 0, 2.1}, {0, 2.1, 0}};
        assertArrayEquals(PageRank.weighted(NaiveGraph.operator(w), D, TIGHT, 1),
                PageRank.weighted(NaiveGraph.operator(w), D, 1e6, 100), 0);
    }

    /**
     * An irregular weighted graph of five nodes under the default settings (tolerance 1e-6, at most
     * 100 iterations) against the explicit dense power iteration with the same stopping rule.
     */
    @Test
    void anIrregularGraphMatchesTheExplicitPowerIteration() {
        double[][] w = {
            {0, 1.2, 0.3, 0, 0},
            {1.2, 0, 0.5, 0.9, 0},
            {0.3, 0.5, 0, 0, 2.0},
            {0, 0.9, 0, 0, 0.1},
            {0, 0, 2.0, 0.1, 0}};
        double[] expected = NaiveGraph.pageRank(w, D, 1e-6, 100);
        double[] actual = PageRank.weighted(NaiveGraph.operator(w), D, 1e-6, 100);
        assertArrayEquals(expected, actual, 1e-9);
        assertEquals(5, Arrays.stream(actual).sum(), 1e-4); // Σ WS = n when every node has an edge
    }

    @Test
    void anEmptyGraphHasNoScores() {
        assertEquals(0, PageRank.weighted(NaiveGraph.operator(new double[0][0]), D, 1e-6, 100).length);
    }

    /** Every iteration first checks the thread's interrupt status. */
    @Test
    void anInterruptedThreadStopsTheIteration() {
        double[][] w = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};

        assertCancelledWhileInterrupted(() -> PageRank.weighted(NaiveGraph.operator(w), D, 1e-6, 100));
    }
}
