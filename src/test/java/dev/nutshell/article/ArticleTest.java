package dev.nutshell.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    private static final String TEXT = "Title\nThe cat sat. The cat ran to the cat.\nfooter";

    /** "The cat sat." is 6..18, "The cat ran to the cat." 19..42. */
    private static Article article() {
        return Article.builder(TEXT)
                .addLine(0, 5)
                .addSentence(6, 18, List.of("cat", "sat"), 3)
                .addSentence(19, 42, List.of("cat", "ran", "cat"), 6)
                .addLine(43, 49)
                .build();
    }

    @Test
    void sentencesAreIndexedInOrderWithTheirVerbatimText() {
        List<Sentence> sentences = article().sentences();
        assertEquals(2, sentences.size());
        assertEquals(0, sentences.get(0).index());
        assertEquals(1, sentences.get(1).index());
        assertEquals("The cat sat.", sentences.get(0).text());
        assertEquals("The cat ran to the cat.", sentences.get(1).text());
        assertEquals(19, sentences.get(1).start());
        assertEquals(42, sentences.get(1).end());
        assertEquals(6, sentences.get(1).wordCount());
    }

    @Test
    void termIdsAreGivenInOrderOfFirstAppearance() {
        Article article = article();
        assertEquals(3, article.vocabularySize());
        assertEquals(List.of("cat", "sat", "ran"), List.of(article.term(0), article.term(1), article.term(2)));
    }

    @Test
    void sentenceAndArticleFrequenciesCountSentencesAndOccurrences() {
        Article article = article();
        assertEquals(2, article.sentenceFrequency(0)); // cat
        assertEquals(3, article.articleFrequency(0));
        assertEquals(1, article.sentenceFrequency(2)); // ran
        assertEquals(1, article.articleFrequency(2));
    }

    @Test
    void aSentenceOffersItsTermsInTextOrderAndAsADistinctBag() {
        Sentence sentence = article().sentences().get(1); // cat ran cat -> ids 0 2 0
        assertEquals(3, sentence.termCount());
        assertEquals(List.of(0, 2, 0), List.of(sentence.termAt(0), sentence.termAt(1), sentence.termAt(2)));
        assertEquals(2, sentence.distinctTermCount());
        assertEquals(0, sentence.distinctTermAt(0));
        assertEquals(2, sentence.termFrequencyAt(0));
        assertEquals(2, sentence.distinctTermAt(1));
        assertEquals(1, sentence.termFrequencyAt(1));
    }

    @Test
    void distinctTermsComeInIncreasingIdOrder() {
        Article article = Article.builder("x")
                .addSentence(0, 0, List.of("a", "b", "c", "d"), 0)
                .addSentence(0, 1, List.of("d", "c", "b", "a", "c"), 1)
                .build();
        Sentence sentence = article.sentences().get(1);
        int[] ids = new int[sentence.distinctTermCount()];
        Arrays.setAll(ids, sentence::distinctTermAt);
        assertTrue(Arrays.equals(new int[] {0, 1, 2, 3}, ids), Arrays.toString(ids));
        assertEquals(2, sentence.termFrequencyAt(2));
    }

    @Test
    void aSentenceWithoutTermsHasEmptyBags() {
        Sentence sentence = Article.builder("...").addSentence(0, 3, List.of(), 1).build().sentences().get(0);
        assertEquals(0, sentence.termCount());
        assertEquals(0, sentence.distinctTermCount());
    }

    @Test
    void theHeadlineIsTheFirstLineWhenItPrecedesEverySentence() {
        assertEquals("Title", article().headline().orElseThrow().text());
        assertEquals(2, article().lines().size());
    }

    @Test
    void aLineAfterTheFirstSentenceIsNoHeadline() {
        Article article = Article.builder(TEXT).addSentence(6, 18, List.of("cat"), 3).addLine(43, 49).build();
        assertTrue(article.headline().isEmpty());
    }

    @Test
    void anArticleOfLinesOnlyHasItsFirstLineAsHeadline() {
        Article article = Article.builder(TEXT).addLine(0, 5).build();
        assertEquals("Title", article.headline().orElseThrow().text());
        assertTrue(Article.builder("").build().headline().isEmpty());
    }

    @Test
    void theBuilderCopiesTheTermList() {
        List<String> terms = new ArrayList<>(List.of("cat"));
        Article.Builder builder = Article.builder(TEXT).addSentence(6, 18, terms, 3);
        terms.set(0, "dog");
        assertEquals("cat", builder.build().term(0));
    }

    @Test
    void theSentenceAndLineListsAreUnmodifiable() {
        Article article = article();
        assertThrows(UnsupportedOperationException.class, () -> article.sentences().clear());
        assertThrows(UnsupportedOperationException.class, () -> article.lines().clear());
    }

    @Test
    void aSpanBeyondTheTextIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder("abc").addSentence(0, 4, List.of(), 1));
        assertEquals("span 0..4 must lie in 0..3, after the previous one ending at 0", e.getMessage());
    }

    @Test
    void aBackwardsSpanIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Article.builder("abc").addSentence(2, 1, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> Article.builder("abc").addLine(-1, 1));
    }

    @Test
    void aSpanOverlappingThePreviousOneIsRejected() {
        Article.Builder builder = Article.builder(TEXT).addSentence(6, 18, List.of(), 3);
        assertThrows(IllegalArgumentException.class, () -> builder.addSentence(17, 20, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> builder.addLine(0, 5));
    }

    @Test
    void aNegativeWordCountIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Article.builder("abc").addSentence(0, 3, List.of(), -1));
        assertEquals("wordCount must be >= 0, was -1", e.getMessage());
    }

    @Test
    void aNullTermIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Article.builder("abc").addSentence(0, 3, Arrays.asList("a", null), 1));
        assertEquals("term", e.getMessage());
    }

    @Test
    void aSentenceRejectedForANullTermLeavesNoTrace() {
        Article.Builder builder = Article.builder("ab cd");
        assertThrows(NullPointerException.class, () -> builder.addSentence(0, 2, Arrays.asList("ab", null), 1));
        Article article = builder.addSentence(0, 5, List.of("cd", "cd"), 2).build();
        assertEquals(1, article.vocabularySize());
        assertEquals("cd", article.term(0));
        assertEquals(1, article.sentenceFrequency(0));
        assertEquals(2, article.articleFrequency(0));
    }

    /** Many more terms than a short text suggests, each given twice as different but equal strings. */
    @Test
    void aLargeVocabularyKeepsOneIdPerDistinctTermInOrderOfFirstAppearance() {
        Article.Builder builder = Article.builder("x".repeat(20_000));
        for (int i = 0; i < 10_000; i++) {
            String term = "term" + i;
            builder.addSentence(2 * i, 2 * i + 1, List.of(term, new String(term), "common"), 1);
        }
        Article article = builder.build();
        assertEquals(10_001, article.vocabularySize());
        assertEquals("term0", article.term(0));
        assertEquals("common", article.term(1));
        assertEquals("term9999", article.term(10_000));
        Sentence last = article.sentences().get(9_999);
        assertEquals(List.of(10_000, 10_000, 1), List.of(last.termAt(0), last.termAt(1), last.termAt(2)));
        assertEquals(List.of(1, 10_000), List.of(last.distinctTermAt(0), last.distinctTermAt(1)));
        assertEquals(2, last.termFrequencyAt(1));
        assertEquals(10_000, article.sentenceFrequency(1));
    }

    /** 40 distinct terms in descending first-appearance order: the bag still comes out increasing. */
    @Test
    void aLongSentenceGivesItsDistinctTermsInIncreasingIdOrder() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            first.add("t" + i);
            second.add("t" + (39 - i));
        }
        Article article = Article.builder("ab").addSentence(0, 1, first, 1).addSentence(1, 2, second, 1).build();
        Sentence sentence = article.sentences().get(1);
        for (int k = 0; k < 40; k++) {
            assertEquals(k, sentence.distinctTermAt(k));
        }
    }

    @Test
    void aNullTextIsRejectedByName() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> Article.builder(null)).getMessage());
    }

    @Test
    void aTermIdOutOfRangeIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> article().term(3));
    }

    @Test
    void aTextLineMustMatchItsOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new TextLine(0, 3, "ab"));
        assertThrows(IllegalArgumentException.class, () -> new TextLine(-1, 1, "ab"));
    }
}
