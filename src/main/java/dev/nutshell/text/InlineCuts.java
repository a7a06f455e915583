package dev.nutshell.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sentence boundaries that no final punctuation marks, inside one block of text written by
 * hand: before each item of a list run into its paragraph ("bring 1) a tent 2) a torch", "a. pay
 * now b. pay later"), and after a labelled note in parentheses such as a picture's credit
 * ("(Photo: Ann Lee) The harbour"), around a date-and-time stamp of an e-mail header whose lines
 * were run together ("Ann Lee 03/27/2001 09:11 AM Will you"), and after a greeting or a closing
 * ("Hi, Yes we do", "Best regards, Ann Lee"). A list needs at least two markers in sequence of one style
 * (digits or lower-case letters, then ")", ".)" or "."), so a lone "a)" or a number before a
 * period is no list; items marked with "." must start in lower case, as "page 1. Then" does not.
 *
 * <p>Every cut needs a character that most text has few of: a "(" before a note, a "." or ")"
 * after a list marker's number or letter, a "/" in a date, a "," after a greeting. So instead of
 * looking at every word, the cuts are looked for around those characters, found with {@link
 * String#indexOf(int, int)}, which the JVM runs many characters at a time: this runs over every
 * block of every text and almost never cuts. One instance serves the blocks of one text, asked
 * about them in order, and remembers for each of those characters where it is next, so that a
 * text of many blocks is still searched once: linear in the text's length, every look-around
 * bounded. Not thread-safe: used by one call on one thread.
 */
final class InlineCuts {
    /** Digits or one letter, then ")", ".)" or ".": six styles of marker. */
    private static final int STYLES = 6;
    private static final int MAX_LABEL = 20;
    private static final int MAX_NOTE = 100;
    /** The most characters from a greeting's first letter to its comma: {@link #greeting} looks no further. */
    private static final int MAX_GREETING = 2 * MAX_LABEL + 1;
    private static final int[] NONE = new int[0];
    /** The characters that every cut is found next to. */
    private static final char OPEN = '(';
    private static final char PERIOD = '.';
    private static final char CLOSE = ')';
    private static final char SLASH = '/';
    private static final char COMMA = ',';
    private static final char[] ANCHORS = {OPEN, PERIOD, CLOSE, SLASH, COMMA};

    private final String text;
    /** Per anchor: where it is first at or after {@link #searchedFrom}, or the text's length if nowhere. */
    private final int[] next = new int[ANCHORS.length];
    private final int[] searchedFrom = new int[ANCHORS.length];

    /** @param text the whole text, whose blocks {@link #find} is asked about */
    InlineCuts(String text) {
        this.text = text;
        Arrays.fill(searchedFrom, Integer.MAX_VALUE); // nothing searched yet
    }

    /**
     * @return the offsets in {@code (start, end)} where a segment starts without a sentence
     *     boundary before it, ascending, without repeats
     */
    int[] find(int start, int end, BoundaryRules rules) {
        List<Integer> cuts = new ArrayList<>();
        for (int open = next(OPEN, start); open < end; open = next(OPEN, open + 1)) {
            if (isWordStart(start, open)) {
                int noteEnd = labelledNoteEnd(text, open, end);
                if (noteEnd > 0) {
                    cuts.add(noteEnd);
                }
            }
        }
        listMarkers(start, end, cuts);
        for (int slash = next(SLASH, start); slash < end; slash = next(SLASH, slash + 1)) {
            int digits = slash;
            while (digits > start && slash - digits < 4 && Character.isDigit(text.charAt(digits - 1))) {
                digits--;
            }
            if (digits < slash && isWordStart(start, digits)) {
                timeStamp(text, start, digits, end, cuts);
            }
        }
        int examinedFrom = start; // a greeting's first word is looked at once, whichever comma finds it
        for (int comma = next(COMMA, start); comma < end; comma = next(COMMA, comma + 1)) {
            examinedFrom = greetingsBefore(start, comma, examinedFrom, end, rules, cuts);
        }
        if (cuts.isEmpty()) {
            return NONE; // nearly every block: no stream set up for it
        }
        return cuts.stream().mapToInt(Integer::intValue).filter(cut -> cut > start && cut < end)
                .sorted().distinct().toArray();
    }

    /**
     * Where {@code anchor} is first at or after {@code from}, or the text's length: searched again
     * only when {@code from} is past the occurrence remembered, so that asking about the blocks in
     * order searches the text once.
     */
    private int next(char anchor, int from) {
        int kind = anchorIndex(anchor);
        if (from < searchedFrom[kind] || from > next[kind]) {
            int found = text.indexOf(anchor, from);
            next[kind] = found < 0 ? text.length() : found;
            searchedFrom[kind] = from;
        }
        return next[kind];
    }

    private static int anchorIndex(char anchor) {
        for (int i = 0; ; i++) {
            if (ANCHORS[i] == anchor) {
                return i;
            }
        }
    }

    private boolean isWordStart(int start, int position) {
        return position == start || Characters.isSpace(text.charAt(position - 1));
    }

    /**
     * Adds the cuts of the list markers of {@code [start, end)}, in order, since a marker counts
     * only after the one before it in its style: each "." or ")" right after one or two digits or
     * a letter from "a" to "j" that start a word.
     */
    private void listMarkers(int start, int end, List<Integer> cuts) {
        int[] lastOrdinal = null;
        int[] firstMarker = null;
        int period = next(PERIOD, start);
        int close = next(CLOSE, start);
        while (period < end || close < end) {
            int suffix;
            if (period < close) {
                suffix = period;
                period = next(PERIOD, period + 1);
            } else {
                suffix = close;
                close = next(CLOSE, close + 1);
            }
            int marker = markerBefore(start, suffix);
            if (marker >= 0) {
                if (lastOrdinal == null) {
                    lastOrdinal = new int[STYLES];
                    firstMarker = new int[STYLES];
                }
                listMarker(text, marker, end, lastOrdinal, firstMarker, cuts);
            }
        }
    }

    /**
     * The start of the word whose ordinal ends at {@code suffix}, as {@link #listMarker} reads
     * one: a letter from "a" to "j", or one or two digits; -1 if there is none.
     */
    private int markerBefore(int start, int suffix) {
        int last = suffix - 1;
        if (last < start) {
            return -1;
        }
        char c = text.charAt(last);
        if (c >= 'a' && c <= 'j') {
            return isWordStart(start, last) ? last : -1;
        }
        if (!Character.isDigit(c)) {
            return -1;
        }
        if (isWordStart(start, last)) {
            return last;
        }
        return last > start && Character.isDigit(text.charAt(last - 1)) && isWordStart(start, last - 1) ? last - 1 : -1;
    }

    /**
     * Adds the cuts after the greetings whose comma is at {@code comma}: {@link #greeting} asked
     * about the start of each of the (at most three) words of letters before it, separated by
     * single spaces, from {@code examinedFrom} on.
     *
     * @return where the next comma's look-back stops: the words from here on have been asked about
     */
    private int greetingsBefore(int start, int comma, int examinedFrom, int end, BoundaryRules rules,
            List<Integer> cuts) {
        int limit = Math.max(examinedFrom, comma - MAX_GREETING);
        int wordEnd = comma;
        for (int words = 0; words < 3; words++) {
            int wordStart = wordEnd;
            while (wordStart > limit && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            char first = text.charAt(wordStart);
            if (wordStart < comma && isUpperCase(first) && isWordStart(start, wordStart)
                    && startsSegment(text, start, wordStart)) {
                greeting(text, wordStart, end, rules, cuts);
            }
            if (wordStart <= limit || !Characters.isSpace(text.charAt(wordStart - 1))) {
                break;
            }
            wordEnd = wordStart - 1;
        }
        return comma + 1;
    }

    /** {@link Character#isUpperCase(char)}, without its table for ASCII. */
    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Adds the cuts of a list marker at {@code position}, if there is one in sequence. */
    static void listMarker(String text, int position, int end, int[] lastOrdinal, int[] firstMarker,
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

    /**
     * Adds the cuts around a stamp "MM/DD/YYYY HH:MM[:SS] [AM|PM]" at {@code position}: after it
     * when text follows, and before it unless a lower-case word leads into it ("sent on 03/27/2001
     * 09:11 AM").
     */
    static void timeStamp(String text, int start, int position, int end, List<Integer> cuts) {
        int date = digitsThen(text, position, end, '/');
        date = date < 0 ? -1 : digitsThen(text, date, end, '/');
        date = date < 0 ? -1 : digitsThen(text, date, end, ' ');
        int time = date < 0 ? -1 : digitsThen(text, date, end, ':');
        if (time < 0) {
            return;
        }
        int seconds = digitsThen(text, time, end, ':');
        int stampEnd = digitsThen(text, seconds < 0 ? time : seconds, end, ' ');
        if (stampEnd < 0) {
            return;
        }
        if (stampEnd + 2 <= end && (text.startsWith("AM", stampEnd) || text.startsWith("PM", stampEnd))
                && (stampEnd + 2 == end || Characters.isSpace(text.charAt(stampEnd + 2)))) {
            stampEnd = Math.min(end, stampEnd + 3);
        }
        if (!followsLowerCaseWord(text, start, position)) {
            cuts.add(position);
        }
        cuts.add(stampEnd);
    }

    /** Whether the word before {@code position} starts in lower case ("on 03/27/2001"). */
    private static boolean followsLowerCaseWord(String text, int start, int position) {
        int previous = position;
        while (previous > start && Characters.isSpace(text.charAt(previous - 1))) {
            previous--;
        }
        int wordStart = previous;
        while (wordStart > start && !Characters.isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < previous && Character.isLowerCase(text.charAt(wordStart));
    }

    /**
     * The offset just past one to four digits at {@code position} and the {@code separator} after
     * them (any whitespace for ' '), or -1; for ' ' the end of the text counts too.
     */
    private static int digitsThen(String text, int position, int end, char separator) {
        int digits = position;
        while (digits < end && digits - position < 4 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == position) {
            return -1;
        }
        if (separator == ' ') {
            return digits == end ? end : Characters.isSpace(text.charAt(digits)) ? digits + 1 : -1;
        }
        return digits < end && text.charAt(digits) == separator ? digits + 1 : -1;
    }

    /** Whether {@code position} starts the block or follows a sentence's final punctuation and a space. */
    static boolean startsSegment(String text, int start, int position) {
        if (position == start) {
            return true;
        }
        int before = position - 1;
        while (before > start && Characters.isSpace(text.charAt(before))) {
            before--;
        }
        return before < position - 1 && Characters.isTerminal(text.charAt(before));
    }

    /**
     * Adds the cut after a greeting or a closing at {@code position}: one to three words, the first
     * a {@code [greetings]} word, then a comma, then a capitalised word that no comma follows and
     * that is not "I" ("Hi, Yes we", "Best regards, Ann Lee"; but "Thanks, Ann, for", "Hi, I'm").
     */
    static void greeting(String text, int position, int end, BoundaryRules rules, List<Integer> cuts) {
        int wordEnd = position;
        while (wordEnd < end && wordEnd - position <= MAX_LABEL && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (!rules.isGreeting(text.substring(position, wordEnd))) {
            return;
        }
        int comma = wordEnd;
        for (int words = 1; comma < end && text.charAt(comma) != ','; words++) {
            if (words == 3 || !Characters.isSpace(text.charAt(comma))) {
                return;
            }
            comma++;
            while (comma < end && comma - position <= 2 * MAX_LABEL && Character.isLetter(text.charAt(comma))) {
                comma++;
            }
        }
        int next = comma + 2;
        if (next >= end || !Characters.isSpace(text.charAt(comma + 1)) || !Character.isUpperCase(text.charAt(next))) {
            return;
        }
        int nextEnd = next;
        while (nextEnd < end && nextEnd - next <= MAX_LABEL && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        boolean pronoun = nextEnd == next + 1 && text.charAt(next) == 'I'; // "Hi, I'm Ann": one sentence
        if (!pronoun && (nextEnd == end || text.charAt(nextEnd) != ',')) {
            cuts.add(comma + 1);
        }
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
    static int labelledNoteEnd(String text, int open, int end) {
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
