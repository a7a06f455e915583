package dev.nutshell.internal;

import java.util.Arrays;

/**
 * TextRank's sentence similarity (Mihalcea and Tarau 2004, section 4.1, equation 3):
 * {@code sim(i, j) = |{t : t ∈ S_i and t ∈ S_j}| / (ln |S_i| + ln |S_j|)}, the number of distinct
 * shared terms over the sum of the logarithms of the sentence lengths in terms.
 *
 * <p>Where both sentences have one term the denominator is 0; the similarity is then the overlap
 * itself (1 if it is the same term, 0 otherwise), so identical one-word sentences are linked
 * rather than dividing by zero.
 *
 * <p>The product {@code W x} is computed without the n × n matrix: the denominator depends only on
 * the two lengths, so sentences are grouped by length and, for every shared term and length (a
 * <em>cell</em>), the sum of {@code x} over the sentences of that length containing the term is
 * formed once. What a cell's sentences see of a term with C cells is then
 * {@code Σ_b weight(a, b) × sum_b} over its C cells:
 * <ul>
 * <li>for a term with at most {@link #EXACT_CLASSES} = 64 cells, computed exactly, C² multiply-adds:
 * every term of ordinary prose (news articles stay far below; the figures do not change);
 * <li>for a term with more cells (sentences of many lengths sharing it: long documents, generated
 * text), through the separable approximation {@code weight(a, b) ≈ Σ_k w_k a^(−τ_k) b^(−τ_k)} of
 * {@link ExponentialSum} (K = 15): K sums over the cells, then K terms per cell, (2K + 1) × C
 * multiply-adds. Pairs of sentences of the same length keep their exact weight (a diagonal
 * correction), so only pairs of different lengths are approximated.
 * </ul>
 * One product therefore costs at most {@code 2P + 64 × Σ_t C_t <= 66 P} multiply-adds for P postings
 * of shared terms ({@link #multiplyAddsPerProduct()}), linear on every input; computing every term
 * exactly cost {@code O(P + Σ_t C_t²)}, up to O(P √P) when sentences of every length share their terms.
 *
 * <p>Error: every weight between sentences of different lengths through a term with more than 64
 * cells is within a relative {@link ExponentialSum#RELATIVE_ERROR} (3.2 × 10⁻¹¹) of the exact
 * {@code 1 / (ln a + ln b)}, all others are exact; for {@code x >= 0} (as PageRank multiplies) each
 * {@code y_i} is therefore within that relative error of the exact product, plus rounding.
 *
 * <p>Construction is O(P + V + L × min(L, 1024)) for V term ids and L distinct lengths (the exact
 * weights are tabled up to 1,024 lengths, see {@link LengthKernel}). The postings are also
 * grouped by sentence, so that the last step of a product sums each sentence's cells in a register
 * instead of scattering into {@code y}; the additions happen in the same order as a plain
 * posting-by-posting loop, so the results do not depend on the layout.
 *
 * <p>Not thread-safe: a product uses the instance's scratch space. Build one per scoring call.
 */
public final class WordOverlapSimilarity implements SimilarityOperator {
    /** Terms whose sentences have at most this many distinct lengths are weighed exactly. */
    static final int EXACT_CLASSES = 64;

    private final int size;
    private final int classes;
    private final LengthKernel kernel;
    /** The exact weights' table, {@code [a * classes + b]}, or null beyond {@link LengthKernel#TABLE_CLASSES} classes. */
    private final double[] coefficient;
    /** Per term slot, its cells {@code cellStart[k] .. cellStart[k+1])}. */
    private final int[] cellStart;
    /** Per cell, {@code classes × its length class}: the start of its row of coefficients; null without a table. */
    private final int[] cellRow;
    private final int[] cellClass;
    /** Per posting (grouped by term slot, ascending sentences within a term), its sentence and its cell. */
    private final int[] postingSentence;
    private final int[] postingCell;
    /** Per sentence, its cells {@code sentenceCells[sentenceCellStart[i] .. sentenceCellStart[i+1])}, by term slot. */
    private final int[] sentenceCellStart;
    private final int[] sentenceCells;
    /** Per sentence, its similarity coefficient with a sentence of its own length. */
    private final double[] selfCoefficient;
    /** Scratch: per cell, the sum of x over its sentences. */
    private final double[] cellSum;
    /** Scratch: per cell, the weighted sum of its term's cell sums that its sentences see. */
    private final double[] cellValue;
    /** Scratch: per exponential of the separable kernel, the sum over one term's cells. */
    private final double[] exponentialSum = new double[ExponentialSum.terms()];
    private final long multiplyAdds;

