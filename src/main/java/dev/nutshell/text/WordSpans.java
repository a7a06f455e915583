package dev.nutshell.text;

import java.util.Arrays;

/**
 * The tokens of one sentence for keyphrase extraction, as spans: words and the punctuation between
 * them.
 *
 * <p>A word is a run of letters, digits and combining marks, which may hold one of {@code - ' ’ .
 * & /} between two such characters ({@code "state-of-the-art"}, {@code "don't"}, {@code "U.S"},
 * {@code "AT&T"}, {@code "input/output"}): the tokens the keyphrase evaluation protocol counts as
 * one, so that a phrase never starts inside a compound. A word with a period inside keeps a period
 * that ends it ({@code "U.S."}). A CJK ideograph is a word of its own. Every
 * other character that is not whitespace is a punctuation token of one code point.
 *
 * <p>Not thread-safe: a reusable buffer owned by one worker. O(n) in the sentence's length.
 */
final class WordSpans {
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] words = new boolean[64];

    /**
     * Replaces the spans with the tokens of {@code text[start, end)}.
     *
     * @return this
     */
    WordSpans read(String text, int start, int end) {
        size = 0;
        int position = start;
        while (position < end) {
            int codePoint = text.codePointAt(position);
            int next = position + Character.charCount(codePoint);
            if (Character.isIdeographic(codePoint)) {
                add(position, next, true);
            } else if (isWordPart(codePoint)) {
                next = withFinalPeriod(text, position, wordEnd(text, next, end), end);
                add(position, next, true);
            } else if (!(codePoint <= Character.MAX_VALUE && Characters.isSpace((char) codePoint))) {
                add(position, next, false);
            }
            position = next;
        }
        return this;
    }

    /** Just past the word whose first code point ends before {@code position}. */
    private static int wordEnd(String text, int position, int end) {
        while (position < end) {
            int codePoint = text.codePointAt(position);
            if (isWordPart(codePoint) && !Character.isIdeographic(codePoint)) {
                position += Character.charCount(codePoint);
            } else if (isJoiner(codePoint) && position + 1 < end && isWordPart(text.codePointAt(position + 1))
                    && !Character.isIdeographic(text.codePointAt(position + 1))) {
                position++;
            } else {
                return position;
            }
        }
        return position;
    }

    /**
     * An abbreviation written with periods keeps its last one ({@code "U.S."}, {@code "e.g."}): a
     * word with a period inside, followed by a period that no letter or digit follows. So does an
     * initial ({@code "George W. Bush"}), so that its period does not cut the name in two.
     */
    private static int withFinalPeriod(String text, int start, int wordEnd, int end) {
        if (wordEnd < end && text.charAt(wordEnd) == '.'
                && (wordEnd + 1 == end || !isWordPart(text.codePointAt(wordEnd + 1)))
                && (text.lastIndexOf('.', wordEnd - 1) > start || isInitial(text, start, wordEnd, end))) {
            return wordEnd + 1;
        }
        return wordEnd;
    }

    /**
     * Whether the word {@code text[start, wordEnd)}, followed by a period, is an initial: one
     * capital letter whose period is followed by spaces and a capitalised word of the same
     * sentence. Looks past the spaces after it only.
     */
    private static boolean isInitial(String text, int start, int wordEnd, int end) {
        if (wordEnd - start != 1 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int next = wordEnd + 1;
        while (next < end && Characters.isSpace(text.charAt(next))) {
            next++;
        }
        return next > wordEnd + 1 && next < end && Character.isUpperCase(text.codePointAt(next));
    }

    private void add(int start, int end, boolean word) {
        if (size == starts.length) {
            int capacity = 2 * size;
            int[] newStarts = Arrays.copyOf(starts, capacity);
            int[] newEnds = Arrays.copyOf(ends, capacity);
            boolean[] newWords = Arrays.copyOf(words, capacity);
            starts = newStarts;
            ends = newEnds;
            words = newWords;
        }
        starts[size] = start;
        ends[size] = end;
        words[size] = word;
        size++;
    }

    /** @return the number of tokens */
    int size() {
        return size;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    /** @return whether the token is a word, not punctuation */
    boolean isWord(int token) {
        return words[token];
    }

    static boolean isWordPart(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int codePoint) {
        return switch (codePoint) {
            case '-', '\'', '’', '.', '&', '/' -> true;
            default -> false;
        };
    }
}
