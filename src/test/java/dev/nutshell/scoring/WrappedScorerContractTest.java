package dev.nutshell.scoring;

/**
 * A scorer of a user's own, as a lambda wrapping the default scorer, keeps the {@link SentenceScorerContract}:
 * how a user's scorer test uses the suite.
 */
class WrappedScorerContractTest extends SentenceScorerContract {

    @Override
    protected SentenceScorer scorer() {
        SentenceScorer inner = Algorithm.NUTSHELL.scorer();
        return (article, context) -> inner.score(article, context);
    }
}