    /**
     * @param distinctTerms for each sentence, its distinct term ids
     * @param lengths for each sentence, its number of term occurrences (repetitions included)
     * @param vocabularySize the number of term ids
     */
    public WordOverlapSimilarity(int[][] distinctTerms, int[] lengths, int vocabularySize) {
        this.size = distinctTerms.length;
        SharedTermIndex index = SharedTermIndex.of(distinctTerms, vocabularySize);
        int[] distinctLengths = distinctPositive(lengths);
        this.classes = distinctLengths.length;
        int[] lengthClass = new int[size];
        for (int i = 0; i < size; i++) {
            lengthClass[i] = Math.max(0, Arrays.binarySearch(distinctLengths, lengths[i]));
        }
        this.kernel = new LengthKernel(distinctLengths);
        this.coefficient = kernel.table;
        Cells layout = Cells.of(index, lengthClass, classes);
        int[] postingCell = layout.postingCell;
        int cells = layout.cellClass.length;
        this.cellStart = layout.start;
        this.cellClass = layout.cellClass;
        this.cellRow = coefficient == null ? null : rows(cellClass, classes);
        this.postingSentence = index.postingSentence;
        this.postingCell = postingCell;
        this.sentenceCellStart = new int[size + 1];
        this.sentenceCells = group(index.postingSentence, postingCell, sentenceCellStart);
        this.selfCoefficient = new double[size];
        for (int i = 0; i < size; i++) {
            selfCoefficient[i] = classes == 0 ? 0 : kernel.coefficient(lengthClass[i], lengthClass[i]);
        }
        this.cellSum = new double[cells];
        this.cellValue = new double[cells];
        this.multiplyAdds = multiplyAdds(cellStart, postingSentence.length);
    }

    /** Per cell, the start of its row in the table of exact weights. */
    private static int[] rows(int[] cellClass, int classes) {
        int[] rows = new int[cellClass.length];
        for (int cell = 0; cell < rows.length; cell++) {
            rows[cell] = cellClass[cell] * classes;
        }
        return rows;
    }

    /**
     * The multiply-adds of one product: one per posting to sum the cells, one per posting for the
     * sentences' sums, and per term with C cells C² (exact) or (2K + 1) × C (separable).
     */
    private static long multiplyAdds(int[] cellStart, int postings) {
        long total = 2L * postings;
        for (int k = 0; k + 1 < cellStart.length; k++) {
            long cells = cellStart[k + 1] - cellStart[k];
            total += cells <= EXACT_CLASSES ? cells * cells : (2L * ExponentialSum.terms() + 1) * cells;
        }
        return total;
    }

    /** @return the number of multiply-adds one {@link #multiply} costs, at most {@code (EXACT_CLASSES + 2) × P} */
    long multiplyAddsPerProduct() {
        return multiplyAdds;
    }

    /**
     * The cells: for each term slot in order, one cell per length class among its postings, in
     * order of first appearance.
     *
     * @param start per term slot, its first cell; one longer than the number of slots
     * @param cellClass per cell, its length class
     * @param postingCell per posting, its cell
     */
    private record Cells(int[] start, int[] cellClass, int[] postingCell) {
        static Cells of(SharedTermIndex index, int[] lengthClass, int classes) {
            int slots = index.termSlots();
            int[] start = new int[slots + 1];
            int[] postingCell = new int[index.postingSentence.length];
            int[] cellClass = new int[postingCell.length];
            int[] cellOfClass = new int[classes];
            int[] stamp = new int[classes];
            Arrays.fill(stamp, -1);
            int cells = 0;
            for (int k = 0; k < slots; k++) {
                start[k] = cells;
                for (int p = index.termStart[k]; p < index.termStart[k + 1]; p++) {
                    int c = lengthClass[index.postingSentence[p]];
                    if (stamp[c] != k) {
                        stamp[c] = k;
                        cellOfClass[c] = cells;
                        cellClass[cells++] = c;
                    }
                    postingCell[p] = cellOfClass[c];
                }
            }
            start[slots] = cells;
            return new Cells(start, Arrays.copyOf(cellClass, cells), postingCell);
        }
    }

    /**
     * Groups {@code values} by {@code keys} (a counting sort that keeps the postings' order within
     * a group): fills {@code start}, one longer than the number of groups, and returns the values.
     */
    private static int[] group(int[] keys, int[] values, int[] start) {
        for (int key : keys) {
            start[key + 1]++;
        }
        for (int g = 1; g < start.length; g++) {
            start[g] += start[g - 1];
        }
        int[] fill = Arrays.copyOf(start, start.length - 1);
        int[] grouped = new int[values.length];
        for (int p = 0; p < keys.length; p++) {
            grouped[fill[keys[p]]++] = values[p];
        }
        return grouped;
    }

