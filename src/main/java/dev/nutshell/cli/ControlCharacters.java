package dev.nutshell.cli;

/**
 * Escapes what a terminal would obey rather than show, in messages that echo user input (file
 * names, option values, JSON text): a file named with an escape sequence could otherwise recolour
 * the screen, move the cursor or rewrite the title, and a bidirectional override could make the
 * message read as something else. Each such character becomes {@code \u001B} (four upper-case hex
 * digits), so the message stays one line and says exactly which bytes were there.
 *
 * <p>Escaped: C0 controls (line breaks and tab included), DEL, C1 controls, the Unicode line and
 * paragraph separators, the bidirectional formatting characters (U+061C, U+200E, U+200F,
 * U+202A to U+202E, U+2066 to U+2069) and surrogates without their partner. Everything else,
 * other scripts, emoji and joiners included, is kept.
 *
 * <p>Thread-safe: stateless.
 */
final class ControlCharacters {
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private ControlCharacters() {
    }

    /**
     * @param text any text, such as an error message that quotes user input
     * @return the text with every control character written as {@code \}{@code uXXXX}; linear time
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                escaped.append(c).append(text.charAt(++i));
            } else if (isControl(c)) {
                escaped.append("\\u").append(HEX_DIGITS[c >> 12]).append(HEX_DIGITS[(c >> 8) & 0xF])
                        .append(HEX_DIGITS[(c >> 4) & 0xF]).append(HEX_DIGITS[c & 0xF]);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Whether a character (a surrogate here is always an unpaired one) must not reach a terminal raw. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || isBidirectionalControl(c)
                || Character.isSurrogate(c);
    }

    private static boolean isBidirectionalControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
