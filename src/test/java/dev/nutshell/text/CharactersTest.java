package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The character classes answer ASCII from their own tests rather than the Unicode tables (the
 * splitter asks about every character); these check, over every UTF-16 unit, that the short cuts
 * give exactly the answers of the definitions they stand for.
 */
class CharactersTest {

    @Test
    void theCasedTextTestAgreesWithCharacterIsUpperCaseOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isUpperCase(c), Characters.hasUpperCase(String.valueOf(c), 0, 1), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void lineBreaksAreExactlyTheSevenTerminatorsOnEveryCharacter() {
        String breaks = "\n\r\u0085\u2028\u2029\u000B\f";
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(breaks.indexOf(c) >= 0, Characters.isLineBreak(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theOnlyAsciiSentenceEndsAreThePeriodAndTheQuestionAndExclamationMarks() {
        for (char c = 0; c < 128; c++) {
            assertEquals(c == '.' || c == '!' || c == '?', Characters.isTerminal(c), "U+" + Integer.toHexString(c));
        }
    }

    /** Every ideograph is a word of its own; the word count skips the ideograph test below U+3006. */
    @Test
    void theWordCountCountsEachIdeographOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a " + c + c;
            int expected = Character.isIdeographic(c) ? 3 : Characters.isSpace(c) ? 1 : 2;
            assertEquals(expected, StandardTextAnalyzer.wordCount(text, 0, text.length()), "U+" + Integer.toHexString(c));
        }
    }

    /**
     * On random mixes of letters, spaces, line breaks, ideographs and their neighbours, the word
     * count is that of its definition: a word per run of non-space, non-ideograph characters and
     * one per ideograph.
     */
    @Test
    void theWordCountIsItsDefinitionOnRandomText() {
        char[] alphabet = {'a', 'Z', '7', ' ', ' ', '\n', '\t', '\u00a0', '\u0085', '\u3005', '\u3006', '\u4e00', '\u3002', '.', 'é'};
        java.util.Random random = new java.util.Random(16);
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            int start = length == 0 ? 0 : random.nextInt(length);
            assertEquals(definedWordCount(text, start, length), StandardTextAnalyzer.wordCount(text.toString(), start, length),
                    "\"" + text + "\" from " + start);
        }
    }

    private static int definedWordCount(CharSequence text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isIdeographic(c)) {
                words++;
                inWord = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                inWord = false;
            } else {
                words += inWord ? 0 : 1;
                inWord = true;
            }
        }
        return words;
    }
}
