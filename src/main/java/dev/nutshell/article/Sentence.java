package dev.nutshell.article;

/**
 * One candidate sentence of an {@link Article}: its place in the text and its terms.
 *
 * <p>Terms are the article's normalised index terms (for English: lower-cased, stemmed, stop words
 * removed), given as ids into the article's vocabulary ({@link Article#term(int)}). They are offered
 * both in text order with repetitions ({@link #termAt(int)}) and as a bag of distinct ids in
 * increasing order with their counts ({@link #distinctTermAt(int)}, {@link #termFrequencyAt(int)}),
 * so scorers can compute overlaps and vectors without allocating.
 *
 * <p>Immutable and safe to share between threads. Every accessor is O(1).
 *
 * @since 0.1.0
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final int wordCount;
    private final int[] terms;
    private final int[] distinctTerms;
    private final int[] termFrequencies;

    /**
     * @param terms term ids in text order
     * @param distinctTerms the distinct ids of {@code terms}, increasing
     * @param termFrequencies how often each of {@code distinctTerms} occurs in {@code terms}
     */
    Sentence(int index, int start, int end, String text, int wordCount, int[] terms, int[] distinctTerms,
            int[] termFrequencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.wordCount = wordCount;
        this.terms = terms;
        this.distinctTerms = distinctTerms;
        this.termFrequencies = termFrequencies;
    }

    /** @return the sentence's position among the article's sentences, from 0 */
    public int index() {
        return index;
    }

    /** @return UTF-16 offset of the first character in {@link Article#text()} */
    public int start() {
        return start;
    }

    /** @return UTF-16 offset just past the last character in {@link Article#text()} */
    public int end() {
        return end;
    }

    /** @return the sentence verbatim, {@code article.text().substring(start(), end())} */
    public String text() {
        return text;
    }

    /** @return the number of words: maximal runs of non-whitespace characters, {@code >= 0} */
    public int wordCount() {
        return wordCount;
    }

    /** @return the number of term occurrences, repetitions included, {@code >= 0} */
    public int termCount() {
        return terms.length;
    }

    /**
     * @param position from 0 to {@code termCount() - 1}
     * @return the id of the term at that position, in text order
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    public int termAt(int position) {
        return terms[position];
    }

    /** @return the number of distinct terms, {@code >= 0} */
    public int distinctTermCount() {
        return distinctTerms.length;
    }

    /**
     * @param position from 0 to {@code distinctTermCount() - 1}
     * @return the id of the distinct term at that position; ids increase with the position
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    public int distinctTermAt(int position) {
        return distinctTerms[position];
    }

    /**
     * @param position from 0 to {@code distinctTermCount() - 1}
     * @return how often {@link #distinctTermAt(int) distinctTermAt(position)} occurs here, {@code >= 1}
     * @throws IndexOutOfBoundsException if the position is out of range
     */
    public int termFrequencyAt(int position) {
        return termFrequencies[position];
    }

    @Override
    public String toString() {
        return "Sentence[" + index + ", " + start + ".." + end + "]";
    }
}
