package dev.nutshell.internal;

/**
 * A symmetric sentence-similarity graph seen as the linear map it defines: {@code y = W x} with
 * {@code W[i][j]} the similarity of sentences {@code i} and {@code j} for {@code i != j} and
 * {@code W[i][i] = 0}.
 *
 * <p>Implementations compute the product without materialising {@code W}, so the cost of one
 * product is linear in the number of term occurrences rather than quadratic in the number of
 * sentences. Instances are not thread-safe (a product may use scratch space of the instance):
 * build one per scoring call, and multiply from one thread.
 */
public interface SimilarityOperator {

    /** @return the number of sentences (nodes) */
    int size();

    /**
     * Computes {@code y = W x}.
     *
     * @param x input vector of length {@link #size()}, not modified
     * @param y output vector of length {@link #size()}, overwritten
     */
    void multiply(double[] x, double[] y);
}
