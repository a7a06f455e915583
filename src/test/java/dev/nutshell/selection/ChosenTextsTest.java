package dev.nutshell.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import dev.nutshell.internal.hashing.SeededHash;
import org.junit.jupiter.api.Test;

/** The set of chosen sentence texts that keeps a summary from repeating itself. */
class ChosenTextsTest {

    @Test
    void aTextIsInTheSetWhateverItsWhitespace() {
        Article article = TestArticles.ofSentences("The boats sail.", "The  boats\nsail.", "The boats rest.");
        ChosenTexts chosen = new ChosenTexts(article.sentences());

        assertTrue(chosen.add(0));
        assertFalse(chosen.add(1), "the same text wrapped differently");
        assertTrue(chosen.add(2));
    }

    /**
     * 160,000 sentences "Item N was sold today.": the input, whose repeat check began every
     * probe in the first 65,536 slots. Each addition looks at 3 slots or fewer, on average, with
     * each of five fixed hash seeds.
     */
    @Test
    void manySimilarSentencesCostAFewProbesEach() {
        int count = 160_000;
        String[] sentences = new String[count];
        for (int i = 0; i < count; i++) {
            sentences[i] = "Item " + i + " was sold today.";
        }
        Article article = TestArticles.ofSentences(sentences);
        for (long seed = 0; seed < 5; seed++) {
            ChosenTexts chosen = new ChosenTexts(article.sentences(), new SeededHash(seed));
            for (int i = 0; i < count; i++) {
                assertTrue(chosen.add(i));
            }
            assertTrue(chosen.probes() <= 3L * count, "seed " + seed + ": " + chosen.probes() + " probes for " + count + " additions");
        }
    }

    /** Whether a text is new depends on the texts only, not on the hash's random key. */
    @Test
    void theAnswersDoNotDependOnTheHashSeed() {
        String[] sentences = new String[600];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "Item " + (i % 250) + (i % 3 == 0 ? "  was sold." : " was sold.");
        }
        Article article = TestArticles.ofSentences(sentences);
        ChosenTexts one = new ChosenTexts(article.sentences(), new SeededHash(1));
        ChosenTexts other = new ChosenTexts(article.sentences(), new SeededHash(2));
        for (int i = 0; i < sentences.length; i++) {
            assertEquals(one.add(i), other.add(i), sentences[i]);
        }
    }

    /**
     * On random short texts over a few letters and every kind of whitespace (ASCII, the separators
     * U+001C to U+001F, no-break and em spaces, line separators), a text is new exactly when no
     * text added before equals it with all whitespace taken out.
     */
    @Test
    void aTextIsNewExactlyWhenNoEarlierTextEqualsItWithoutWhitespace() {
        char[] alphabet = {'a', 'b', '.', ' ', '\t', '\n', '\u000B', '\u001C', '\u001F', '\u00A0', '\u2003', '\u2028', '\u0085'};
        java.util.Random random = new java.util.Random(16);
        String[] sentences = new String[3_000];
        for (int i = 0; i < sentences.length; i++) {
            StringBuilder text = new StringBuilder("x");
            for (int k = random.nextInt(6); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            sentences[i] = text.toString();
        }
        Article article = TestArticles.ofSentences(sentences);
        ChosenTexts chosen = new ChosenTexts(article.sentences());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < sentences.length; i++) {
            String text = article.sentences().get(i).text();
            StringBuilder stripped = new StringBuilder();
            text.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(c -> stripped.append((char) c));
            assertEquals(seen.add(stripped.toString()), chosen.add(i), "\"" + text + "\"");
        }
    }
}
