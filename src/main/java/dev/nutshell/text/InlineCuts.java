package dev.nutshell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries that no final punctuation marks, inside one block of text written by
 * hand: before each item of a list run into its paragraph ("bring 1) a tent 2) a torch", "a. pay
 * now b. pay later"), and after a labelled note in parentheses such as a picture's credit
 * ("(Photo: Ann Lee) The harbour"). A list needs at least two markers in sequence of one style
 * (digits or lower-case letters, then ")", ".)" or "."), so a lone "a)" or a number before a
 * period is no list; items marked with "." must start in lower case, as "page 1. Then" does not.
 *
 * <p>Stateless and thread-safe. Linear in the block's length: every look-ahead is bounded.
 */
final class InlineCuts {
    /** Digits or one letter, then ")", ".)" or ".": six styles of marker. */
    private static final int STYLES = 6;
    private static final int MAX_LABEL = 20;
    private static final int MAX_NOTE = 100;

    private InlineCuts() {
    }

    /**
     * @return the offsets in {@code (start, end)} where a segment starts without a sentence
     *     boundary before it, ascending, without repeats
     */
    static int[] find(String text, int start, int end) {
        List<Integer> cuts = new ArrayList<>();
        int[] lastOrdinal = new int[STYLES];
        int[] firstMarker = new int[STYLES];
        for (int position = start; position < end; position++) {
            if (position > start && !Characters.isSpace(text.charAt(position - 1))) {
                continue;
            }
            char c = text.charAt(position);
            if (c == '(') {
                int noteEnd = labelledNoteEnd(text, position, end);
                if (noteEnd > 0) {
                    cuts.add(noteEnd);
                }
            } else if (Character.isDigit(c) || c >= 'a' && c <= 'j') {
                listMarker(text, position, end, lastOrdinal, firstMarker, cuts);
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).filter(cut -> cut > start && cut < end)
                .sorted().distinct().toArray();
    }

    /** Adds the cuts of a list marker at {@code position}, if there is one in sequence. */
    private static void listMarker(String text, int position, int end, int[] lastOrdinal, int[] firstMarker,
            List<Integer> cuts) {
        int ordinalEnd = position;
        int ordinal;
        boolean letter = !Character.isDigit(text.charAt(position));
        if (letter) {
            ordinal = text.charAt(position) - 'a' + 1;
            ordinalEnd = position + 1;
        } else {
            ordinal = 0;
            while (ordinalEnd < end && ordinalEnd - position < 2 && Character.isDigit(text.charAt(ordinalEnd))) {
                ordinal = 10 * ordinal + text.charAt(ordinalEnd++) - '0';
            }
        }
        int suffix = suffix(text, ordinalEnd, end);
        if (suffix < 0 || ordinal == 0) {
            return;
        }
        int itemStart = ordinalEnd + (suffix == 1 ? 2 : 1) + 1; // past the suffix and one space
        if (itemStart > end || !Characters.isSpace(text.charAt(itemStart - 1)) || itemStart == end
                || suffix == 2 && !Character.isLowerCase(text.charAt(itemStart))) {
            return;
        }
        int style = (letter ? 3 : 0) + suffix;
        if (ordinal == 1) {
            firstMarker[style] = position;
        } else if (lastOrdinal[style] == ordinal - 1) {
            if (ordinal == 2) {
                cuts.add(firstMarker[style]);
            }
            cuts.add(position);
        } else {
            lastOrdinal[style] = 0;
            return;
        }
        lastOrdinal[style] = ordinal;
    }

    /** 0 for ")", 1 for ".)", 2 for "." at {@code position}; -1 for anything else. */
    private static int suffix(String text, int position, int end) {
        if (position >= end) {
            return -1;
        }
        char c = text.charAt(position);
        if (c == ')') {
            return 0;
        }
        if (c != '.') {
            return -1;
        }
        return position + 1 < end && text.charAt(position + 1) == ')' ? 1 : 2;
    }

    /**
     * The end of a note in parentheses that starts with one word and a colon, "(Photo: Ann Lee)",
     * "(Source: the census)", when a capitalised word follows it: a caption's credit or a
     * source standing apart from the sentence after it. 0 if there is none at {@code open}.
     */
    private static int labelledNoteEnd(String text, int open, int end) {
        int label = open + 1;
        while (label < end && label - open <= MAX_LABEL && Character.isLetter(text.charAt(label))) {
            label++;
        }
        if (label == open + 1 || label >= end || text.charAt(label) != ':') {
            return 0;
        }
        int close = label;
        while (close < end && close - open <= MAX_NOTE && text.charAt(close) != ')' && text.charAt(close) != '(') {
            close++;
        }
        if (close + 2 >= end || text.charAt(close) != ')' || !Characters.isSpace(text.charAt(close + 1))
                || !Character.isUpperCase(text.charAt(close + 2))) {
            return 0;
        }
        return close + 1;
    }
}
