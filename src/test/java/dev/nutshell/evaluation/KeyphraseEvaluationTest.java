package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyphraseEvaluationTest {

    /** The protocol's own examples, and words where NLTK's Porter differs from others. */
    @Test
    void phrasesAreLowerCasedTokenizedAndStemmedAsNltkStemsThem() {
        assertEquals("information-bas semant", KeyphraseEvaluation.normalise("Information-Based Semantics"));
        assertEquals("sensor network", KeyphraseEvaluation.normalise("sensors networks"));
        assertEquals("u. . tanker spill", KeyphraseEvaluation.normalise("U.S. tanker spill"));
        assertEquals("out-of-print book", KeyphraseEvaluation.normalise("out-of-print books"));
        assertEquals("die sky", KeyphraseEvaluation.normalise("dying skies"));
        assertEquals("gener", KeyphraseEvaluation.normalise("generalization"));
        assertEquals("", KeyphraseEvaluation.normalise("  "));
    }

    @Test
    void theStemmerFollowsTheNltkVariantRuleByRule() {
        List<String[]> cases = List.of(
                new String[] {"caresses", "caress"}, new String[] {"ponies", "poni"}, new String[] {"ties", "tie"},
                new String[] {"agreed", "agre"}, new String[] {"plastered", "plaster"}, new String[] {"motoring", "motor"},
                new String[] {"hopping", "hop"}, new String[] {"filing", "file"}, new String[] {"happy", "happi"},
                new String[] {"relational", "relat"}, new String[] {"triplicate", "triplic"}, new String[] {"revival", "reviv"},
                new String[] {"adoption", "adopt"}, new String[] {"controll", "control"}, new String[] {"roll", "roll"},
                new String[] {"analogousli", "analog"}, new String[] {"news", "news"}, new String[] {"is", "is"});
        for (String[] word : cases) {
            assertEquals(word[1], NltkPorterStemmer.stem(word[0]), word[0]);
        }
    }

    /** 2 of the top 3 predictions match (duplicates after stemming count once), of 4 gold phrases. */
    @Test
    void precisionCountsThePredictionsReturnedAndRecallEveryGoldPhrase() {
        List<String> predicted = List.of("Neural Networks", "neural network", "deep learning", "cats");
        List<String> gold = List.of("neural network", "deep learning", "backpropagation", "GPUs");

        KeyphraseScore atTen = KeyphraseEvaluation.score(predicted, gold, 10);
        KeyphraseScore atOne = KeyphraseEvaluation.score(predicted, gold, 1);

        assertEquals(2.0 / 3, atTen.precision(), 1e-12);
        assertEquals(0.5, atTen.recall(), 1e-12);
        assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), atTen.f1(), 1e-12);
        assertEquals(new KeyphraseScore(1, 0.25, 0.4), atOne);
        assertEquals(new KeyphraseScore(0, 0, 0), KeyphraseEvaluation.score(List.of(), gold, 5));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KeyphraseEvaluation.score(List.of("a"), List.of("a"), 0));
        assertThrows(IllegalArgumentException.class, () -> KeyphraseEvaluation.score(List.of("a"), List.of(" "), 5));
    }
}
