package dev.nutshell;

import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.SentenceScorer;
import dev.nutshell.scoring.SentenceScorerContract;

/**
 * A scorer of a user's own, as a lambda wrapping the default scorer, keeps the {@link SentenceScorerContract}:
 * how a user's scorer test, in a package of its own, uses the suite.
 */
class WrappedScorerContractTest extends SentenceScorerContract {

    @Override
    protected SentenceScorer scorer() {
        SentenceScorer inner = Algorithm.NUTSHELL.scorer();
        return (article, context) -> inner.score(article, context);
    }
}
