package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlgorithmTest {
    private static final SentenceScorer FIRST_LAST = (article, context) ->
            SentenceScores.of(article.sentences().size(), index -> -index);

    @Test
    void theBuiltInAlgorithmsAreListedSortedByName() {
        List<String> names = List.of("lead", "lexrank", "nutshell", "pacsum", "textrank", "textrank-tfidf", "tfidf");
        assertEquals(names, Algorithm.names());
        assertEquals(names, Algorithm.builtIns().stream().map(Algorithm::name).toList());
    }

    @Test
    void everyBuiltInIsFoundByItsNameIgnoringCase() {
        for (Algorithm algorithm : Algorithm.builtIns()) {
            assertSame(algorithm, Algorithm.named(algorithm.name()));
            assertSame(algorithm, Algorithm.named(algorithm.name().toUpperCase(java.util.Locale.ROOT)));
        }
        assertSame(Algorithm.TEXTRANK, Algorithm.named("TextRank"));
    }

    @Test
    void theConstantsAreTheBuiltIns() {
        assertEquals(List.of(Algorithm.LEAD, Algorithm.LEXRANK, Algorithm.NUTSHELL, Algorithm.PACSUM, Algorithm.TEXTRANK,
                Algorithm.TEXTRANK_TFIDF, Algorithm.TFIDF), Algorithm.builtIns());
    }

    @Test
    void theNamesMapToTheDocumentedScorers() {
        assertInstanceOf(NutshellScorer.class, Algorithm.NUTSHELL.scorer());
        assertInstanceOf(LeadScorer.class, Algorithm.LEAD.scorer());
        assertInstanceOf(TfIdfScorer.class, Algorithm.TFIDF.scorer());
        assertInstanceOf(LexRankScorer.class, Algorithm.LEXRANK.scorer());
        assertInstanceOf(PositionalCentralityScorer.class, Algorithm.PACSUM.scorer());
        assertTrue(Algorithm.TEXTRANK.scorer().toString().contains("WORD_OVERLAP"));
        assertTrue(Algorithm.TEXTRANK_TFIDF.scorer().toString().contains("TFIDF_COSINE"));
    }

    @Test
    void theDefaultIsNutshell() {
        assertSame(Algorithm.NUTSHELL, Algorithm.named(Algorithm.DEFAULT_NAME));
    }

    @Test
    void onlyTheDefaultAlgorithmSelectsWithARedundancyPenalty() {
        for (Algorithm algorithm : Algorithm.builtIns()) {
            assertEquals(algorithm == Algorithm.NUTSHELL ? 0.2 : 0.0, algorithm.redundancy(), algorithm.name());
        }
    }

    @Test
    void anUnknownNameIsRejectedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Algorithm.named("luhn"));
        assertEquals("unknown algorithm 'luhn', expected one of lead, lexrank, nutshell, pacsum, textrank, textrank-tfidf, tfidf",
                e.getMessage());
    }

    @Test
    void aNullNameIsRejectedByName() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> Algorithm.named(null)).getMessage());
    }

    @Test
    void anAlgorithmOfYourOwnKeepsWhatItWasGiven() {
        Algorithm mine = Algorithm.of("first-last", FIRST_LAST, 0.3);
        assertEquals("first-last", mine.name());
        assertSame(FIRST_LAST, mine.scorer());
        assertEquals(0.3, mine.redundancy());
    }

    @Test
    void aBuiltInNameGivenToYourOwnAlgorithmDoesNotReplaceTheBuiltIn() {
        Algorithm.of("lead", FIRST_LAST, 0);
        assertSame(Algorithm.LEAD, Algorithm.named("lead"));
    }

    @Test
    void badPartsOfYourOwnAlgorithmAreRejectedWithTheValue() {
        assertEquals("name must not be blank, was ' '",
                assertThrows(IllegalArgumentException.class, () -> Algorithm.of(" ", FIRST_LAST, 0)).getMessage());
        assertEquals("redundancy must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> Algorithm.of("x", FIRST_LAST, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Algorithm.of("x", FIRST_LAST, Double.NaN));
        assertEquals("name", assertThrows(NullPointerException.class, () -> Algorithm.of(null, FIRST_LAST, 0)).getMessage());
        assertEquals("scorer", assertThrows(NullPointerException.class, () -> Algorithm.of("x", null, 0)).getMessage());
    }

    @Test
    void algorithmsWithTheSamePartsAreEqual() {
        assertEquals(Algorithm.of("x", FIRST_LAST, 0.1), Algorithm.of("x", FIRST_LAST, 0.1));
        assertEquals(Algorithm.of("x", FIRST_LAST, 0.1).hashCode(), Algorithm.of("x", FIRST_LAST, 0.1).hashCode());
        assertNotEquals(Algorithm.of("x", FIRST_LAST, 0.1), Algorithm.of("x", FIRST_LAST, 0.2));
        assertNotEquals(Algorithm.of("x", FIRST_LAST, 0.1), Algorithm.of("y", FIRST_LAST, 0.1));
    }

    @Test
    void everyScorerClassIsBuiltTheSameWay() throws ReflectiveOperationException {
        for (Class<?> type : List.of(NutshellScorer.class, LeadScorer.class, TfIdfScorer.class, TextRankScorer.class,
                LexRankScorer.class, PositionalCentralityScorer.class)) {
            assertEquals(0, type.getConstructors().length, type + " has a public constructor");
            assertInstanceOf(type, type.getMethod("create").invoke(null), type.getSimpleName());
        }
    }
}
