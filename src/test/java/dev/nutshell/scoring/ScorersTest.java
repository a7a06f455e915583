package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScorersTest {

    static List<String> names() {
        return List.copyOf(Scorers.names());
    }

    @Test
    void theBuiltInScorersAreListedSorted() {
        assertEquals(List.of("lead", "lexrank", "nutshell", "pacsum", "textrank", "textrank-tfidf", "tfidf"), names());
    }

    @Test
    void namesAreMatchedIgnoringCase() {
        assertSame(Scorers.named("textrank"), Scorers.named("TextRank"));
        assertSame(Scorers.named("tfidf"), Scorers.named("TFIDF"));
    }

    @Test
    void theNamesMapToTheDocumentedScorers() {
        assertTrue(Scorers.named("lead") instanceof LeadScorer);
        assertTrue(Scorers.named("tfidf") instanceof TfIdfScorer);
        assertTrue(Scorers.named("textrank").toString().contains("WORD_OVERLAP"));
        assertTrue(Scorers.named("textrank-tfidf").toString().contains("TFIDF_COSINE"));
    }

    @Test
    void anUnknownNameIsRejectedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorers.named("luhn"));
        assertEquals("unknown algorithm 'luhn', expected one of lead, lexrank, nutshell, pacsum, textrank, textrank-tfidf, tfidf",
                e.getMessage());
    }

    @Test
    void onlyTheDefaultAlgorithmSelectsWithARedundancyPenalty() {
        assertEquals("nutshell", Scorers.DEFAULT_ALGORITHM);
        for (String name : names()) {
            assertEquals(name.equals("nutshell") ? 0.2 : 0.0, Scorers.defaultRedundancy(name), name);
        }
        assertEquals(0.2, Scorers.defaultRedundancy("NUTSHELL"));
    }

    @Test
    void aNullNameIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Scorers.named(null));
        assertEquals("name", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyScorerGivesOneFiniteScorePerSentence(String name) {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of(), List.of("b"), List.of("c", "c", "c"));
        SentenceScores scores = Scorers.named(name).score(article);
        assertEquals(4, scores.size());
        assertTrue(scores.stream().allMatch(Double::isFinite));
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyScorerScoresAnArticleWithoutSentences(String name) {
        assertEquals(0, Scorers.named(name).score(TestArticles.ofTerms(List.of())).size());
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyScorerGivesTheSameScoresEveryTime(String name) {
        Article article = TestArticles.ofTerms(List.of("a", "b"), List.of("b", "c"), List.of("c", "a", "d"));
        assertEquals(Scorers.named(name).score(article), Scorers.named(name).score(article));
    }
}
