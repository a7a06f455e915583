package dev.nutshell.selection;

import static dev.nutshell.Interrupts.assertCancelledWhileInterrupted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TestArticles;
import dev.nutshell.scoring.SentenceScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSelectorTest {
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    private static List<Integer> select(Article article, Budget budget, double... scores) {
        List<Sentence> chosen = SentenceSelector.select(article, SentenceScores.of(scores.length, i -> scores[i]), budget);
        return chosen.stream().map(Sentence::index).toList();
    }

    private static Budget sentences(int n) {
        return new Budget(n, NO_LIMIT, NO_LIMIT);
    }

    private static Budget words(int n) {
        return new Budget(NO_LIMIT, n, NO_LIMIT);
    }

    private static Budget chars(int n) {
        return new Budget(NO_LIMIT, NO_LIMIT, n);
    }

    private static Article five() {
        return TestArticles.ofSentences("Alpha one.", "Bravo two.", "Charlie three.", "Delta four.", "Echo five.");
    }

    @Test
    void aSentenceBudgetTakesTheHighestScoringSentences() {
        assertEquals(List.of(1, 3), select(five(), sentences(2), 0.1, 0.9, 0.3, 0.8, 0.5));
    }

    @Test
    void theChosenSentencesComeBackInDocumentOrderNotRankOrder() {
        assertEquals(List.of(0, 2, 4), select(five(), sentences(3), 0.8, 0.1, 0.7, 0.2, 0.9));
    }

    @Test
    void tiesInScoreGoToTheEarlierSentence() {
        assertEquals(List.of(0, 1), select(five(), sentences(2), 0.5, 0.5, 0.5, 0.5, 0.5));
        assertEquals(List.of(1, 2), select(five(), sentences(2), 0.1, 0.5, 0.5, 0.5, 0.2));
    }

    @Test
    void negativeZeroAndZeroAreATieThatGoesToTheEarlierSentence() {
        assertEquals(List.of(0), select(five(), sentences(1), -0.0, 0.0, -1, -1, -1));
    }

    @Test
    void negativeScoresRankLikeAnyOthers() {
        assertEquals(List.of(3), select(five(), sentences(1), -5, -4, -3, -0.5, -2));
    }

    @Test
    void anArticleShorterThanTheBudgetGivesAllItsSentences() {
        assertEquals(List.of(0, 1, 2, 3, 4), select(five(), sentences(10), 0.1, 0.2, 0.3, 0.4, 0.5));
        assertEquals(List.of(0, 1, 2, 3, 4), select(five(), new Budget(NO_LIMIT, NO_LIMIT, NO_LIMIT), 1, 1, 1, 1, 1));
    }

    @Test
    void aZeroSentenceBudgetChoosesNothing() {
        assertEquals(List.of(), select(five(), sentences(0), 0.1, 0.2, 0.3, 0.4, 0.5));
    }

    @Test
    void anArticleWithoutSentencesGivesAnEmptySelection() {
        assertEquals(List.of(), select(TestArticles.ofSentences(), sentences(3)));
    }

    /** Words: 6, 3, 2. Budget 5: the 6-word best sentence is skipped, then 3 + 2 = 5 fits exactly. */
    @Test
    void aWordBudgetSkipsATooLongSentenceAndTakesShorterLowerRankedOnes() {
        Article article = TestArticles.ofSentences("One two three four five six.", "Seven eight nine.", "Ten eleven.");
        assertEquals(List.of(1, 2), select(article, words(5), 0.9, 0.8, 0.7));
    }

    /** Words: 6, 3, 2. Budget 4: 3 fits, 3 + 2 = 5 does not. */
    @Test
    void aWordBudgetIsNeverExceeded() {
        Article article = TestArticles.ofSentences("One two three four five six.", "Seven eight nine.", "Ten eleven.");
        assertEquals(List.of(1), select(article, words(4), 0.9, 0.8, 0.7));
    }

    @Test
    void aWordBudgetSmallerThanEverySentenceChoosesNothing() {
        Article article = TestArticles.ofSentences("One two three.", "Four five.");
        assertEquals(List.of(), select(article, words(1), 0.9, 0.8));
    }

    /** "Abc de." is 7 characters, "Fg." 3: together 7 + 1 separator + 3 = 11. */
    @Test
    void aCharacterBudgetCountsOneSeparatorBetweenSentences() {
        Article article = TestArticles.ofSentences("Abc de.", "Fg.");
        assertEquals(List.of(0, 1), select(article, chars(11), 0.9, 0.8));
        assertEquals(List.of(0), select(article, chars(10), 0.9, 0.8));
    }

    /** 20, 7 and 3 characters, budget 11: skip the 20, take 7, then 7 + 1 + 3 = 11. */
    @Test
    void aCharacterBudgetSkipsATooLongSentenceAndTakesShorterLowerRankedOnes() {
        Article article = TestArticles.ofSentences("Twenty characters x.", "Abc de.", "Fg.");
        assertEquals(List.of(1, 2), select(article, chars(11), 0.9, 0.8, 0.7));
    }

    @Test
    void aCharacterBudgetSmallerThanEverySentenceChoosesNothing() {
        assertEquals(List.of(), select(TestArticles.ofSentences("Abc de.", "Fg."), chars(2), 0.9, 0.8));
    }

    @Test
    void allLimitsApplyAtOnce() {
        Article article = TestArticles.ofSentences("One two three.", "Four.", "Five six.", "Seven.");
        // 2 sentences at most, 3 words at most: 3 words, then "Four." would make 4 words.
        assertEquals(List.of(0), select(article, new Budget(2, 3, NO_LIMIT), 0.9, 0.8, 0.7, 0.6));
        // 2 sentences, 4 words: "One two three." + "Four.", then the sentence limit stops.
        assertEquals(List.of(0, 1), select(article, new Budget(2, 4, NO_LIMIT), 0.9, 0.8, 0.7, 0.6));
    }

    @Test
    void sentencesWithoutALetterOrDigitAreNeverChosen() {
        Article article = TestArticles.ofSentences("...", "", "Real words here.", " \t ", "—!?", "«»", "Another one.");
        assertEquals(List.of(2, 6), select(article, sentences(7), 9, 8, 1, 7, 6, 5, 0.5));
    }

    @Test
    void sentencesOfDigitsOrNonLatinLettersAreChosen() {
        Article article = TestArticles.ofSentences("2024.", "東京。", "مرحبا.", "...");
        assertEquals(List.of(0, 1, 2), select(article, sentences(4), 1, 1, 1, 2));
    }

    @Test
    void aSentenceRepeatingAChosenOneUpToWhitespaceIsSkipped() {
        Article article = TestArticles.ofSentences("Boats went out.", "Boats\u00a0went  out.", "Boats went\tout!", "Boats wentout.");
        // 1 repeats 0 (no-break and double space), 3 repeats 0 once spaces are left out; 2 differs by "!".
        assertEquals(List.of(0, 2), select(article, sentences(4), 4, 3, 2, 1));
    }

    @Test
    void amongManyRepeatedSentencesTheFirstOfEachIsChosenOnce() {
        String[] texts = new String[600];
        double[] scores = new double[600];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "Sentence number " + (i % 200) + " is here.";
            scores[i] = 1;
        }
        List<Integer> chosen = select(TestArticles.ofSentences(texts), new Budget(NO_LIMIT, NO_LIMIT, NO_LIMIT), scores);
        assertEquals(java.util.stream.IntStream.range(0, 200).boxed().toList(), chosen);
    }

    @Test
    void scoresOfTheWrongSizeAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> select(five(), sentences(1), 1, 2));
        assertEquals("scorer returned 2 scores for 5 sentences", e.getMessage());
    }

    @Test
    void aNullBudgetIsRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> SentenceSelector.select(five(), SentenceScores.of(5, i -> i), null));
        assertEquals("budget", e.getMessage());
    }

    @Test
    void aNullArticleOrNullScoresAreRejected() {
        assertThrows(NullPointerException.class, () -> SentenceSelector.select(null, SentenceScores.empty(), sentences(1)));
        assertThrows(NullPointerException.class, () -> SentenceSelector.select(five(), null, sentences(1)));
    }

    @Test
    void aNegativeLimitIsRejectedWithAllLimits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Budget(1, -1, 3));
        assertEquals("limits must be >= 0, were sentences 1, words -1, chars 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Budget(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Budget(0, 0, -1));
    }

    /**
     * Random articles, scores and limits: the selection never exceeds any limit and is exactly the
     * documented greedy walk (decreasing score, ties by position, keep what still fits, skip
     * sentences without a letter or digit), in document order.
     */
    @Test
    void randomSelectionsRespectEveryLimitAndFollowTheGreedyRule() {
        Random random = new Random(11);
        String[] words = {"a", "bb", "ccc", "dddd", "...", "12", "—"};
        for (int trial = 0; trial < 500; trial++) {
            int n = random.nextInt(25);
            String[] texts = new String[n];
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                int length = random.nextInt(8);
                List<String> sentence = new ArrayList<>();
                for (int w = 0; w < length; w++) {
                    sentence.add(words[random.nextInt(words.length)]);
                }
                texts[i] = String.join(" ", sentence);
                scores[i] = random.nextInt(5) / 4.0; // coarse, so ties are common
            }
            Article article = TestArticles.ofSentences(texts);
            Budget budget = new Budget(random.nextInt(3) == 0 ? NO_LIMIT : random.nextInt(6),
                    random.nextInt(3) == 0 ? NO_LIMIT : random.nextInt(20),
                    random.nextInt(3) == 0 ? NO_LIMIT : random.nextInt(60));
            List<Integer> actual = select(article, budget, scores);

            long totalWords = 0;
            long totalChars = -1;
            for (int index : actual) {
                totalWords += article.sentences().get(index).wordCount();
                totalChars += article.sentences().get(index).text().length() + 1;
            }
            assertTrue(actual.size() <= budget.sentences());
            assertTrue(totalWords <= budget.words());
            assertTrue(Math.max(0, totalChars) <= budget.chars());
            assertEquals(actual.stream().sorted().distinct().toList(), actual, "document order");
            assertEquals(greedy(article, scores, budget), actual, Arrays.toString(texts) + " " + Arrays.toString(scores) + " " + budget);
        }
    }

    private static List<Integer> greedy(Article article, double[] scores, Budget budget) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        // Numeric comparison: equal scores (including -0.0 and 0.0) tie and go to the earlier sentence.
        order.sort((i, j) -> scores[i] > scores[j] ? -1 : scores[i] < scores[j] ? 1 : Integer.compare(i, j));
        List<Integer> chosen = new ArrayList<>();
        java.util.Set<String> chosenTexts = new java.util.HashSet<>();
        long words = 0;
        long chars = 0;
        for (int i : order) {
            Sentence s = article.sentences().get(i);
            if (chosen.size() == budget.sentences() || !s.text().matches("(?s).*[\\p{L}\\p{N}].*")) {
                continue;
            }
            long w = words + s.wordCount();
            long c = chars + s.text().length() + (chosen.isEmpty() ? 0 : 1);
            if (w <= budget.words() && c <= budget.chars() && chosenTexts.add(s.text().replaceAll("\\s+", ""))) {
                chosen.add(i);
                words = w;
                chars = c;
            }
        }
        return chosen.stream().sorted().toList();
    }

    @Test
    void anInterruptedThreadStopsTheSelectionWithOrWithoutRedundancyPenalty() {
        SentenceScores scores = SentenceScores.of(5, i -> i);

        assertCancelledWhileInterrupted(() -> SentenceSelector.select(five(), scores, sentences(2)));
        assertCancelledWhileInterrupted(() -> SentenceSelector.select(five(), scores, sentences(2), 0.2));
    }
}
