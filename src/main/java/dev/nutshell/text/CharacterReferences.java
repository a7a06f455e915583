package dev.nutshell.text;

import org.jsoup.nodes.Entities;

/**
 * HTML character references left in plain text ("&amp;quot;", "&amp;#39;", "&amp;#x201C;",
 * "&amp;laquo;"): a scraper or a corpus that escaped its quotation marks leaves them so, and the
 * splitter reads one that stands for a quotation mark or a bracket as that mark, so that "…
 * победили.&amp;#39;&amp;#39; Потом" ends its sentence as "… победили.'' Потом" does.
 *
 * <p>Stateless and thread-safe. The splitter asks only at an ampersand next to a candidate
 * boundary; each question reads at most {@value #MAX_LENGTH} characters, and only a named
 * reference allocates (its name, to look it up in jsoup's table of HTML entities).
 */
final class CharacterReferences {
    /** "&amp;#x201C;" and "&amp;laquo;" fit; quotation marks need no longer name. */
    static final int MAX_LENGTH = 10;

    private CharacterReferences() {
    }

    /**
     * The character that the reference at {@code position} stands for, if it is one character of
     * the Basic Multilingual Plane, or 0.
     */
    static char at(String text, int position, int end) {
        int length = length(text, position, end);
        if (length == 0) {
            return 0;
        }
        if (text.charAt(position + 1) == '#') {
            return numeric(text, position + 2, position + length - 1);
        }
        String character = Entities.getByName(text.substring(position + 1, position + length - 1));
        return character.length() == 1 ? character.charAt(0) : 0;
    }

    /**
     * The length of the reference at {@code position}: "&amp;", then "#" and digits, "#x" and hex
     * digits, or letters and digits, then ";"; 0 if none starts there.
     */
    static int length(String text, int position, int end) {
        int limit = Math.min(end, position + MAX_LENGTH);
        if (position + 3 >= limit || text.charAt(position) != '&') {
            return 0;
        }
        for (int i = position + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > position + 1 ? i + 1 - position : 0;
            }
            if (!(c < 128 && Character.isLetterOrDigit(c) || c == '#' && i == position + 1)) {
                return 0;
            }
        }
        return 0;
    }

    /** The character of the number in {@code text[from, to)}, decimal or "x" and hexadecimal, or 0. */
    private static char numeric(String text, int from, int to) {
        boolean hex = from < to && (text.charAt(from) == 'x' || text.charAt(from) == 'X');
        int radix = hex ? 16 : 10;
        int value = 0;
        for (int i = hex ? from + 1 : from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), radix);
            if (digit < 0) {
                return 0;
            }
            value = value * radix + digit;
        }
        return value > 0 && value <= Character.MAX_VALUE && !Character.isSurrogate((char) value) ? (char) value : 0;
    }
}
