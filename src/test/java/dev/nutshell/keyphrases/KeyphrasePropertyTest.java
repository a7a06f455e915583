package dev.nutshell.keyphrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Summarizer;
import dev.nutshell.text.HostileText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keyphrases of random and odd text, from fixed seeds: always well formed, and the same twice. */
class KeyphrasePropertyTest {
    private static final Summarizer SUMMARIZER = Summarizer.builder().build();

    @Test
    void anyUnicodeGivesWellFormedKeyphrases() {
        Random random = new Random(14);
        for (int i = 0; i < 200; i++) {
            assertWellFormed(HostileText.anyUnicode(random, 400));
        }
    }

    @Test
    void sentenceLikeTextGivesWellFormedKeyphrases() {
        Random random = new Random(41);
        for (int i = 0; i < 100; i++) {
            assertWellFormed(HostileText.sentenceLike(random, 12));
        }
    }

    @Test
    void oddShapesGiveWellFormedKeyphrases() {
        for (String text : List.of("-", "a-", "-a-b-c-", "U.S.", "U.S.S.R. and U.K.", "e.g..", "a/b/c&d", "''''",
                "x".repeat(10_000), "state-of-the-art ".repeat(2_000), "東京都の新しい公園。東京都の公園。",
                "\uD83D\uDE00 emoji \uD83D\uDE00 text.", "lone \uD800 surrogate \uDC00 here.")) {
            assertWellFormed(text);
        }
    }

    private static void assertWellFormed(String text) {
        List<Keyphrase> keyphrases = SUMMARIZER.keyphrases(text, 10);
        assertEquals(keyphrases, SUMMARIZER.keyphrases(text, 10), "deterministic");
        assertTrue(keyphrases.size() <= 10);
        for (int k = 0; k < keyphrases.size(); k++) {
            Keyphrase keyphrase = keyphrases.get(k);
            assertFalse(keyphrase.text().isBlank());
            assertTrue(k == 0 || keyphrases.get(k - 1).score() >= keyphrase.score(), "best first");
            int previousEnd = 0;
            for (Keyphrase.Occurrence occurrence : keyphrase.occurrences()) {
                assertTrue(occurrence.start() >= previousEnd && occurrence.end() <= text.length(), () -> keyphrase + " in " + text);
                assertFalse(Character.isLowSurrogate(text.charAt(occurrence.start())), "no offset inside a surrogate pair");
                previousEnd = occurrence.end();
            }
        }
    }
}
