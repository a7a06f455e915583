package dev.nutshell.internal;

/**
 * Puts a sentence on one line: the summary's text and the command line's one-sentence-per-line
 * output both show a sentence's own line breaks (a hard-wrapped paragraph's) as spaces, and must
 * agree on what a line break is.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * The text with every line break replaced by one space; a CR LF pair is one break and becomes
     * one space, so the result is never longer than the text. Line breaks are those the English
     * analyzer ends lines at: LF, CR, NEL, the Unicode line and paragraph separators, and vertical
     * tab and form feed, which terminals also treat as moving to another line. Everything else is
     * kept verbatim. O(length).
     *
     * @param text any text
     * @return the text on a single line; {@code text} itself if it has no line break
     */
    public static String toSpaces(String text) {
        int first = 0;
        while (first < text.length() && !isLineBreak(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // the '\n' that follows gives the space
            }
            line.append(isLineBreak(c) ? ' ' : c);
        }
        return line.toString();
    }

    /**
     * @param c a character
     * @return whether it ends a line
     */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
    }
}
