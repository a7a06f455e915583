package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.article.TestArticles;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.ScoringContext;
import dev.nutshell.scoring.SentenceScores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummarizerTest {

    /** Ten body sentences, all original text. */
    static final String TEN_SENTENCES = String.join(" ",
            "The river council voted on Monday to rebuild the old stone bridge.",
            "Engineers had warned for years that the bridge could not carry modern traffic.",
            "The new bridge will have two lanes for cars and a wide path for bicycles.",
            "Work on the bridge starts in spring and should take about eighteen months.",
            "During the works a ferry will carry people across the river every twenty minutes.",
            "Shop owners near the bridge fear that fewer customers will come while it is closed.",
            "The council promised a fund to help shops through the closure.",
            "Local historians asked that the carved stones of the old bridge be kept.",
            "The engineers agreed to build some of the stones into the new walls.",
            "A public meeting about the plans is set for the first week of March.");

    static final String WITH_LINES = "Council Backs New Bridge Over The River\n"
            + "No time to read?\n"
            + "By Jane Doe, City Desk\n"
            + "\n"
            + TEN_SENTENCES + "\n"
            + "\n"
            + "Related Articles\n"
            + "Share this story\n";

    static List<String> algorithms() {
        return List.copyOf(Algorithm.names());
    }

    static Stream<Arguments> textsWithAwkwardCharacters() {
        List<String> texts = List.of(
                "The first line ends here.\r\nThe second line follows after a CRLF.\r\n\r\nA new paragraph starts after a blank CRLF line.\r\n",
                "Old Mac line ends are lonely carriage returns.\rThe next sentence sits on its own line.\r\rAnother paragraph begins after two of them.",
                "Emoji 😀 sit inside this sentence. A family 👩‍👩‍👧‍👦 is one grapheme of many chars. Flags 🇺🇸🇬🇧 come in pairs. 😀 Emoji can start a sentence too. It may end with one 🎉.",
                "Mathematical 𝐁𝐨𝐥𝐝 letters are surrogate pairs. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 can start a sentence. Musical 𝄞 clefs are too.",
                "Tabs\tseparate\tthese\twords. \tA tab opens this sentence.\tAnd\tanother\there.",
                "Non-breaking\u00a0spaces\u00a0join words. A narrow\u202fno-break space is here. Thin\u2009spaces too.",
                "Accents are combining: cafe\u0301 and nai\u0308ve. The next sentence has Zalgo t\u0336e\u0336x\u0336t. Fine.",
                "مرحبا بالعالم. هذه جملة ثانية.\nשלום עולם. זה משפט שני. English follows the Hebrew here.",
                "中文句子在这里。日本語の文もあります。한국어 문장도 있습니다. English sentence at the end.");
        List<Arguments> arguments = new ArrayList<>();
        for (String algorithm : algorithms()) {
            for (String text : texts) {
                arguments.add(Arguments.of(algorithm, text));
            }
        }
        return arguments.stream();
    }

    private static Summarizer summarizer(String algorithm) {
        return Summarizer.builder().algorithm(algorithm).build();
    }

    // ---- offsets -------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("textsWithAwkwardCharacters")
    void offsetsOfEveryArticleSentenceSliceTheCallersTextVerbatim(String algorithm, String text) {
        Summary summary = summarizer(algorithm).summarize(text, Length.ratio(1.0));
        assertSame(text, summary.source());
        assertTrue(summary.articleSentences().size() >= 2, "the text should give several sentences");
        for (KeySentence sentence : summary.articleSentences()) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
            assertFalse(splitsASurrogatePair(text, sentence.start()), "start " + sentence);
            assertFalse(splitsASurrogatePair(text, sentence.end()), "end " + sentence);
        }
    }

    @ParameterizedTest
    @MethodSource("textsWithAwkwardCharacters")
    void offsetsOfEveryChosenSentenceSliceTheCallersTextVerbatim(String algorithm, String text) {
        Summary summary = summarizer(algorithm).summarize(text, Length.sentences(2));
        assertEquals(2, summary.sentences().size());
        for (KeySentence sentence : summary.sentences()) {
            assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
        }
    }

    private static boolean splitsASurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void chosenSentencesAreArticleSentencesInDocumentOrder(String algorithm) {
        Summary summary = summarizer(algorithm).summarize(TEN_SENTENCES, Length.sentences(4));
        assertEquals(4, summary.sentences().size());
        for (KeySentence chosen : summary.sentences()) {
            assertEquals(chosen, summary.articleSentences().get(chosen.index()));
        }
        for (int i = 1; i < summary.sentences().size(); i++) {
            assertTrue(summary.sentences().get(i - 1).end() <= summary.sentences().get(i).start());
        }
    }

    // ---- article sentences and scores ----------------------------------------------------------

    @ParameterizedTest
    @MethodSource("algorithms")
    void articleSentencesHoldEveryCandidateWithItsScorersScore(String algorithm) {
        Summarizer summarizer = summarizer(algorithm);
        Article article = summarizer.analyzer().analyze(WITH_LINES);
        SentenceScores scores = Algorithm.named(algorithm).scorer().score(article, ScoringContext.ofSummarySentences(1));
        Summary summary = summarizer.summarize(WITH_LINES, Length.sentences(1));
        assertEquals(article.sentences().size(), summary.articleSentences().size());
        for (Sentence sentence : article.sentences()) {
            KeySentence key = summary.articleSentences().get(sentence.index());
            assertEquals(sentence.index(), key.index());
            assertEquals(sentence.start(), key.start());
            assertEquals(sentence.end(), key.end());
            assertEquals(sentence.text(), key.text());
            assertEquals(scores.get(sentence.index()), key.score(), 0);
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void theChosenSentencesAreTheBestScoredOnes(String algorithm) {
        Summary summary = summarizer(algorithm).summarize(TEN_SENTENCES, Length.sentences(3));
        double lowestChosen = summary.sentences().stream().mapToDouble(KeySentence::score).min().orElseThrow();
        for (KeySentence other : summary.articleSentences()) {
            if (!summary.sentences().contains(other)) {
                assertTrue(other.score() <= lowestChosen, other + " outscores a chosen sentence");
            }
        }
    }

    @Test
    void theLeadAlgorithmChoosesTheFirstBodySentences() {
        Summary summary = summarizer("lead").summarize(WITH_LINES, Length.sentences(2));
        assertEquals(List.of(
                "The river council voted on Monday to rebuild the old stone bridge.",
                "Engineers had warned for years that the bridge could not carry modern traffic."),
                summary.sentences().stream().map(KeySentence::text).toList());
    }

    // ---- lines that are not sentences ----------------------------------------------------------

    @ParameterizedTest
    @MethodSource("algorithms")
    void headlineTeaserBylineAndNavigationLinesAreNeverChosen(String algorithm) {
        Summary summary = summarizer(algorithm).summarize(WITH_LINES, Length.ratio(1.0));
        List<String> lines = List.of("Council Backs New Bridge Over The River", "No time to read?",
                "By Jane Doe, City Desk", "Related Articles", "Share this story");
        assertEquals(10, summary.sentences().size());
        for (KeySentence sentence : summary.articleSentences()) {
            for (String line : lines) {
                assertFalse(sentence.text().contains(line), sentence.text());
            }
        }
    }

    @Test
    void theHeadlineIsKeptApartAsTheArticlesHeadline() {
        Article article = Summarizer.builder().build().analyzer().analyze(WITH_LINES);
        assertEquals("Council Backs New Bridge Over The River", article.headline().orElseThrow().text());
    }

    @Test
    void textWithoutAnySentencePunctuationStillGivesASummaryOfItsLines() {
        String text = "Bridge works start in spring\nFerry runs every twenty minutes\nShops get a closure fund";
        Summary summary = Summarizer.builder().build().summarize(text, Length.sentences(1));
        assertEquals(1, summary.sentences().size());
        assertEquals(3, summary.articleSentences().size());
    }

    // ---- pre-split input -----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("algorithms")
    void preSplitSentencesAreIndexedByListPositionWithOffsetsIntoTheJoinedSource(String algorithm) {
        List<String> input = List.of("The bridge will close in spring.", "", "   ", "Ferries will carry people across.",
                "...", "The bridge reopens next year. It will have a bicycle path.", "Line\nbreak inside");
        Summary summary = summarizer(algorithm).summarize(input, Length.ratio(1.0));
        assertEquals(String.join("\n", input), summary.source());
        assertEquals(input.size(), summary.articleSentences().size());
        for (int i = 0; i < input.size(); i++) {
            KeySentence sentence = summary.articleSentences().get(i);
            assertEquals(i, sentence.index());
            assertEquals(input.get(i), sentence.text());
            assertEquals(input.get(i), summary.source().substring(sentence.start(), sentence.end()));
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void blankAndPunctuationOnlyPreSplitElementsAreNeverChosen(String algorithm) {
        List<String> input = List.of("", "The bridge will close in spring.", "   ", "...", "\t", "—", "Ferries carry people.");
        Summary summary = summarizer(algorithm).summarize(input, Length.ratio(1.0));
        assertEquals(List.of(1, 6), summary.sentences().stream().map(KeySentence::index).toList());
    }

    @Test
    void aPreSplitElementIsKeptWholeEvenIfItHoldsSeveralSentences() {
        List<String> input = List.of("One. Two. Three.", "Four and five.");
        Summary summary = Summarizer.builder().algorithm("lead").build().summarize(input, Length.sentences(1));
        assertEquals("One. Two. Three.", summary.text());
    }

    @Test
    void anEmptyListOfSentencesGivesAnEmptySummary() {
        Summary summary = Summarizer.builder().build().summarize(List.of(), Length.sentences(3));
        assertTrue(summary.isEmpty());
        assertEquals("", summary.source());
        assertEquals(List.of(), summary.articleSentences());
    }

    // ---- budgets end to end --------------------------------------------------------------------

    @Test
    void aRatioOfThreeTenthsOfTenSentencesChoosesThree() {
        Summary summary = Summarizer.builder().build().summarize(TEN_SENTENCES, Length.ratio(0.3));
        assertEquals(10, summary.articleSentences().size());
        assertEquals(3, summary.sentences().size());
    }

    @Test
    void aTinyRatioStillChoosesOneSentence() {
        Summary summary = Summarizer.builder().build().summarize(TEN_SENTENCES, Length.ratio(1e-10));
        assertEquals(1, summary.sentences().size());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aWordBudgetIsNeverExceeded(String algorithm) {
        for (int budget = 1; budget <= 60; budget += 3) {
            Summary summary = summarizer(algorithm).summarize(WITH_LINES, Length.words(budget));
            int words = summary.sentences().stream().mapToInt(s -> s.text().trim().split("\\s+").length).sum();
            assertTrue(words <= budget, words + " words for a budget of " + budget);
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aCharacterBudgetBoundsTheLengthOfTheSummaryText(String algorithm) {
        for (int budget = 1; budget <= 400; budget += 17) {
            Summary summary = summarizer(algorithm).summarize(WITH_LINES, Length.chars(budget));
            assertTrue(summary.text().length() <= budget, summary.text().length() + " chars for a budget of " + budget);
        }
    }

    @Test
    void aBudgetNoSentenceFitsGivesAnEmptySummaryButStillEveryArticleSentence() {
        Summary summary = Summarizer.builder().build().summarize(TEN_SENTENCES, Length.words(2));
        assertTrue(summary.isEmpty());
        assertEquals("", summary.text());
        assertEquals(10, summary.articleSentences().size());
    }

    @Test
    void anArticleShorterThanTheBudgetGivesAllItsSentences() {
        Summary summary = Summarizer.builder().build().summarize(TEN_SENTENCES, Length.sentences(50));
        assertEquals(summary.articleSentences(), summary.sentences());
    }

    @Test
    void oneSentenceGivesItself() {
        String text = "  The bridge will reopen next year.  ";
        Summary summary = Summarizer.builder().build().summarize(text, Length.sentences(3));
        assertEquals("The bridge will reopen next year.", summary.text());
        assertEquals(2, summary.sentences().get(0).start());
    }

    @Test
    void blankTextGivesAnEmptySummary() {
        for (String text : List.of("", " ", "\n\n\t \r\n")) {
            Summary summary = Summarizer.builder().build().summarize(text, Length.sentences(3));
            assertTrue(summary.isEmpty());
            assertEquals(List.of(), summary.articleSentences());
            assertSame(text, summary.source());
        }
    }

    @Test
    void theSummaryTextJoinsTheChosenSentencesWithSingleSpaces() {
        Summary summary = summarizer("lead").summarize("First line here.\n\nSecond line here.", Length.sentences(2));
        assertEquals("First line here. Second line here.", summary.text());
    }

    // ---- determinism ---------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("algorithms")
    void theSameInputGivesTheSameSummaryTwice(String algorithm) {
        Summarizer summarizer = summarizer(algorithm);
        assertEquals(summarizer.summarize(WITH_LINES, Length.sentences(3)), summarizer.summarize(WITH_LINES, Length.sentences(3)));
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aFreshSummarizerGivesTheSameSummary(String algorithm) {
        Summary first = summarizer(algorithm).summarize(WITH_LINES, Length.words(40));
        Summary second = summarizer(algorithm).summarize(new String(WITH_LINES.toCharArray()), Length.words(40));
        assertEquals(first, second);
    }

    // ---- configuration and contracts -----------------------------------------------------------

    @Test
    void aCustomScorerDecidesWhatIsChosen() {
        Summarizer lastFirst = Summarizer.builder().scorer((a, context) -> SentenceScores.of(a.sentences().size(), i -> i)).build();
        Summary summary = lastFirst.summarize(TEN_SENTENCES, Length.sentences(1));
        assertEquals(9, summary.sentences().get(0).index());
    }

    @Test
    void aScorerReturningTheWrongNumberOfScoresIsReported() {
        Summarizer broken = Summarizer.builder().scorer((a, context) -> SentenceScores.of(1, i -> 0)).build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> broken.summarize(TEN_SENTENCES, Length.sentences(1)));
        assertTrue(e.getMessage().endsWith(" returned 1 scores for 10 sentences"), e.getMessage());
    }

    @Test
    void theScorerIsNotAskedAboutAnArticleWithoutSentences() {
        Summarizer failing = Summarizer.builder().scorer((a, context) -> {
            throw new AssertionError("scored an empty article");
        }).build();
        assertTrue(failing.summarize("   ", Length.sentences(1)).isEmpty());
    }

    @Test
    void aHandBuiltArticleIsSummarizedWithOffsetsIntoItsText() {
        Article article = TestArticles.ofSentences("Alpha beta.", "Gamma beta delta.", "Epsilon.");
        Summary summary = summarizer("textrank").summarize(article, Length.sentences(2));
        assertSame(article.text(), summary.source());
        for (KeySentence sentence : summary.sentences()) {
            assertEquals(sentence.text(), article.text().substring(sentence.start(), sentence.end()));
        }
        assertEquals(List.of(0, 1), summary.sentences().stream().map(KeySentence::index).toList());
    }

    @Test
    void anUnknownAlgorithmIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().algorithm("luhn"));
    }

    @Test
    void algorithmNamesAreCaseInsensitive() {
        assertEquals(summarizer("textrank").summarize(TEN_SENTENCES, Length.sentences(2)),
                Summarizer.builder().algorithm("TEXTRANK").build().summarize(TEN_SENTENCES, Length.sentences(2)));
    }

    @Test
    void differentAlgorithmsCanChooseDifferently() {
        Summary lead = summarizer("lead").summarize(TEN_SENTENCES, Length.sentences(2));
        Summary textrank = summarizer("textrank").summarize(TEN_SENTENCES, Length.sentences(2));
        assertNotEquals(lead.sentences(), textrank.sentences());
    }

    @Test
    void aNullTextIsRejectedByName() {
        Summarizer summarizer = Summarizer.builder().build();
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> summarizer.summarize((String) null, Length.sentences(1))).getMessage());
    }

    @Test
    void aNullLengthIsRejectedByName() {
        Summarizer summarizer = Summarizer.builder().build();
        assertEquals("length", assertThrows(NullPointerException.class,
                () -> summarizer.summarize("Text.", null)).getMessage());
        assertEquals("length", assertThrows(NullPointerException.class,
                () -> summarizer.summarize(List.of("Text."), null)).getMessage());
        assertEquals("length", assertThrows(NullPointerException.class,
                () -> summarizer.summarize(TestArticles.ofSentences("Text."), null)).getMessage());
    }

    @Test
    void aNullSentenceListIsRejectedByName() {
        Summarizer summarizer = Summarizer.builder().build();
        assertEquals("sentences", assertThrows(NullPointerException.class,
                () -> summarizer.summarize((List<String>) null, Length.sentences(1))).getMessage());
    }

    @Test
    void aNullSentenceInTheListIsRejectedWithItsPosition() {
        Summarizer summarizer = Summarizer.builder().build();
        List<String> input = Arrays.asList("One.", null, "Three.");
        assertEquals("sentences[1]", assertThrows(NullPointerException.class,
                () -> summarizer.summarize(input, Length.sentences(1))).getMessage());
    }

    @Test
    void aNullArticleIsRejectedByName() {
        Summarizer summarizer = Summarizer.builder().build();
        assertEquals("article", assertThrows(NullPointerException.class,
                () -> summarizer.summarize((Article) null, Length.sentences(1))).getMessage());
    }

    @Test
    void aNullScorerIsRejectedByName() {
        assertEquals("scorer", assertThrows(NullPointerException.class,
                () -> Summarizer.builder().scorer(null)).getMessage());
    }

    @Test
    void aNullAnalyzerIsRejectedByName() {
        assertEquals("analyzer", assertThrows(NullPointerException.class,
                () -> Summarizer.builder().analyzer(null)).getMessage());
    }

    @Test
    void aNullAlgorithmIsRejectedByName() {
        assertEquals("algorithm", assertThrows(NullPointerException.class,
                () -> Summarizer.builder().algorithm((String) null)).getMessage());
    }
}
