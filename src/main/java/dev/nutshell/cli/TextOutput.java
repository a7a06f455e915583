package dev.nutshell.cli;

/**
 * The plain-text output format: one sentence per line, so that scripts can count, cut and
 * number sentences with line-based tools.
 */
final class TextOutput {

    private TextOutput() {
    }

    /**
     * The text with every line break replaced by one space, so that it prints as one line. A
     * CR LF pair is one break and becomes one space.
     *
     * @param text a sentence or line, verbatim
     * @return the text on a single line
     */
    static String singleLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // the '\n' that follows gives the space
            }
            line.append(isLineBreak(c) ? ' ' : c);
        }
        return line.toString();
    }

    /**
     * The same line terminators the English analyzer breaks lines at: LF, CR, NEL, the Unicode
     * line and paragraph separators, and vertical tab and form feed, which terminals also treat
     * as moving to another line.
     */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                || c == '\u000B' || c == '\f';
    }
}
