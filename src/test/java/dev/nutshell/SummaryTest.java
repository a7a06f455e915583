package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's text and its description. */
class SummaryTest {
    /** Summarizes by position, so that tests know which sentences are chosen. */
    private static final Summarizer LEAD = Summarizer.builder().algorithm("lead").build();

    private static KeySentence at(String source, String sentence, int index) {
        int start = source.indexOf(sentence);
        return new KeySentence(index, start, start + sentence.length(), 1, sentence);
    }

    @Test
    void theTextTurnsEveryKindOfLineBreakInsideASentenceIntoOneSpace() {
        String first = "One\nline\rbreak\r\nof\u0085every\u2028kind\u2029is\u000Bone\fspace.";
        String second = "Tabs\tand  double  spaces stay.";
        String source = first + "\n\n" + second;
        Summary summary = new Summary(source, List.of(at(source, first, 0), at(source, second, 1)), List.of());
        assertEquals("One line break of every kind is one space. Tabs\tand  double  spaces stay.", summary.text());
    }

    @Test
    void theTextOfAHardWrappedSentenceIsOneLine() {
        String text = "The river council voted on Monday to rebuild the old stone bridge over\n"
                + "the river, which engineers had warned for years could not carry modern traffic.\n"
                + "\n"
                + "Work starts in spring.";
        Summary summary = LEAD.summarize(text, Length.sentences(1));
        assertTrue(summary.sentences().get(0).text().contains("\n"), "the sentence keeps its line break verbatim");
        assertEquals("The river council voted on Monday to rebuild the old stone bridge over the river, which engineers"
                + " had warned for years could not carry modern traffic.", summary.text());
    }

    @Test
    void theTextOfPreSplitSentencesWithLineBreaksIsOneLine() {
        Summary summary = LEAD.summarize(List.of("First line\r\nof one sentence.", "Second sentence."), Length.sentences(2));
        assertEquals("First line of one sentence. Second sentence.", summary.text());
    }

    @Test
    void theDescriptionGivesCountsAndTheBeginningsOfTheChosenSentences() {
        Summary summary = LEAD.summarize(SummarizerTest.TEN_SENTENCES, Length.sentences(2));
        assertEquals("Summary[2 of 10 sentences chosen from " + SummarizerTest.TEN_SENTENCES.length() + " characters: "
                + "0 \"The river council voted on Monday to reb…\", "
                + "1 \"Engineers had warned for years that the …\"]", summary.toString());
    }

    @Test
    void theDescriptionOfAnEmptySummaryGivesTheCounts() {
        assertEquals("Summary[0 of 0 sentences chosen from 3 characters]",
                LEAD.summarize("   ", Length.sentences(3)).toString());
    }

    @Test
    void theDescriptionOfAMegabyteSourceStaysShort() {
        StringBuilder source = new StringBuilder();
        List<KeySentence> chosen = new ArrayList<>();
        for (int index = 0; source.length() < 1 << 20; index++) {
            String sentence = "Sentence " + index + " says " + "a great deal ".repeat(index % 50) + "\n and more.";
            chosen.add(new KeySentence(index, source.length(), source.length() + sentence.length(), 1, sentence));
            source.append(sentence).append(' ');
        }
        Summary summary = new Summary(source.toString(), chosen, chosen);
        String description = summary.toString();
        assertTrue(description.length() <= 400, () -> description.length() + " characters");
        assertTrue(description.endsWith(", and " + (chosen.size() - 5) + " more]"), description);
        assertTrue(description.indexOf('\n') < 0, description);
    }

    @Test
    void theDescriptionOfAMegabyteSentenceStaysShort() {
        String sentence = "word ".repeat(1 << 18).trim() + ".";
        Summary summary = LEAD.summarize(sentence, Length.sentences(1));
        assertEquals(1, summary.sentences().size());
        assertTrue(summary.toString().length() <= 200, summary.toString().length() + " characters");
    }

    @Test
    void theDescriptionNeverCutsASurrogatePairInTwo() {
        String sentence = "a".repeat(39) + "😀 is an emoji that straddles the fortieth character.";
        Summary summary = new Summary(sentence, List.of(at(sentence, sentence, 0)), List.of());
        assertTrue(summary.toString().contains("\"" + "a".repeat(39) + "…\""), summary.toString());
    }

    @Test
    void aKeySentenceDescribesItselfByItsPositionScoreAndBeginning() {
        String sentence = "The harbour reopened. ".repeat(50_000).strip();
        KeySentence key = new KeySentence(3, 0, sentence.length(), 0.5, sentence);

        assertEquals("KeySentence[index=3, start=0, end=" + sentence.length()
                + ", score=0.5, text=\"The harbour reopened. The harbour reopen…\"]", key.toString());
    }
}
