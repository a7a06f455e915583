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
}
