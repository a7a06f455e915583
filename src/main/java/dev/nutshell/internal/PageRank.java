package dev.nutshell.internal;

/**
 * Weighted PageRank by power iteration, in the form TextRank uses (Mihalcea and Tarau 2004,
 * equation 2): {@code WS(i) = (1 - d) + d × Σ_j w_ji / out(j) × WS(j)} with {@code out(j) = Σ_k w_jk},
 * starting from 1 for every node. A node without edges keeps {@code 1 - d}.
 *
 * <p>Stops when no score changes by {@code tolerance} or more, or after {@code maxIterations}
 * products, whichever comes first. Every iteration first checks the thread's interrupt status
 * ({@link Interruption}). Stateless; O(iterations × cost of one product).
 */
public final class PageRank {

    private PageRank() {
    }

    /**
     * @param graph the symmetric similarity graph
     * @param damping the damping factor d, in (0, 1)
     * @param tolerance the convergence threshold, {@code > 0}
     * @param maxIterations the most products computed, {@code >= 1}
     * @return the score of every node, each in {@code [1 - d, ∞)}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static double[] weighted(SimilarityOperator graph, double damping, double tolerance, int maxIterations) {
        double[] uniform = new double[graph.size()];
        java.util.Arrays.fill(uniform, 1);
        return weighted(graph, damping, tolerance, maxIterations, uniform);
    }

    /**
     * Personalised ("topic-sensitive", Haveliwala 2002) weighted PageRank: the random jump lands on
     * node {@code i} in proportion to {@code teleport[i]},
     * {@code WS(i) = (1 - d) × teleport[i] + d × Σ_j w_ji / out(j) × WS(j)}. With every
     * {@code teleport[i] = 1} this is {@link #weighted(SimilarityOperator, double, double, int)}, bit
     * for bit; teleport weights summing to {@code n} keep the scores on the same scale.
     *
     * @param graph the symmetric similarity graph
     * @param damping the damping factor d, in (0, 1)
     * @param tolerance the convergence threshold, {@code > 0}
     * @param maxIterations the most products computed, {@code >= 1}
     * @param teleport the jump weight of every node, each {@code >= 0}, not modified
     * @return the score of every node
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static double[] weighted(SimilarityOperator graph, double damping, double tolerance, int maxIterations,
            double[] teleport) {
        int n = graph.size();
        double[] outWeight = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        graph.multiply(ones, outWeight);
        double[] score = teleport.clone();
        double[] share = new double[n];
        double[] incoming = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            Interruption.check("PageRank");
            for (int j = 0; j < n; j++) {
                share[j] = outWeight[j] > 0 ? score[j] / outWeight[j] : 0;
            }
            graph.multiply(share, incoming);
            double change = 0;
            for (int i = 0; i < n; i++) {
                double next = (1 - damping) * teleport[i] + damping * incoming[i];
                change = Math.max(change, Math.abs(next - score[i]));
                score[i] = next;
            }
            if (change < tolerance) {
                break;
            }
        }
        return score;
    }
}
