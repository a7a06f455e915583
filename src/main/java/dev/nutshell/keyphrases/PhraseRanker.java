package dev.nutshell.keyphrases;

/**
 * Scores the candidate phrases of one article: what a {@link KeyphraseRanking} does after the
 * candidates are found. Implementations are immutable and thread-safe.
 */
interface PhraseRanker {
    /**
     * @param candidates the article's candidates, at least one
     * @return one finite score per candidate, higher is better
     */
    double[] score(Candidates candidates);

    /**
     * Whether a candidate whose words all lie, in order, inside a better one already chosen is
     * left out: "oil spill" after "biggest oil spill", which sums of word scores always rank higher.
     *
     * @param candidates the article's candidates
     * @return whether to leave such candidates out; by default not
     */
    default boolean dropsContainedPhrases(Candidates candidates) {
        return false;
    }

    /**
     * Which noun phrases the ranking wants: {@code ADJ* NOUN+}, or the longest runs of nouns and
     * adjectives that end with a noun ({@code "product mass balance equation"}, whose "balance"
     * the tagger calls an adjective).
     *
     * @param words the number of words of the article
     * @return whether to take the longest runs; by default not
     */
    default boolean wantsLongestRuns(int words) {
        return false;
    }
}
