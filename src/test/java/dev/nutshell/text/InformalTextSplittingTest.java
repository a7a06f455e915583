package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries in text that no editor went over: e-mails, forum posts, reviews, lists and
 * captions. One behaviour per test; every text is written for this test.
 */
class InformalTextSplittingTest {
    private final TextAnalyzer analyzer = TextAnalyzer.english();

    @Test
    void aPeriodAfterAPlainWordEndsASentenceThatTheNextStartsInLowerCase() {
        assertSegments("The pasta was cold when it came. the waiter never came back to ask.",
                "The pasta was cold when it came.", "the waiter never came back to ask.");
    }

    @Test
    void exclamationMarksBeforeALowerCaseWordEndASentence() {
        assertSegments("Thanks so much for the lift!!! see you all on Friday.",
                "Thanks so much for the lift!!!", "see you all on Friday.");
    }

    @Test
    void aQuestionMarkBeforeALowerCaseWordEndsASentence() {
        assertSegments("Has anyone tried the new bakery on Elm Street? my sister says it is great.",
                "Has anyone tried the new bakery on Elm Street?", "my sister says it is great.");
    }

    /** The lower-case rule must not cut what edited text continues in lower case. */
    @Test
    void aQuotedQuestionThatTheSentenceGoesOnAfterStaysWhole() {
        assertSegments("\"Where are the keys?\" she asked again. Nobody knew.",
                "\"Where are the keys?\" she asked again.", "Nobody knew.");
    }

    @Test
    void aBrandNameWithAnExclamationMarkStaysInsideItsSentence() {
        assertSegments("She won twice on Jeopardy! and then retired from quizzes.",
                "She won twice on Jeopardy! and then retired from quizzes.");
    }

    @Test
    void anAbbreviationBeforeALowerCaseWordStaysInsideItsSentence() {
        assertSegments("We bought bread, cheese, fruit etc. and ate by the lake. The weather held.",
                "We bought bread, cheese, fruit etc. and ate by the lake.", "The weather held.");
        assertSegments("The hall seats approx. four hundred people. It is often full.",
                "The hall seats approx. four hundred people.", "It is often full.");
    }

    @Test
    void aCitationMarkAfterTheFullStopBelongsToTheSentenceBeforeIt() {
        assertSegments("The bridge opened in 1932. [4] It was repainted in 1990. [5][6] Tolls ended later.",
                "The bridge opened in 1932. [4]", "It was repainted in 1990. [5][6]", "Tolls ended later.");
    }

    @Test
    void aCitationMarkEndingTheParagraphStaysWithTheLastSentence() {
        assertTexts("The tower is the oldest building in town. [12]", "The tower is the oldest building in town. [12]");
    }

    @Test
    void aNumberedItemAfterASentenceKeepsItsNumber() {
        assertSegments("The form asks two things. 1.) Where do you live? 2.) How old are you?",
                "The form asks two things.", "1.) Where do you live?", "2.) How old are you?");
    }

    @Test
    void anInlineNumberedListIsCutBeforeEachItem() {
        assertTexts("Bring three things 1) a tent 2) a torch 3) warm socks",
                "Bring three things", "1) a tent", "2) a torch", "3) warm socks");
    }

    @Test
    void anInlineLetteredListIsCutBeforeEachItem() {
        assertTexts("Choose one option below. a. pay now b. pay later",
                "Choose one option below.", "a. pay now", "b. pay later");
    }

    /** A lone "a)" is no list: nothing follows it in sequence. */
    @Test
    void aSingleLetterInParenthesesIsNoList() {
        assertSegments("We want a room with a) a sea view if possible.", "We want a room with a) a sea view if possible.");
    }

    @Test
    void aCapitalisedTimeOfDayCanEndASentence() {
        assertSegments("The doors open at 9 A.M. Visitors should bring a ticket.",
                "The doors open at 9 A.M.", "Visitors should bring a ticket.");
    }

    @Test
    void aTimeOfDayBeforeAWeekdayDoesNotEndTheSentence() {
        assertSegments("The vote is at 10 a.m. Tuesday in the main hall.", "The vote is at 10 a.m. Tuesday in the main hall.");
    }

