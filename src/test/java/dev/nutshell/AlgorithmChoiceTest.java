package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.ScoringContext;
import dev.nutshell.scoring.SentenceScorer;
import dev.nutshell.scoring.SentenceScores;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** However an algorithm is chosen, it summarizes the same; a scorer wrapped in a lambda loses nothing. */
class AlgorithmChoiceTest {
    private static final String TEXT = SummarizerTest.TEN_SENTENCES;
    /** Budgets from one sentence (lead-aware for the default) to most of the article (TextRank for the default). */
    private static final List<Length> LENGTHS = List.of(Length.sentences(1), Length.sentences(2), Length.sentences(3),
            Length.sentences(5), Length.sentences(8), Length.ratio(0.25), Length.ratio(0.5), Length.words(40),
            Length.chars(300));
    private static final SentenceScorer LAST_FIRST = (article, context) ->
            SentenceScores.of(article.sentences().size(), index -> index);

    private static void assertSameSummaries(Summarizer expected, Summarizer actual) {
        for (Length length : LENGTHS) {
            assertEquals(expected.summarize(TEXT, length), actual.summarize(TEXT, length), length::toString);
        }
    }

    @Test
    void aNameTheAlgorithmAndItsNameInCapitalsSummarizeTheSame() {
        for (Algorithm algorithm : Algorithm.builtIns()) {
            Summarizer byValue = Summarizer.builder().algorithm(algorithm).build();
            for (String name : List.of(algorithm.name(), algorithm.name().toUpperCase(Locale.ROOT))) {
                Summarizer byName = Summarizer.builder().algorithm(name).build();
                assertSame(algorithm, byName.algorithm());
                assertEquals(algorithm.redundancy(), byName.redundancy());
                assertSameSummaries(byValue, byName);
            }
        }
    }

    @Test
    void theDefaultSummarizerUsesTheNutshellAlgorithmAndItsPenalty() {
        Summarizer summarizer = Summarizer.builder().build();
        assertSame(Algorithm.NUTSHELL, summarizer.algorithm());
        assertEquals(Algorithm.NUTSHELL.redundancy(), summarizer.redundancy());
    }

    @Test
    void aScorerOfYourOwnSelectsWithoutAPenaltyUnlessOneIsSet() {
        Summarizer summarizer = Summarizer.builder().scorer(LAST_FIRST).build();
        assertEquals("custom", summarizer.algorithm().name());
        assertSame(LAST_FIRST, summarizer.algorithm().scorer());
        assertEquals(0, summarizer.redundancy());
        assertEquals(0.3, Summarizer.builder().scorer(LAST_FIRST).redundancy(0.3).build().redundancy());
    }

    @Test
    void anExplicitPenaltyWinsWhetherSetBeforeOrAfterTheAlgorithm() {
        assertEquals(0.3, Summarizer.builder().redundancy(0.3).algorithm(Algorithm.NUTSHELL).build().redundancy());
        assertEquals(0.3, Summarizer.builder().algorithm(Algorithm.NUTSHELL).redundancy(0.3).build().redundancy());
        assertEquals(0.0, Summarizer.builder().redundancy(0).scorer(LAST_FIRST).build().redundancy());
    }

    @Test
    void anAlgorithmOfYourOwnBringsItsPenalty() {
        Summarizer summarizer = Summarizer.builder().algorithm(Algorithm.of("last-first", LAST_FIRST, 0.4)).build();
        assertEquals(0.4, summarizer.redundancy());
        assertEquals("last-first", summarizer.algorithm().name());
    }

    @Test
    void aLambdaWrappingTheDefaultScorerGivesExactlyTheDefaultsSummaries() {
        SentenceScorer nutshell = Algorithm.NUTSHELL.scorer();
        SentenceScorer wrapped = (article, context) -> nutshell.score(article, context);
        Summarizer viaLambda = Summarizer.builder()
                .algorithm(Algorithm.of("wrapped", wrapped, Algorithm.NUTSHELL.redundancy())).build();
        assertSameSummaries(Summarizer.builder().build(), viaLambda);
    }

    /** Why wrapping must pass the context on: the default ranks differently for a short and a long summary. */
    @Test
    void theDefaultScorerRanksAShortAndALongSummaryDifferently() {
        Article article = Summarizer.builder().build().analyzer().analyze(TEXT);
        SentenceScorer nutshell = Algorithm.NUTSHELL.scorer();
        assertNotEquals(nutshell.score(article, ScoringContext.ofSummarySentences(1)),
                nutshell.score(article, ScoringContext.ofSummarySentences(5)));
        Summarizer withoutLength = Summarizer.builder().algorithm(Algorithm.of("short-only",
                (a, context) -> nutshell.score(a, ScoringContext.ofSummarySentences(1)), Algorithm.NUTSHELL.redundancy())).build();
        assertNotEquals(Summarizer.builder().build().summarize(TEXT, Length.sentences(5)),
                withoutLength.summarize(TEXT, Length.sentences(5)));
    }

    @Test
    void aNullAlgorithmValueIsRejectedByName() {
        assertEquals("algorithm", assertThrows(NullPointerException.class,
                () -> Summarizer.builder().algorithm((Algorithm) null)).getMessage());
    }
}
