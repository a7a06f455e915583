package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * Rates the sentences of an analysed article: the extension point for summarization algorithms.
 *
 * <p>A scorer only rates; choosing sentences under a length budget and restoring document order is
 * done by the summarizer for every scorer alike.
 *
 * <p>Contract for implementations: return exactly one finite score for each sentence of the
 * article ({@code scores.size() == article.sentences().size()}), for every article including one
 * without sentences; give the same scores for the same article every time; be safe to call from
 * many threads at once (the summarizer shares one scorer between all its callers).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SentenceScorer {

    /**
     * Scores every sentence of the article.
     *
     * @param article the analysed article, never null
     * @return one finite score per sentence, indexed like {@link Article#sentences()}
     */
    SentenceScores score(Article article);

    /**
     * Scores every sentence of the article for a summary of about {@code summarySentences}
     * sentences. The summarizer calls this method; scorers whose ranking does not depend on the
     * summary's length (all but {@link NutshellScorer}) need not override it.
     *
     * @param article the analysed article, never null
     * @param summarySentences about how many sentences the summary will have, {@code >= 1}
     * @return one finite score per sentence, indexed like {@link Article#sentences()}
     */
    default SentenceScores score(Article article, int summarySentences) {
        return score(article);
    }
}
