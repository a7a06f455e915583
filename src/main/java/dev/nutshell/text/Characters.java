package dev.nutshell.text;

/** Character classes used by the splitter and tokenizer; all O(1) and allocation-free. */
final class Characters {

    /** {@link #isSpace(char)} for ASCII: space, tab to carriage return, and the separators U+001C to U+001F. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private Characters() {
    }

    /** Sentence-final punctuation: Latin, CJK full-width, Arabic, Devanagari. */
    static boolean isTerminal(char c) {
        if (c < 128) {
            // The splitter asks about every character: ASCII, nearly all of them, skips the switch's search.
            return c == '.' || c == '!' || c == '?';
        }
        return switch (c) {
            case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '｡', '؟', '۔', '।', '॥' -> true;
            default -> false;
        };
    }

    /** Terminal punctuation that ends a sentence without needing a following space. */
    static boolean isSpacelessTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '｡';
    }

    /** Punctuation that can close a sentence after its final period: quotes and brackets. */
    static boolean isClosing(char c) {
        if (c == '"' || c == '\'') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** Punctuation that can open a sentence before its first word: quotes, brackets, dashes. */
    static boolean isOpening(char c) {
        if (c == '"' || c == '\'' || c == '¿' || c == '¡' || c == '*' || c == '•') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION;
    }

    /**
     * Whitespace of any kind, including no-break spaces and NEL (U+0085), which Java counts as
     * neither whitespace nor a space but which ends a line, and so may sit inside a block of
     * hard-wrapped text as a soft break that no sentence may start or end with.
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            // A table for ASCII: the tokenizer and splitter ask about every character, and branching on
            // ranges mispredicts on prose, where spaces and letters alternate.
            return ASCII_SPACE[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** A line terminator: LF, CR, NEL, line and paragraph separators, vertical tab, form feed. */
    static boolean isLineBreak(char c) {
        if (c > '\r' && c < '\u0085') {
            return false; // printable ASCII, in one test: the block finder asks about every character
        }
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
    }

    /** Whether {@code text[start, end)} has an upper-case letter: is the text cased at all. */
    static boolean hasUpperCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // ASCII without the Unicode tables: their lookup was most of this loop's time.
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }
}