    @Test
    void thePronounIEndsASentence() {
        assertSegments("Nobody was more surprised than I. Tomorrow we try again.",
                "Nobody was more surprised than I.", "Tomorrow we try again.");
    }

    @Test
    void anInitialBeforeASurnameStaysInsideItsSentence() {
        assertSegments("The letter was signed by Henry I. Marsh and two others.",
                "The letter was signed by Henry I. Marsh and two others.");
    }

    @Test
    void aCreditInParenthesesAfterACaptionIsASentenceOfItsOwn() {
        assertSegments("Boats in the harbour at dawn. (Photo: Ann Lee) The harbour is busy in summer.",
                "Boats in the harbour at dawn.", "(Photo: Ann Lee)", "The harbour is busy in summer.");
    }

    @Test
    void eMailHeadersStayOnTheirLines() {
        assertSegments("From: Ann Lee\nSent: Monday, May 3, 2004 10:15 AM\nTo: Tom Hill\nSubject: the budget\n\n"
                        + "The numbers for May are in the shared folder. Can you check them today?\n\nThanks,\nAnn",
                "LINE: From: Ann Lee", "LINE: Sent: Monday, May 3, 2004 10:15 AM", "LINE: To: Tom Hill",
                "LINE: Subject: the budget", "The numbers for May are in the shared folder.", "Can you check them today?", "LINE: Thanks,", "LINE: Ann");
    }

    @Test
    void aGreetingIsASegmentOfItsOwn() {
        assertTexts("Hi, Yes we still have two rooms free for the weekend.", "Hi,", "Yes we still have two rooms free for the weekend.");
    }

    @Test
    void aClosingAfterTheLastSentenceIsCutFromTheNameBelowIt() {
        assertTexts("Please send the signed copy back by Friday. Best regards, Ann Lee",
                "Please send the signed copy back by Friday.", "Best regards,", "Ann Lee");
    }

    /** "Thanks, Ann, for ..." names whom the sentence thanks: no closing. */
    @Test
    void aThankYouThatGoesOnIsNoClosing() {
        assertTexts("Thanks, Ann, for the quick reply.", "Thanks, Ann, for the quick reply.");
    }

    @Test
    void aGreetingBeforeThePronounIIsPartOfTheSentence() {
        assertTexts("Hi, I'm the new tenant of the flat upstairs.", "Hi, I'm the new tenant of the flat upstairs.");
    }

    @Test
    void aDateAndTimeStampOfAnEMailHeaderStandsApart() {
        assertTexts("Ann Lee 03/27/2001 09:11 AM Will you send the draft today?",
                "Ann Lee", "03/27/2001 09:11 AM", "Will you send the draft today?");
    }

    @Test
    void aStampThatAWordLeadsIntoStaysInItsSentence() {
        assertTexts("Tom Hill wrote on 08/16/2000 03:14:14 PM Could we meet on Tuesday?",
                "Tom Hill wrote on 08/16/2000 03:14:14 PM", "Could we meet on Tuesday?");
    }

    @Test
    void anEmoticonAfterTheFinalPunctuationStaysWithItsSentence() {
        assertTexts("Thanks for the tickets!!! :-) See you at the show.", "Thanks for the tickets!!! :-)", "See you at the show.");
    }

    @Test
    void aPostscriptMarkDoesNotEndASentence() {
        assertTexts("See you soon. P.S. Bring the photos from the trip.", "See you soon.", "P.S. Bring the photos from the trip.");
    }

    /** Compares the segments' texts only: whether a fragment is a line or a sentence is not what these test. */
    private void assertTexts(String text, String... expected) {
        assertEquals(List.of(expected), analyzer.split(text).stream().map(segment -> BoundaryCorpus.normalize(segment.text())).toList());
    }

    private void assertSegments(String text, String... expected) {
        List<String> actual = analyzer.split(text).stream()
                .map(segment -> (segment.kind() == TextSegment.Kind.LINE ? "LINE: " : "") + BoundaryCorpus.normalize(segment.text()))
                .toList();
        assertEquals(List.of(expected), actual);
    }
}
