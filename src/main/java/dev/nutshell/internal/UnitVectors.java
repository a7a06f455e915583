package dev.nutshell.internal;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;

/**
 * The sentences of an article as sparse TF-IDF vectors of unit length ({@code tf} counted in the
 * sentence, {@code idf} from {@link Article#inverseSentenceFrequency(int)}), so that the dot
 * product of two of them is their cosine similarity. A sentence without terms is the zero vector.
 *
 * <p>{@link #tfIdf(Article)} builds every vector at once, O(total terms); {@link #lazy(Article)}
 * builds each on first use, for callers that look at a few sentences only (selecting three
 * sentences of an article needs the vectors of a handful). Not thread-safe when lazy; one instance
 * per computation.
 */
public final class UnitVectors {
    /** How many times longer one term list must be than the other for a cosine to search it rather than merge. */
    static final int SEARCH_RATIO = 8;

    private final Article article;
    private final int[][] terms;
    private final double[][] weights;
    /**
     * The IDF by sentence frequency, 0 until computed: it depends on that frequency alone, which
     * takes few values, so this saves a logarithm per term of every vector built.
     */
    private final double[] idfByFrequency;
    private long comparisons;

    private UnitVectors(Article article) {
        this.article = article;
        int n = article.sentences().size();
        this.terms = new int[n][];
        this.weights = new double[n][];
        this.idfByFrequency = new double[n + 1];
    }

    /**
     * @param article the article
     * @return its sentences' unit TF-IDF vectors, all built now
     */
    public static UnitVectors tfIdf(Article article) {
        UnitVectors vectors = new UnitVectors(article);
        for (int i = 0; i < vectors.terms.length; i++) {
            vectors.build(i);
        }
        return vectors;
    }

    /**
     * @param article the article
     * @return its sentences' unit TF-IDF vectors, each built when first used
     */
    public static UnitVectors lazy(Article article) {
        return new UnitVectors(article);
    }

    private void build(int i) {
        Sentence sentence = article.sentences().get(i);
        int count = sentence.distinctTermCount();
        int[] ids = new int[count];
        double[] values = new double[count];
        double squares = 0;
        for (int k = 0; k < count; k++) {
            ids[k] = sentence.distinctTermAt(k);
            values[k] = sentence.termFrequencyAt(k) * inverseSentenceFrequency(ids[k]);
            squares += values[k] * values[k];
        }
        double norm = Math.sqrt(squares);
        for (int k = 0; k < count; k++) {
            values[k] /= norm;
        }
        weights[i] = values;
        terms[i] = ids;
    }

    /** {@link Article#inverseSentenceFrequency(int)}, the same bits, computed once per sentence frequency. */
    private double inverseSentenceFrequency(int termId) {
        int frequency = article.sentenceFrequency(termId);
        double idf = idfByFrequency[frequency];
        if (idf == 0) {
            idf = article.inverseSentenceFrequency(termId); // >= 1, so 0 means "not yet"
            idfByFrequency[frequency] = idf;
        }
        return idf;
    }

    private int[] termsOf(int i) {
        if (terms[i] == null) {
            build(i);
        }
        return terms[i];
    }

    /** @return the number of vectors (sentences) */
    public int size() {
        return terms.length;
    }

    /** @return the number of term ids, the vectors' dimension */
    public int dimension() {
        return article.vocabularySize();
    }

    /**
     * The cosine of two sentences, summed in ascending term id, so that the result is the same to
     * the last bit however it is computed: a merge of the two sorted term lists when their lengths
     * are alike, O(terms of both); when one is more than {@value #SEARCH_RATIO} times longer, each
     * term of the shorter is looked up in the longer by galloping (exponential, then binary,
     * search from the previous match), O(s log(l / s)) for lengths s and l. Selection compares
     * every candidate with the sentences chosen so far, and one of those may be huge.
     *
     * @param i a sentence index
     * @param j a sentence index
     * @return their cosine similarity, in [0, 1]
     */
    public double dot(int i, int j) {
        int[] a = termsOf(i);
        int[] b = termsOf(j);
        if (a.length > SEARCH_RATIO * (long) b.length) {
            return searchedDot(b, weights[j], a, weights[i]);
        }
        if (b.length > SEARCH_RATIO * (long) a.length) {
            return searchedDot(a, weights[i], b, weights[j]);
        }
        return mergedDot(a, weights[i], b, weights[j]);
    }

    private double mergedDot(int[] a, double[] aWeights, int[] b, double[] bWeights) {
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            int termA = a[x];
            int termB = b[y];
            if (termA == termB) {
                sum += aWeights[x++] * bWeights[y++];
            } else {
                // Steps without a branch: which list is behind is a coin toss the processor mispredicts.
                x += termA < termB ? 1 : 0;
                y += termA > termB ? 1 : 0;
            }
        }
        comparisons += x + y; // at least the number of steps; counted once, outside the loop
        return sum;
    }

    /** The dot product for a {@code shorter} list far shorter than {@code longer}; products commute exactly. */
    private double searchedDot(int[] shorter, double[] shorterWeights, int[] longer, double[] longerWeights) {
        double sum = 0;
        int from = 0;
        for (int x = 0; x < shorter.length && from < longer.length; x++) {
            int y = gallop(longer, from, shorter[x]);
            if (y < longer.length && longer[y] == shorter[x]) {
                sum += shorterWeights[x] * longerWeights[y];
                y++;
            }
            from = y;
        }
        return sum;
    }

    /** The first index at or after {@code from} whose id is at least {@code term}, or {@code ids.length}. */
    private int gallop(int[] ids, int from, int term) {
        int low = from; // every id in [from, low) is below term
        int step = 1;
        int steps = 0;
        while (low + step - 1 < ids.length && ids[low + step - 1] < term) {
            low += step;
            step *= 2;
            steps++;
        }
        int high = Math.min(ids.length, low + step - 1); // ids[high] >= term, or high is the end
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ids[middle] < term) {
                low = middle + 1;
            } else {
                high = middle;
            }
            steps++;
        }
        comparisons += steps;
        return low;
    }

    /**
     * @return the steps through term lists taken by every {@link #dot(int, int)} so far (ids passed
     *     in a merge, comparisons in a search): their cost, for tests
     */
    public long comparisons() {
        return comparisons;
    }

    /**
     * The dot product of a sentence's vector with a dense vector.
     *
     * @param i a sentence index
     * @param dense a vector of length {@link #dimension()}
     * @return {@code v_i · dense}
     */
    public double dot(int i, double[] dense) {
        int[] ids = termsOf(i);
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            sum += weights[i][k] * dense[ids[k]];
        }
        return sum;
    }

    /**
     * Adds a sentence's vector to a dense vector.
     *
     * @param i a sentence index
     * @param dense a vector of length {@link #dimension()}, updated in place
     */
    public void addTo(int i, double[] dense) {
        int[] ids = termsOf(i);
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] += weights[i][k];
        }
    }
}
