package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;

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

    /**
     * Whether the headline's words take part in the ranking: its phrases as candidates, its words
     * in the graph and first in position.
     *
     * @param words the article's words, the headline's included
     * @return whether to read the headline; by default yes
     */
    default boolean readsHeadline(ArticleWords words) {
        return true;
    }
}
