package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** ROUGE-1, ROUGE-2 and ROUGE-L on tiny summaries, with the counts worked out by hand. */
class RougeTest {
    private static final double EPSILON = 1e-12;
    private final Rouge rouge = Rouge.standard();

    private static void assertScore(double precision, double recall, RougeScore actual) {
        assertEquals(precision, actual.precision(), EPSILON, "precision");
        assertEquals(recall, actual.recall(), EPSILON, "recall");
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        assertEquals(f1, actual.f1(), EPSILON, "f1");
    }

    @Test
    void oneSentenceEach() {
        // the cat sat on the mat / the cat was on the mat: no token is long enough to be stemmed.
        RougeScores scores = rouge.score(List.of("The cat sat on the mat."), List.of("The cat was on the mat."));
        // Unigrams: the x2, cat, on, mat match: 5 of 6 on each side.
        assertScore(5.0 / 6, 5.0 / 6, scores.rouge1());
        // Bigrams: "the cat", "on the", "the mat" match: 3 of 5 on each side.
        assertScore(3.0 / 5, 3.0 / 5, scores.rouge2());
        // LCS "the cat on the mat": 5 tokens.
        assertScore(5.0 / 6, 5.0 / 6, scores.rougeL());
    }

    @Test
    void repeatedTokensAreClipped() {
        RougeScores scores = rouge.score(List.of("the the the"), List.of("the cat"));
        // "the" matches once only: min(3, 1).
        assertScore(1.0 / 3, 1.0 / 2, scores.rouge1());
        assertEquals(0.4, scores.rouge1().f1(), EPSILON);
        // "the the" x2 against "the cat": nothing.
        assertScore(0, 0, scores.rouge2());
        assertScore(1.0 / 3, 1.0 / 2, scores.rougeL());
    }

    @Test
    void unionLcsOverSeveralCandidateSentences() {
        // Lin (2004)'s example: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
        // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union w1 w2 w3 w5: 4 hits.
        List<String> candidate = List.of("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5");
        List<String> reference = List.of("w1 w2 w3 w4 w5");
        RougeScores scores = rouge.score(candidate, reference);
        assertScore(4.0 / 10, 4.0 / 5, scores.rougeL());
        // Unigrams: w1 (min(2, 1)), w2, w3, w5.
        assertScore(4.0 / 10, 4.0 / 5, scores.rouge1());
        // Bigrams over the joined text: 9 in the candidate (w8 w1 spans the sentences), 4 in the
        // reference; only w1 w2 matches.
        assertScore(1.0 / 9, 1.0 / 4, scores.rouge2());
    }

    @Test
    void lcsHitsAreLimitedByTheRemainingUnigramCounts() {
        // Each reference sentence has "a b" on its LCS with the candidate, but the candidate holds
        // one "a" and one "b": the second reference sentence finds them used up.
        RougeScores scores = rouge.score(List.of("a b"), List.of("a b", "a b"));
        assertScore(2.0 / 2, 2.0 / 4, scores.rougeL());
        assertScore(2.0 / 2, 2.0 / 4, scores.rouge1());
    }

    @Test
    void lcsTiesAreBrokenAsThePerlBreaksThem() {
        // Reference "a b" against candidate "b a": both "a" and "b" are an LCS; the Perl's table
        // prefers "up" on ties, so its walk back marks "a". With "a" again from the second
        // candidate sentence, the union is {a}: 1 hit, not 2.
        RougeScores scores = rouge.score(List.of("b a", "a"), List.of("a b"));
        assertScore(1.0 / 3, 1.0 / 2, scores.rougeL());
        assertScore(2.0 / 3, 2.0 / 2, scores.rouge1());
    }

    @Test
    void bigramsSpanSentenceBoundaries() {
        // ROUGE joins the lines before counting n-grams: "a b" occurs across the two candidate lines.
        RougeScores scores = rouge.score(List.of("x a", "b y"), List.of("a b"));
        assertScore(1.0 / 3, 1.0 / 1, scores.rouge2());
    }

    @Test
    void stemmingUsesWordNetExceptionsThenPorter() {
        // "children" -> child (WordNet exception), "were" -> be (exception, length 4),
        // "running" -> run, "runs" -> run; "a" and "the" are too short to be touched.
        RougeScores scores = rouge.score(List.of("The children were running"), List.of("a child runs"));
        assertScore(2.0 / 4, 2.0 / 3, scores.rouge1());
        RougeScores unstemmed = rouge.withStemming(false).score(List.of("The children were running"),
                List.of("a child runs"));
        assertScore(0, 0, unstemmed.rouge1());
    }

    @Test
    void shortTokensAreNotStemmed() {
        // "saw" (3 characters) stays as it is although WordNet lists it; "said" becomes "say".
        RougeScores scores = rouge.score(List.of("he said"), List.of("he say"));
        assertScore(1, 1, scores.rouge1());
        assertScore(0.5, 0.5, rouge.score(List.of("he saw"), List.of("he see")).rouge1());
    }

    @Test
    void emptySummariesScoreZero() {
        assertEquals(RougeScores.zero(), rouge.score(List.of(), List.of("a reference")));
        assertEquals(RougeScores.zero(), rouge.score(List.of("a candidate"), List.of()));
        assertEquals(RougeScores.zero(), rouge.score(List.of("...", ""), List.of("a reference")));
        assertEquals(RougeScores.zero(), rouge.score(List.of(), List.of()));
    }

    @Test
    void singleTokenSummariesHaveNoBigrams() {
        RougeScores scores = rouge.score(List.of("storm"), List.of("storm"));
        assertScore(1, 1, scores.rouge1());
        assertScore(0, 0, scores.rouge2());
        assertScore(1, 1, scores.rougeL());
    }

    @Test
    void identicalSummariesScoreOne() {
        List<String> text = List.of("Washington (CNN) -- President Obama said on Tuesday that talks were tough.",
                "Officials say the deal is close.");
        RougeScores scores = rouge.score(text, text);
        assertScore(1, 1, scores.rouge1());
        assertScore(1, 1, scores.rouge2());
        assertScore(1, 1, scores.rougeL());
    }

    @Test
    void lineBreaksInsideAnElementSplitSentences() {
        // As in the file ROUGE reads, "b a\na" is two lines, the same as two elements.
        assertEquals(rouge.score(List.of("b a", "a"), List.of("a b")), rouge.score(List.of("b a\na"), List.of("a b")));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> rouge.score(null, List.of("a")));
        assertThrows(NullPointerException.class, () -> rouge.score(List.of("a"), null));
        assertThrows(NullPointerException.class, () -> rouge.score(Arrays.asList("a", null), List.of("a")));
    }

    @Test
    void concurrentScoringGivesTheSameResults() {
        List<String> candidate = List.of("the attack is another step in the escalation of the group 's activities .",
                "officials said many people were killed .");
        List<String> reference = List.of("the group has attacked a college , killing many .",
                "it is a clear escalation , says an analyst .");
        RougeScores expected = rouge.score(candidate, reference);
        List<RougeScores> results = IntStream.range(0, 200).parallel()
                .mapToObj(i -> rouge.score(candidate, reference)).collect(Collectors.toList());
        results.forEach(result -> assertEquals(expected, result));
    }
}
