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
 * formed once. One product costs O(P + Σ_t C_t²) for P postings of shared terms and C_t distinct
 * lengths among the sentences sharing term t: near-linear on prose, where C_t stays below about 60,
 * and at worst O(P × √P) when sentences of every length share terms.
 *
 * <p>Construction is O(P + V + L²) for V term ids and L distinct lengths. The postings are also
 * grouped by sentence, so that the last step of a product sums each sentence's cells in a register
 * instead of scattering into {@code y}; the additions happen in the same order as a plain
 * posting-by-posting loop, so the results do not depend on the layout.
 *
 * <p>Not thread-safe: a product uses the instance's scratch space. Build one per scoring call.
 */
public final class WordOverlapSimilarity implements SimilarityOperator {
    private final int size;
    private final int classes;
    /** {@code coefficient[a * classes + b]}: the similarity weight of one shared term between lengths a and b. */
    private final double[] coefficient;
    /** Per term slot, its cells {@code cellStart[k] .. cellStart[k+1])}. */
    private final int[] cellStart;
    /** Per cell, {@code classes × its length class}: the start of its row of coefficients. */
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
        this.coefficient = coefficients(distinctLengths);
        Cells layout = Cells.of(index, lengthClass, classes);
        int[] postingCell = layout.postingCell;
        int cells = layout.cellClass.length;
        this.cellStart = layout.start;
        this.cellClass = layout.cellClass;
        this.cellRow = new int[cells];
        for (int cell = 0; cell < cells; cell++) {
            cellRow[cell] = cellClass[cell] * classes;
        }
        this.postingSentence = index.postingSentence;
        this.postingCell = postingCell;
        this.sentenceCellStart = new int[size + 1];
        this.sentenceCells = group(index.postingSentence, postingCell, sentenceCellStart);
        this.selfCoefficient = new double[size];
        for (int i = 0; i < size; i++) {
            selfCoefficient[i] = classes == 0 ? 0 : coefficient[lengthClass[i] * classes + lengthClass[i]];
        }
        this.cellSum = new double[cells];
        this.cellValue = new double[cells];
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

    /** {@code 1 / (ln a + ln b)} for every pair of lengths, or 1 where both are 1. */
    private static double[] coefficients(int[] distinctLengths) {
        int classes = distinctLengths.length;
        double[] logLength = new double[classes];
        for (int a = 0; a < classes; a++) {
            logLength[a] = StrictMath.log(distinctLengths[a]);
        }
        double[] coefficient = new double[classes * classes];
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
                double denominator = logLength[a] + logLength[b];
                coefficient[a * classes + b] = denominator > 0 ? 1 / denominator : 1;
            }
        }
        return coefficient;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void multiply(double[] x, double[] y) {
        sumByCell(x);
        for (int k = 0; k + 1 < cellStart.length; k++) {
            weighTerm(cellStart[k], cellStart[k + 1]);
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
        for (int cell = from; cell < to; cell++) {
            int row = cellRow[cell];
            double sum = 0;
            for (int other = from; other < to; other++) {
                sum += cellSum[other] * coefficient[row + cellClass[other]];
            }
            cellValue[cell] = sum;
        }
    }
}
