package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour of the English splitter per test; the corpus test covers the many variants. */
class SentenceSplittingTest {
    private final TextAnalyzer analyzer = TextAnalyzer.english();

    @Test
    void headlineIsKeptApartFromTheFirstSentence() {
        assertSegments("Storm leaves thousands without power\nThousands of homes lost power on Tuesday night.",
                "LINE: Storm leaves thousands without power",
                "Thousands of homes lost power on Tuesday night.");
    }

    /** A date, an age or a reading time under a headline starts with a digit, yet does not continue it. */
    @Test
    void headlineNeverMergesWithTheDateLineBelowIt() {
        assertSegments("Storm Bert: Hundreds of homes flooded as rivers burst banks\n25 November 2025\n\n"
                        + "Hundreds of homes were flooded on Sunday as rivers burst their banks across Wales.",
                "LINE: Storm Bert: Hundreds of homes flooded as rivers burst banks",
                "LINE: 25 November 2025",
                "Hundreds of homes were flooded on Sunday as rivers burst their banks across Wales.");
        assertSegments("Storm Bert: Hundreds of homes flooded as rivers burst banks\n2 hours ago\n"
                        + "Hundreds of homes were flooded on Sunday as rivers burst their banks across Wales.",
                "LINE: Storm Bert: Hundreds of homes flooded as rivers burst banks",
                "LINE: 2 hours ago",
                "Hundreds of homes were flooded on Sunday as rivers burst their banks across Wales.");
        assertSegments("Markets rally as the central bank holds rates, 4:05 p.m. ET\n5 min read\n"
                        + "Stocks rose on Wednesday after the central bank left its main rate unchanged.",
                "LINE: Markets rally as the central bank holds rates, 4:05 p.m. ET",
                "LINE: 5 min read",
                "Stocks rose on Wednesday after the central bank left its main rate unchanged.");
    }

    /** A hard-wrapped paragraph whose next line starts with a number still goes on across the break. */
    @Test
    void aWrappedLineStartingWithANumberContinuesTheSentence() {
        assertSegments("The council said the new bridge over the river would open to traffic on\n"
                        + "25 November, three weeks later than planned, after a dispute over costs.",
                "The council said the new bridge over the river would open to traffic on 25 November, three weeks later than planned, after a dispute over costs.");
    }

    @Test
    void teaserLinesAreLinesNotSentences() {
        assertSegments("No time to read?\nGet a summary\n\nMinisters agreed a deal on fishing rights after months of talks.",
                "LINE: No time to read?",
                "LINE: Get a summary",
                "Ministers agreed a deal on fishing rights after months of talks.");
    }

    @Test
    void bylinesAreLines() {
        assertSegments("By JANE SMITH, Reuters\nBy Tom Brown and Aisha Rahman, Political correspondents\n"
                        + "The prime minister faces a vote of confidence next week.",
                "LINE: By JANE SMITH, Reuters",
                "LINE: By Tom Brown and Aisha Rahman, Political correspondents",
                "The prime minister faces a vote of confidence next week.");
    }

    @Test
    void previousAndNextArticleNavigationAreLines() {
        assertSegments("The festival will return next summer, organisers said.\n\nPrevious Article\nNext Article",
                "The festival will return next summer, organisers said.",
                "LINE: Previous Article",
                "LINE: Next Article");
    }

    @Test
    void shortQuestionStandingAloneIsASubheading() {
        assertSegments("Is the housing boom over?\n\nHouse prices fell for the third month in a row, lenders said.",
                "LINE: Is the housing boom over?",
                "House prices fell for the third month in a row, lenders said.");
    }

    @Test
    void creditAfterTheLastSentenceOfALineIsALine() {
        assertSegments("Crowds gathered in the square before dawn. Photo: AFP",
                "Crowds gathered in the square before dawn.",
                "LINE: Photo: AFP");
    }

    @Test
    void paragraphBreakEndsASentenceEvenWithoutPunctuation() {
        assertSegments("The council said the plan would cost about ten million pounds over five years\n\n"
                        + "Critics said the figure was far too low for a project of this size.",
                "LINE: The council said the plan would cost about ten million pounds over five years",
                "Critics said the figure was far too low for a project of this size.");
    }

    @Test
    void titleBeforeANameDoesNotEndTheSentence() {
        assertSegments("Mr. Hale and Dr. Reyes met Prof. Chen at St. Mary's. They talked for an hour.",
                "Mr. Hale and Dr. Reyes met Prof. Chen at St. Mary's.",
                "They talked for an hour.");
    }

    @Test
    void initialsDoNotEndTheSentence() {
        assertSegments("J. K. Rowling met George W. Bush and H.G. Carter. They posed for photos.",
                "J. K. Rowling met George W. Bush and H.G. Carter.",
                "They posed for photos.");
    }

    @Test
    void abbreviationBeforeAWordThatStartsSentencesEndsTheSentence() {
        assertSegments("The soldiers returned to the U.S. The deployment had lasted a year.",
                "The soldiers returned to the U.S.",
                "The deployment had lasted a year.");
    }

