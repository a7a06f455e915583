package dev.nutshell.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of an article as a builder takes them: each checked against its sentence. */
class ArticleWordsTest {
    private static final String TEXT = "Oil spilled. Crews came.";
    private static final Article ARTICLE = Article.builder(TEXT)
            .addSentence(0, 12, List.of("oil", "spill"), 2)
            .addSentence(13, 24, List.of("crew", "came"), 2)
            .build();

    @Test
    void wordsKeepTheirSpansKeysTagsAndAWordStartingASentenceHasABoundaryBefore() {
        ArticleWords words = ArticleWords.builder(ARTICLE, true)
                .add(0, 0, 3, "oil", PartOfSpeech.NOUN, 0)
                .add(0, 4, 11, "spill", PartOfSpeech.VERB, 0)
                .add(1, 13, 18, "crew", PartOfSpeech.NOUN, 0)
                .add(1, 19, 23, "came", PartOfSpeech.VERB, 0)
                .build();
        assertEquals(4, words.size());
        assertEquals(List.of("oil", "spill", "crew", "came"), List.of(words.key(0), words.key(1), words.key(2), words.key(3)));
        assertEquals(19, words.start(3));
        assertEquals(23, words.end(3));
        assertEquals(PartOfSpeech.VERB, words.partOfSpeech(1));
        assertTrue(words.boundaryBefore(0) && !words.boundaryBefore(1) && words.boundaryBefore(2) && !words.boundaryBefore(3));
    }

    /** Many words, more than a builder first makes room for, in one sentence: all kept, in order. */
    @Test
    void aBuilderTakesMoreWordsThanItFirstMadeRoomFor() {
        String text = "a ".repeat(5_000).trim();
        Article article = Article.builder(text).addSentence(0, text.length(), List.of("a"), 5_000).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, false);
        for (int word = 0; word < 5_000; word++) {
            builder.add(0, 2 * word, 2 * word + 1, "a", PartOfSpeech.UNKNOWN, 0);
        }
        ArticleWords words = builder.build();
        assertEquals(5_000, words.size());
        assertEquals(2 * 4_999, words.start(4_999));
    }

    @Test
    void aWordOutsideItsSentenceOrBeforeThePreviousOneIsRejected() {
        ArticleWords.Builder builder = ArticleWords.builder(ARTICLE, true).add(0, 4, 11, "spill", PartOfSpeech.VERB, 0);
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 13, 18, "crew", PartOfSpeech.NOUN, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 0, 3, "oil", PartOfSpeech.NOUN, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.add(1, 10, 18, "crew", PartOfSpeech.NOUN, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.add(2, 19, 23, "came", PartOfSpeech.VERB, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.add(ArticleWords.HEADLINE, 0, 3, "oil", PartOfSpeech.NOUN, 0));
    }

    /**
     * A word rejected in a later sentence leaves the builder checking the next word against the
     * sentence of the last word it took, not the rejected word's.
     */
    @Test
    void aRejectedWordLeavesTheBuilderCheckingAgainstTheSentenceOfTheLastWordTaken() {
        ArticleWords.Builder builder = ArticleWords.builder(ARTICLE, true).add(0, 0, 3, "oil", PartOfSpeech.NOUN, 0);
        assertThrows(IllegalArgumentException.class, () -> builder.add(1, 13, 18, "crew", PartOfSpeech.NOUN, 1 << 7));
        assertThrows(IllegalArgumentException.class, () -> builder.add(1, 13, 25, "crew", PartOfSpeech.NOUN, 0));
        assertThrows(IllegalArgumentException.class, () -> builder.add(0, 13, 18, "crew", PartOfSpeech.NOUN, 0),
                "still in sentence 0, which ends at 12");
        ArticleWords words = builder.add(0, 4, 11, "spill", PartOfSpeech.VERB, 0).add(1, 13, 18, "crew", PartOfSpeech.NOUN, 0)
                .build();
        assertEquals(3, words.size());
        assertTrue(words.boundaryBefore(2));
    }
}
