package dev.nutshell.scoring;

import java.util.List;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in algorithm's scorer keeps the {@link SentenceScorerContract}; a new built-in is covered by being listed. */
@ParameterizedClass(name = "{0}")
@MethodSource("builtIns")
class BuiltInScorerContractTest extends SentenceScorerContract {
    private final Algorithm algorithm;

    BuiltInScorerContractTest(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    static List<Algorithm> builtIns() {
        return Algorithm.builtIns();
    }

    @Override
    protected SentenceScorer scorer() {
        return algorithm.scorer();
    }
}
