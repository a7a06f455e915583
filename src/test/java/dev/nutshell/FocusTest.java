package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Focused summaries: a query or title pulls in the sentences about it, and nothing else changes. */
class FocusTest {
    private static final String[] FIRST = {
        "The city council voted on Tuesday to turn the abandoned rail yard along the river into a public park.",
        "The plan includes walking trails, a playground and a small amphitheater for summer concerts.",
        "Construction is expected to begin next spring and to last about eighteen months."};
    private static final String[] SECOND = {
        "Residents who attended the meeting mostly welcomed the decision.",
        "Several speakers asked the council to keep the old signal tower as a reminder of the site's history.",
        "The mayor said the tower would be restored and opened to visitors if the budget allows."};
    private static final String[] THIRD = {
        "The project will cost an estimated twelve million dollars.",
        "Most of the money comes from a state grant for urban renewal, and the rest from the city's capital budget.",
        "Critics argued that the funds would be better spent on road repairs, but the motion passed by seven votes to two."};
    private static final String ARTICLE = String.join(" ", FIRST) + "\n\n" + String.join(" ", SECOND) + "\n\n"
            + String.join(" ", THIRD) + "\n";
    private static final Summarizer SUMMARIZER = Summarizer.builder().build();

    @Test
    void aQueryAboutTheThirdParagraphBringsItsSentencesIn() {
        List<String> generic = texts(SUMMARIZER.summarize(ARTICLE, Length.sentences(2)));
        List<String> focused = texts(SUMMARIZER.summarize(ARTICLE, Length.sentences(2),
                Focus.query("How much money does the state grant give?")));

        assertTrue(generic.stream().noneMatch(List.of(THIRD)::contains), () -> "generic: " + generic);
        assertTrue(focused.contains(THIRD[1]), () -> "focused: " + focused);
    }

    @Test
    void aTitleFocusWorksLikeAQuery() {
        Summary byTitle = SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.title("State grant pays for the park"));
        Summary byQuery = SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.query("State grant pays for the park"));

        assertEquals(byQuery, byTitle);
        assertTrue(texts(byTitle).contains(THIRD[1]), () -> "focused: " + byTitle);
    }

    @Test
    void aQueryThatMatchesNothingGivesTheGenericSummary() {
        Summary generic = SUMMARIZER.summarize(ARTICLE, Length.sentences(2));

        assertEquals(generic, SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.query("quantum chromodynamics")));
        assertEquals(generic, SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.query("  ")));
        assertEquals(generic, SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.query("the of and")));
        assertEquals(generic, SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.none()));
        assertFalse(generic.isEmpty());
    }

    @Test
    void theHeadlineFocusUsesTheArticlesOwnHeadline() {
        String withHeadline = "State Grant Pays for Riverside Park\n\n" + ARTICLE;
        Summary byHeadline = SUMMARIZER.summarize(withHeadline, Length.sentences(2), Focus.headline());
        Summary byTitle = SUMMARIZER.summarize(withHeadline, Length.sentences(2), Focus.title("State Grant Pays for Riverside Park"));

        assertEquals(byTitle, byHeadline);
        assertNotEquals(SUMMARIZER.summarize(withHeadline, Length.sentences(2)), byHeadline);
    }

    @Test
    void aHeadlineFocusWithoutAHeadlineGivesTheGenericSummary() {
        assertEquals(SUMMARIZER.summarize(ARTICLE, Length.sentences(2)),
                SUMMARIZER.summarize(ARTICLE, Length.sentences(2), Focus.headline()));
        List<String> units = List.of(FIRST[0], THIRD[1]);
        assertEquals(SUMMARIZER.summarize(units, Length.sentences(1)),
                SUMMARIZER.summarize(units, Length.sentences(1), Focus.headline()));
    }

    @Test
    void preSplitSentencesCanBeFocusedToo() {
        List<String> units = List.of(FIRST[0], FIRST[1], SECOND[0], THIRD[1]);

        Summary focused = SUMMARIZER.summarize(units, Length.sentences(1), Focus.query("state grant money"));

        assertEquals(List.of(THIRD[1]), texts(focused));
    }

    @Test
    void lexRankIsBiasedTowardsTheFocus() {
        Summarizer lexRank = Summarizer.builder().algorithm("lexrank").build();

        Summary focused = lexRank.summarize(ARTICLE, Length.sentences(1), Focus.query("state grant money"));

        assertEquals(List.of(THIRD[1]), texts(focused));
    }

    @Test
    void focusesAreValuesAndRejectNull() {
        assertEquals(Focus.query("a"), Focus.query("a"));
        assertNotEquals(Focus.query("a"), Focus.title("a"));
        assertEquals(Focus.Kind.HEADLINE, Focus.headline().kind());
        assertTrue(Focus.headline().text().isEmpty());
        assertThrows(NullPointerException.class, () -> Focus.query(null));
        assertThrows(NullPointerException.class, () -> SUMMARIZER.summarize(ARTICLE, Length.sentences(1), null));
    }

    @Test
    void aQueryLongerThanTheInputLimitIsRefused() {
        Summarizer small = Summarizer.builder().maxInputChars(100).build();

        assertThrows(IllegalArgumentException.class,
                () -> small.summarize(FIRST[0], Length.sentences(1), Focus.query("park ".repeat(30))));
    }

    private static List<String> texts(Summary summary) {
        return summary.sentences().stream().map(KeySentence::text).toList();
    }
}
