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
 * the two lengths, so sentences are grouped by length and, for every shared term and length, the
 * sum of {@code x} over the sentences of that length containing the term is formed once. One
 * product costs O(P × C) for P postings of shared terms and C distinct lengths among the sentences
 * sharing a term: near-linear on prose, where C stays below about 60, and at worst O(P × √P) when
 * sentences of every length share terms.
 */
public final class WordOverlapSimilarity implements SimilarityOperator {
    private final int size;
    private final SharedTermIndex index;
    private final double[][] coefficient;
    private final int[] lengthClass;
    /** Per term slot, the cells {@code cellStart[k] .. cellStart[k+1])} of (term, length class) sums. */
    private final int[] cellStart;
    private final int[] cellClass;
    /** The cell of each posting. */
    private final int[] postingCell;
    /** Per sentence, its similarity coefficient with a sentence of its own length. */
    private final double[] selfCoefficient;

    /**
     * @param distinctTerms for each sentence, its distinct term ids
     * @param lengths for each sentence, its number of term occurrences (repetitions included)
     * @param vocabularySize the number of term ids
     */
    public WordOverlapSimilarity(int[][] distinctTerms, int[] lengths, int vocabularySize) {
        this.size = distinctTerms.length;
        this.index = SharedTermIndex.of(distinctTerms, vocabularySize);
        int[] distinctLengths = Arrays.stream(lengths).filter(length -> length > 0).distinct().sorted().toArray();
        this.lengthClass = new int[size];
        for (int i = 0; i < size; i++) {
            lengthClass[i] = Math.max(0, Arrays.binarySearch(distinctLengths, lengths[i]));
        }
        this.coefficient = coefficients(distinctLengths);
        int slots = index.termSlots();
        int postings = index.postingSentence.length;
        this.cellStart = new int[slots + 1];
        this.postingCell = new int[postings];
        int[] cellClassBuffer = new int[postings];
        int[] cellOfClass = new int[distinctLengths.length];
        int[] stamp = new int[distinctLengths.length];
        Arrays.fill(stamp, -1);
        int cells = 0;
        for (int k = 0; k < slots; k++) {
            cellStart[k] = cells;
            for (int p = index.termStart[k]; p < index.termStart[k + 1]; p++) {
                int c = lengthClass[index.postingSentence[p]];
                if (stamp[c] != k) {
                    stamp[c] = k;
                    cellOfClass[c] = cells;
                    cellClassBuffer[cells++] = c;
                }
                postingCell[p] = cellOfClass[c];
            }
        }
        cellStart[slots] = cells;
        this.cellClass = Arrays.copyOf(cellClassBuffer, cells);
        this.selfCoefficient = new double[size];
        for (int i = 0; i < size; i++) {
            selfCoefficient[i] = coefficient.length == 0 ? 0 : coefficient[lengthClass[i]][lengthClass[i]];
        }
    }

    private static double[][] coefficients(int[] distinctLengths) {
        int classes = distinctLengths.length;
        double[][] coefficient = new double[classes][classes];
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b < classes; b++) {
                double denominator = StrictMath.log(distinctLengths[a]) + StrictMath.log(distinctLengths[b]);
                coefficient[a][b] = denominator > 0 ? 1 / denominator : 1;
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
        double[] cellSum = new double[cellClass.length];
        int[] postingSentence = index.postingSentence;
        for (int p = 0; p < postingSentence.length; p++) {
            cellSum[postingCell[p]] += x[postingSentence[p]];
        }
        // For every cell (term, class a): the similarity-weighted sum seen by a sentence of class a.
        double[] cellValue = new double[cellClass.length];
        for (int k = 0; k + 1 < cellStart.length; k++) {
            for (int cell = cellStart[k]; cell < cellStart[k + 1]; cell++) {
                double[] row = coefficient[cellClass[cell]];
                double sum = 0;
                for (int other = cellStart[k]; other < cellStart[k + 1]; other++) {
                    sum += cellSum[other] * row[cellClass[other]];
                }
                cellValue[cell] = sum;
            }
        }
        Arrays.fill(y, 0);
        for (int p = 0; p < postingSentence.length; p++) {
            int sentence = postingSentence[p];
            // The cell's sum includes the sentence itself, which is no neighbour of its own.
            y[sentence] += cellValue[postingCell[p]] - selfCoefficient[sentence] * x[sentence];
        }
    }
}
