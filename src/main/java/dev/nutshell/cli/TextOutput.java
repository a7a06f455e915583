package dev.nutshell.cli;

import dev.nutshell.internal.LineBreaks;

/**
 * The plain-text output format: one sentence per line, so that scripts can count, cut and
 * number sentences with line-based tools.
 */
final class TextOutput {

    private TextOutput() {
    }

    /**
     * The text with every line break replaced by one space, so that it prints as one line: the
     * same as {@code Summary.text()} does to each sentence. A CR LF pair is one break and becomes
     * one space.
     *
     * @param text a sentence or line, verbatim
     * @return the text on a single line
     */
    static String singleLine(String text) {
        return LineBreaks.toSpaces(text);
    }
}
