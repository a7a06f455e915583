package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link InlineCuts} finds its cuts next to the few characters every cut needs, remembering per
 * text where each is next. These tests pin the cuts of hand-written blocks, and check on random
 * text that the search finds exactly what asking about every word start finds ({@link
 * #everyWordStart}, the same rules applied the slow way), whether the blocks of a text are asked
 * about in order through one instance or one by one.
 */
class InlineCutsTest {
    private static final BoundaryRules RULES = BoundaryRules.load("/dev/nutshell/models/en/sentence-rules.txt");

    @Test
    void cutsBeforeEachItemOfAListRunIntoItsParagraph() {
        String text = "For the trip bring 1) a tent 2) a torch 3) a map";
        assertCuts(text, text.indexOf("1)"), text.indexOf("2)"), text.indexOf("3)"));
    }

    @Test
    void cutsAfterALabelledNoteAGreetingAndAroundAnEmailStamp() {
        String note = "(Photo: Ann Lee) The harbour at dawn.";
        assertCuts(note, note.indexOf(" The"));
        String greeting = "Hi, Yes we still have rooms.";
        assertCuts(greeting, greeting.indexOf(" Yes"));
        String stamp = "Ann Lee 03/27/2001 09:11 AM Will you come?";
        assertCuts(stamp, stamp.indexOf("03/"), stamp.indexOf("Will"));
    }

    @Test
    void proseWithPeriodsCommasAndNumbersHasNoCut() {
        assertCuts("In 2004, sales rose 5.2% to $1.13bn (£600m), the firm said. Hi there, said Ann, on 3/4.");
    }

    @Test
    void theSearchFindsWhatAskingEveryWordStartFinds() {
        PropertyCheck.forAllTexts(1301, 400, InlineCutsTest::informalText, (trySeed, text) -> {
            Random random = new Random(trySeed);
            InlineCuts inOrder = new InlineCuts(text);
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + 1 + random.nextInt(120));
                int[] expected = everyWordStart(text, start, end);
                assertArrayEquals(expected, inOrder.find(start, end, RULES), "block " + start + "-" + end + " in order");
                assertArrayEquals(expected, new InlineCuts(text).find(start, end, RULES), "block " + start + "-" + end + " alone");
                start = end;
            }
            // Asked about out of order, an instance searches again rather than trust what it remembers.
            int from = random.nextInt(text.length() + 1);
            assertArrayEquals(everyWordStart(text, from, text.length()), inOrder.find(from, text.length(), RULES));
        });
    }

    private static void assertCuts(String text, int... cuts) {
        assertArrayEquals(cuts, new InlineCuts(text).find(0, text.length(), RULES), text);
    }

    /** The cuts as found by looking at every word start of the block: slow, but plainly what the rules say. */
    private static int[] everyWordStart(String text, int start, int end) {
        List<Integer> cuts = new ArrayList<>();
        int[] lastOrdinal = new int[6];
        int[] firstMarker = new int[6];
        for (int position = start; position < end; position++) {
            if (position > start && !Characters.isSpace(text.charAt(position - 1))) {
                continue;
            }
            char c = text.charAt(position);
            if (c == '(') {
                int noteEnd = InlineCuts.labelledNoteEnd(text, position, end);
                if (noteEnd > 0) {
                    cuts.add(noteEnd);
                }
            } else if (Character.isDigit(c) || c >= 'a' && c <= 'j') {
                InlineCuts.listMarker(text, position, end, lastOrdinal, firstMarker, cuts);
                InlineCuts.timeStamp(text, start, position, end, cuts);
            } else if (Character.isUpperCase(c) && InlineCuts.startsSegment(text, start, position)) {
                InlineCuts.greeting(text, position, end, RULES, cuts);
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).filter(cut -> cut > start && cut < end).sorted().distinct().toArray();
    }

    /** Pieces of e-mails, lists and captions, run together with every kind of space between them. */
    private static String informalText(Random random) {
        String[] pieces = {"1) ", "2) ", "3)", "12) ", "10)", "1. ", "2. ", "12. ", "123. ", "a. ", "b. ", "c.) ", "d)", "a) ",
            "(Photo: Ann Lee) ", "(Source: x) ", "(note) ", "(", ")", "03/27/2001 09:11 AM ", "1/2/3 4:5 ",
            "12345/6 ", "Hi, ", "Best regards, ", "Thanks, Ann, ", "Dear John Smith, ", "Hi ,", "I ", "Yes ",
            "We ", "we ", "said, ", "it, ", ". ", "! ", "? ", "… ", ".", ",", "/", "7", "j", "k", "x ", "Über ",
            "\u0661) ", "\u0662) ", "\n", "\t", "\u00a0", " ", "  ", "word ", "Word "};
        StringBuilder text = new StringBuilder();
        for (int i = 0, count = 1 + random.nextInt(60); i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