    @Test
    void abbreviationBeforeAProperNounDoesNotEndTheSentence() {
        assertSegments("The U.S. Senate met at 6 a.m. GMT on Monday. It adjourned at noon.",
                "The U.S. Senate met at 6 a.m. GMT on Monday.",
                "It adjourned at noon.");
    }

    @Test
    void letterAfterADesignatorIsNoInitial() {
        assertSegments("The council said it had no plan B. Officials will meet again next week.",
                "The council said it had no plan B.",
                "Officials will meet again next week.");
    }

    @Test
    void decimalsMoneyAndVersionsDoNotBreakSentences() {
        assertSegments("The start-up raised $1.5bn at 3.14 times sales. Version 2.0.1 shipped.",
                "The start-up raised $1.5bn at 3.14 times sales.",
                "Version 2.0.1 shipped.");
    }

    @Test
    void urlsAndEmailAddressesDoNotBreakSentences() {
        assertSegments("See https://example.com/a.html or write to jane.doe@example.org. Details are at www.example.org. Entries close Friday.",
                "See https://example.com/a.html or write to jane.doe@example.org.",
                "Details are at www.example.org.",
                "Entries close Friday.");
    }

    @Test
    void numberedListItemsAreNotSplitAtTheirNumber() {
        assertSegments("1. Dr. Patel will chair the panel on Monday.\n2. Prof. Ng will report on the findings.",
                "1. Dr. Patel will chair the panel on Monday.",
                "2. Prof. Ng will report on the findings.");
    }

    @Test
    void questionInsideQuotesFollowedByLowerCaseIsOneSentence() {
        assertSegments("\"Why?\" he asked. Nobody answered him.", "\"Why?\" he asked.", "Nobody answered him.");
    }

    @Test
    void quotedSentenceEndsWithItsClosingQuote() {
        assertSegments("“This is the end of an era.” The minister then left the stage.",
                "“This is the end of an era.”",
                "The minister then left the stage.");
    }

    @Test
    void ellipsisBeforeLowerCaseDoesNotEndTheSentence() {
        assertSegments("He paused... and then walked away. She waited… Nobody spoke.",
                "He paused... and then walked away.",
                "She waited…",
                "Nobody spoke.");
    }

    @Test
    void hardWrappedParagraphLinesAreJoined() {
        assertSegments("The new stadium will be opened next spring by the club's most famous\n"
                        + "former player, Sir David Okonjo. Tickets for the first match went on sale\n"
                        + "on Monday and sold out within an hour, the club's chief executive Anna\n"
                        + "Berg said.",
                "The new stadium will be opened next spring by the club's most famous former player, Sir David Okonjo.",
                "Tickets for the first match went on sale on Monday and sold out within an hour, the club's chief executive Anna Berg said.");
    }

    @Test
    void headlineAboveAHardWrappedParagraphIsKeptApart() {
        assertSegments("Government announces new plan to cut household energy bills\n"
                        + "Ministers have set out a plan to cut household energy bills by up to a\n"
                        + "fifth over the next three years, funded by a levy on energy producers.",
                "LINE: Government announces new plan to cut household energy bills",
                "Ministers have set out a plan to cut household energy bills by up to a fifth over the next three years, funded by a levy on energy producers.");
    }

    @Test
    void crlfLineEndsBehaveLikeLineFeeds() {
        String lf = "Museum reopens after flood\n\nThe city museum reopened on Saturday. Entry is free this month.\n";
        List<TextSegment> crlf = analyzer.split(lf.replace("\n", "\r\n"));
        List<TextSegment> plain = analyzer.split(lf);
        assertEquals(plain.stream().map(TextSegment::text).toList(), crlf.stream().map(TextSegment::text).toList());
        assertEquals(plain.stream().map(TextSegment::kind).toList(), crlf.stream().map(TextSegment::kind).toList());
    }

    @Test
    void lowerCaseTokenizedTextSplitsAtStandAlonePeriods() {
        assertSegments("the man said . `` hello '' he added . mr. smith left .",
                "the man said .", "`` hello '' he added .", "mr. smith left .");
    }

    @Test
    void cjkSentencesSplitWithoutSpaces() {
        assertSegments("今天天气很好。我们去公园散步。", "今天天气很好。", "我们去公园散步。");
    }

    @Test
    void everySegmentIsTheExactSubstringAtItsOffsets() {
        String text = "  Storm closes schools \r\n\r\nMr.\u00A0Smith said: “We’re shut.” Schools reopen at 9 a.m. Monday 🎉.\t"
                + "See www.example.org.\n\n1. Stay home.\n今天天气很好。我们去公园散步。 \n";
        List<TextSegment> segments = analyzer.split(text);
        assertFalse(segments.isEmpty());
        for (TextSegment segment : segments) {
            assertEquals(text.substring(segment.start(), segment.end()), segment.text());
            assertFalse(Characters.isSpace(segment.text().charAt(0)));
            assertFalse(Characters.isSpace(segment.text().charAt(segment.text().length() - 1)));
        }
    }