    /** The distinct positive values, ascending. */
    private static int[] distinctPositive(int[] lengths) {
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] > 0 && (count == 0 || sorted[i] != sorted[count - 1])) {
                sorted[count++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, count);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void multiply(double[] x, double[] y) {
        sumByCell(x);
        for (int k = 0; k + 1 < cellStart.length; k++) {
            int from = cellStart[k];
            int to = cellStart[k + 1];
            if (to - from > EXACT_CLASSES) {
                weighSeparably(from, to);
            } else if (coefficient != null) {
                weighTerm(from, to);
            } else {
                weighTermComputing(from, to);
            }
        }
        for (int i = 0; i < size; i++) {
            // Each cell's sum includes the sentence itself, which is no neighbour of its own.
            double own = selfCoefficient[i] * x[i];
            double sum = 0;
            for (int q = sentenceCellStart[i]; q < sentenceCellStart[i + 1]; q++) {
                sum += cellValue[sentenceCells[q]] - own;
            }
            y[i] = sum;
        }
    }

    private void sumByCell(double[] x) {
        // Posting by posting rather than cell by cell: most cells hold one or two sentences.
        Arrays.fill(cellSum, 0);
        for (int p = 0; p < postingCell.length; p++) {
            cellSum[postingCell[p]] += x[postingSentence[p]];
        }
    }

    /**
     * Turns the sums of the cells {@code [from, to)} of one term into what a sentence of each
     * cell's length sees: {@code Σ_b coefficient(a, b) × sum_b} over the term's cells b.
     */
    private void weighTerm(int from, int to) {
        if (to - from <= 2) {
            weighSmallTerm(from, to);
            return;
        }
        for (int cell = from; cell < to; cell++) {
            int row = cellRow[cell];
            double sum = 0;
            for (int other = from; other < to; other++) {
                sum += cellSum[other] * coefficient[row + cellClass[other]];
            }
            cellValue[cell] = sum;
        }
    }

    /**
     * {@link #weighTerm} for a term of one or two cells, most shared terms of prose (two or three
     * sentences): the same additions in the same order, from 0, without the loops, whose trip
     * counts of 1 or 2 the processor mispredicts.
     */
    private void weighSmallTerm(int from, int to) {
        int first = cellClass[from];
        double firstSum = cellSum[from];
        if (to - from == 1) {
            cellValue[from] = 0.0 + firstSum * coefficient[cellRow[from] + first];
            return;
        }
        int second = cellClass[from + 1];
        double secondSum = cellSum[from + 1];
        int firstRow = cellRow[from];
        int secondRow = cellRow[from + 1];
        cellValue[from] = 0.0 + firstSum * coefficient[firstRow + first] + secondSum * coefficient[firstRow + second];
        cellValue[from + 1] = 0.0 + firstSum * coefficient[secondRow + first] + secondSum * coefficient[secondRow + second];
    }

    /** {@link #weighTerm} with the weights computed rather than looked up: the same values, bit for bit. */
    private void weighTermComputing(int from, int to) {
        double[] logLength = kernel.logLength;
        for (int cell = from; cell < to; cell++) {
            double logRow = logLength[cellClass[cell]];
            double sum = 0;
            for (int other = from; other < to; other++) {
                sum += cellSum[other] * LengthKernel.exact(logRow, logLength[cellClass[other]]);
            }
            cellValue[cell] = sum;
        }
    }

    /**
     * {@link #weighTerm} through the separable kernel {@code Σ_k w_k a^(−τ_k) b^(−τ_k)}: K sums over
     * the term's cells, then K terms per cell, O(K × C) instead of O(C²). Cells of the same length
     * get the exact weight through the diagonal correction, so that subtracting a sentence's exact
     * self-weight in {@link #multiply} leaves only other sentences' approximated weights.
     */
    private void weighSeparably(int from, int to) {
        int terms = exponentialSum.length;
        LengthKernel.SeparableFactors separable = kernel.separableFactors();
        double[] factor = separable.factor;
        Arrays.fill(exponentialSum, 0);
        for (int cell = from; cell < to; cell++) {
            int base = cellClass[cell] * terms;
            double sum = cellSum[cell];
            for (int k = 0; k < terms; k++) {
                exponentialSum[k] += factor[base + k] * sum;
            }
        }
        double[] weightedFactor = separable.weightedFactor;
        for (int cell = from; cell < to; cell++) {
            int lengthClass = cellClass[cell];
            int base = lengthClass * terms;
            double value = separable.diagonalCorrection[lengthClass] * cellSum[cell];
            for (int k = 0; k < terms; k++) {
                value += weightedFactor[base + k] * exponentialSum[k];
            }
            cellValue[cell] = value;
        }
    }
}
