package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.internal.hashing.SeededHash;
import dev.nutshell.testing.CollidingWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache of word forms for keyphrase analysis, on its own and behind the analyzer. */
class WordFormsTest {
    private final WordForms forms = new WordForms(new SeededHash(14));

    private static WordForms.Form form(String key) {
        return new WordForms.Form(key, 0, false, false, key, null, 0, NeighbourWeights.NONE, 0, 0, 0, 0, 0);
    }

    private WordForms.Form find(String word) {
        char[] chars = (" " + word + " ").toCharArray();
        return forms.find(chars, 1, chars.length - 1);
    }

    private WordForms.Form add(String word, WordForms.Form form) {
        assertNull(find(word), word + " was cached already");
        char[] chars = word.toCharArray();
        return forms.add(chars, 0, chars.length, form);
    }

    @Test
    void aFormFoundAgainIsTheOneCachedAndFormsDifferingInCaseAreNot() {
        WordForms.Form apple = add("Apple", form("appl"));
        assertSame(apple, find("Apple"));
        assertNull(find("apple"));
        assertNull(find("Appl"));
        assertNull(find("Apples"));
    }

    /**
     * Short Latin-1 forms are packed into numbers, others pooled as characters: each form is found
     * as itself only, across that line (eight and nine characters, U+00FF and U+0100, U+0000, and
     * eight U+00FF, whose packing is all ones).
     */
    @Test
    void packedAndPooledFormsAreEachFoundAsThemselvesOnly() {
        List<String> words = List.of("a", "ab", "abcdefgh", "abcdefghi", "abcdefg", "\u00ffabc", "\u0100abc", "a\u0000",
                "\u0000a", "\u00ff".repeat(8), "\u00ff".repeat(7), "\u00ff".repeat(9), "caf\u00e9", "東京", "x");
        for (String word : words) {
            add(word, form(word));
        }
        for (String word : words) {
            assertEquals(word, find(word).key(), word);
        }
        for (String absent : List.of("b", "abcdefgha", "abcdefghij", "\u00feabc", "a\u0000\u0000", "\u00ff".repeat(6), "東")) {
            assertNull(find(absent), absent);
        }
    }

    /** The recent generation is full after {@value WordForms#GENERATION_SIZE} forms; then it becomes the older. */
    @Test
    void aFormUsedInTheLastGenerationStaysAndOneUnusedForTwoIsDropped() {
        WordForms.Form kept = add("kept", form("kept"));
        WordForms.Form dropped = add("dropped", form("dropped"));
        for (int word = 0; word < 2 * WordForms.GENERATION_SIZE; word++) {
            add("w" + word, form("w" + word));
            if (word == WordForms.GENERATION_SIZE) {
                assertSame(kept, find("kept")); // in the older generation: moves back to the recent one
            }
        }
        assertSame(kept, find("kept"));
        assertNull(find("dropped"));
        assertSame(dropped, add("dropped", dropped));
    }

    /** 4,096 words with the same {@code String.hashCode}: a lookup still looks at about two slots. */
    @Test
    void wordsWithEqualStringHashesCostFewProbes() {
        List<String> words = CollidingWords.ofBlocks(12);
        for (String word : words) {
            add(word, form(word));
        }
        long before = forms.probes();
        for (String word : words) {
            assertEquals(word, find(word).key());
        }
        double perLookup = (double) (forms.probes() - before) / words.size();
        assertTrue(perLookup < 4, "slots per lookup: " + perLookup);
    }

    /** The second analysis reads every word from the cache, filled by thousands of other words in between. */
    @Test
    void wordsReadFromTheCacheAreTheWordsReadAnew() {
        StandardTextAnalyzer analyzer = StandardTextAnalyzer.shared();
        String text = "The biggest oil spill in U.S. history fouled 1,300 miles of Alaska's coastline. "
                + "Exxon said the cleanup of Prince William Sound would cost the company $2.5 billion.";
        Article article = analyzer.analyze(text);
        ArticleWords first = analyzer.words(article);
        StringBuilder other = new StringBuilder();
        for (int word = 0; word < 3 * WordForms.GENERATION_SIZE; word++) {
            other.append("Word").append(word).append(word % 12 == 11 ? ". " : " ");
        }
        analyzer.words(analyzer.analyze(other.toString()));
        ArticleWords again = analyzer.words(article);
        assertEquals(first.size(), again.size());
        for (int word = 0; word < first.size(); word++) {
            assertEquals(first.key(word), again.key(word));
            assertEquals(first.partOfSpeech(word), again.partOfSpeech(word));
            assertEquals(first.isStopWord(word), again.isStopWord(word));
            assertEquals(first.isCommon(word), again.isCommon(word));
            assertEquals(first.isGenericModifier(word), again.isGenericModifier(word));
        }
        assertTrue(first.isGenericModifier(1), "biggest");
    }
}