    @Test
    void linesAreNeverPickedForASummary() {
        String text = "Harbour town votes to ban cruise ships\n\nNo time to read?\nGet a summary\n\nBy Priya Natarajan\n\n"
                + "Councillors voted on Tuesday to ban large cruise ships from the harbour. "
                + "The decision followed complaints about crowding.\n\nPrevious Article\nNext Article";
        Article article = analyzer.analyze(text);
        assertEquals(2, article.sentences().size());
        assertEquals(6, article.lines().size());
        Summary summary = Summarizer.builder().build().summarize(text, Length.sentences(10));
        assertEquals(2, summary.sentences().size());
        assertTrue(summary.sentences().stream().allMatch(sentence -> sentence.text().startsWith("Councillors")
                || sentence.text().startsWith("The decision")));
    }

    /** Rows of 40 characters or more, as long as each other: hard-wrapped prose, but for the columns. */
    @Test
    void rowsOfAFixedWidthTableAreLinesOfTheirOwn() {
        assertSegments("  Year    Revenue    Costs    Profit   Margin\n"
                + "  2018     1204.5    980.2     224.3    18.6%\n"
                + "  2019     1350.1   1011.7     338.4    25.1%",
                "LINE: Year Revenue Costs Profit Margin",
                "LINE: 2018 1204.5 980.2 224.3 18.6%",
                "LINE: 2019 1350.1 1011.7 338.4 25.1%");
    }

    @Test
    void rowsOfATableInsideAnArticleAreNeverChosen() {
        String text = "Sales grew in every region last year, the company said in its annual report.\n\n"
                + "id, region, manager, units, growth, updated\n"
                + "1, North, Anna Berg, 1200, 4.5, 2023-01-04\n"
                + "2, South, Tom Hale, 980, 2.1, 2023-02-11\n"
                + "3, East, Ivy Chan, 1430, 6.0, 2023-03-09\n\n"
                + "The figures are unaudited and may still change before the meeting in May.";
        Summary summary = Summarizer.builder().build().summarize(text, Length.sentences(5));
        assertEquals(List.of("Sales grew in every region last year, the company said in its annual report.",
                "The figures are unaudited and may still change before the meeting in May."),
                summary.sentences().stream().map(sentence -> sentence.text()).toList());
    }

    /**
     * Text that is only a table has lines but no sentence, so its rows become the candidates (the
     * rule for text without sentence punctuation): three sentences are three rows, not the table.
     */
    @Test
    void aThreeSentenceSummaryOfATableIsThreeRows() {
        StringBuilder table = new StringBuilder("  Year    Revenue    Costs    Profit   Margin\n");
        java.util.Random random = new java.util.Random(5);
        for (int row = 0; row < 5_000; row++) {
            table.append(String.format(java.util.Locale.ROOT, "  %4d  %9.1f  %7.1f  %8.1f  %6.1f%%\n",
                    1900 + random.nextInt(125), 2000 * random.nextDouble(), 1500 * random.nextDouble(),
                    500 * random.nextDouble(), 40 * random.nextDouble()));
        }
        Summary summary = Summarizer.builder().build().summarize(table.toString(), Length.sentences(3));
        assertEquals(3, summary.sentences().size());
        for (var sentence : summary.sentences()) {
            assertTrue(sentence.text().length() < 50 && sentence.text().indexOf('\n') < 0, sentence.text());
        }
    }

    /**
     * NEL (U+0085) ends a line but is no Java whitespace; inside a hard-wrapped paragraph it is a
     * soft break, and a sentence after it must not start with it (found by SplitPropertyTest).
     */
    @Test
    void aSentenceNeverStartsWithANextLineCharacter() {
        String text = "Harbour news from the busy town hall today！\u0085and then the council met on Friday.";

        List<TextSegment> segments = analyzer.split(text);

        assertEquals(List.of("Harbour news from the busy town hall today！", "and then the council met on Friday."),
                segments.stream().map(TextSegment::text).toList());
        assertEquals(44, segments.get(1).start());
    }

    @Test
    void longAdversarialTextSplitsIntoWellFormedSegments() {
        StringBuilder text = new StringBuilder();
        String[] pieces = {"Acme Inc. Foo ", "U.S. Bar ", "x. ", "... ", "“Why?” ", "1. ", "a.m. Baz ", "\n", "word ",
            "J. K. ", "etc. Qux ", "www.example.org. ", "!!! ", "'' "};
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append(pieces[i % pieces.length]);
            if (i % 97 == 0) {
                text.append("\n\n");
            }
        }
        String input = text.toString();
        List<TextSegment> segments = analyzer.split(input);

        assertFalse(segments.isEmpty());
        SplitPropertyTest.assertWellFormed(input, segments);
    }

    /** Compares the segments' kinds and texts, whitespace runs (a soft line break) read as one space. */
    private void assertSegments(String text, String... expected) {
        List<String> actual = analyzer.split(text).stream()
                .map(segment -> (segment.kind() == TextSegment.Kind.LINE ? "LINE: " : "") + BoundaryCorpus.normalize(segment.text()))
                .toList();
        assertEquals(List.of(expected), actual);
    }
}
