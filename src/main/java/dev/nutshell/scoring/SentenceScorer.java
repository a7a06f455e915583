package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * Rates the sentences of an analysed article: the extension point for summarization algorithms.
 *
 * <p>A scorer only rates; choosing sentences under a length budget and restoring document order is
 * done by the summarizer for every scorer alike. A scorer with the redundancy penalty its selection
 * should use by default is an {@link Algorithm}.
 *
 * <p>Contract for implementations: return exactly one finite score for each sentence of the
 * article ({@code scores.size() == article.sentences().size()}), for every article including one
 * without sentences and every context; give the same scores for the same article and context every
 * time; be safe to call from many threads at once (the summarizer shares one scorer between all
 * its callers). The test suite {@code SentenceScorerContract} checks this for every built-in
 * scorer.
 *
 * <p>One method, so a scorer can be a lambda. A scorer that wraps another passes the context on,
 * {@code (article, context) -> inner.score(article, context)}, and then scores exactly as the
 * scorer it wraps.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SentenceScorer {

    /**
     * Scores every sentence of the article for the summary the context describes.
     *
     * @param article the analysed article, never null
     * @param context what is known of the summary, such as its length; never null
     * @return one finite score per sentence, indexed like {@link Article#sentences()}
     */
    SentenceScores score(Article article, ScoringContext context);
}
