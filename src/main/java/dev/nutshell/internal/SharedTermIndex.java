package dev.nutshell.internal;

/**
 * Postings of the terms that occur in at least two sentences, grouped by term: the only terms that
 * create edges in a term-overlap similarity graph. Terms of a single sentence are left out, which
 * keeps the products exact for sentences without neighbours (their row is exactly zero).
 */
final class SharedTermIndex {
    /** Postings of term slot {@code k} are {@code postingSentence[termStart[k] .. termStart[k+1])}. */
    final int[] termStart;
    /** The sentence of each posting. */
    final int[] postingSentence;
    /** The position of the posting's term in its sentence's distinct-term list. */
    final int[] postingPosition;

    private SharedTermIndex(int[] termStart, int[] postingSentence, int[] postingPosition) {
        this.termStart = termStart;
        this.postingSentence = postingSentence;
        this.postingPosition = postingPosition;
    }

    /**
     * @param distinctTerms for each sentence, its distinct term ids
     * @param vocabularySize the number of term ids
     */
    static SharedTermIndex of(int[][] distinctTerms, int vocabularySize) {
        int[] frequency = new int[vocabularySize];
        for (int[] terms : distinctTerms) {
            for (int term : terms) {
                frequency[term]++;
            }
        }
        int[] slot = new int[vocabularySize];
        int slots = 0;
        int postings = 0;
        for (int term = 0; term < vocabularySize; term++) {
            if (frequency[term] >= 2) {
                slot[term] = slots++;
                postings += frequency[term];
            } else {
                slot[term] = -1;
            }
        }
        int[] termStart = new int[slots + 1];
        for (int term = 0; term < vocabularySize; term++) {
            if (slot[term] >= 0) {
                termStart[slot[term] + 1] = frequency[term];
            }
        }
        for (int k = 0; k < slots; k++) {
            termStart[k + 1] += termStart[k];
        }
        int[] fill = termStart.clone();
        int[] postingSentence = new int[postings];
        int[] postingPosition = new int[postings];
        for (int sentence = 0; sentence < distinctTerms.length; sentence++) {
            int[] terms = distinctTerms[sentence];
            for (int position = 0; position < terms.length; position++) {
                int k = slot[terms[position]];
                if (k >= 0) {
                    postingSentence[fill[k]] = sentence;
                    postingPosition[fill[k]] = position;
                    fill[k]++;
                }
            }
        }
        return new SharedTermIndex(termStart, postingSentence, postingPosition);
    }

    int termSlots() {
        return termStart.length - 1;
    }
}
