package dev.nutshell.text;

/** Character classes used by the splitter and tokenizer; all O(1) and allocation-free. */
final class Characters {

    private Characters() {
    }

    /** Sentence-final punctuation: Latin, CJK full-width, Arabic, Devanagari. */
    static boolean isTerminal(char c) {
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

    /** Whitespace of any kind, including no-break spaces. */
    static boolean isSpace(char c) {
        if (c < 128) {
            // The same answer for ASCII without the Unicode tables: the tokenizer and splitter ask for every character.
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A line terminator: LF, CR, NEL, line and paragraph separators, vertical tab, form feed. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f';
    }

    /** Whether {@code text[start, end)} has an upper-case letter: is the text cased at all. */
    static boolean hasUpperCase(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
