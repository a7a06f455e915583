package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import picocli.CommandLine.Option;

/**
 * The {@code --max-chars} option of every command that reads an article: how long the input may
 * be before it is refused, in the unit the library counts ({@link Summarizer.Builder#maxInputChars(int)}).
 */
final class InputLimit {
    /**
     * The most characters any text can have: a Java String of UTF-16 text holds at most 2^30 - 1
     * (its array of bytes, two per character, must fit an int). A larger limit could never be met.
     */
    static final int LONGEST_TEXT = Integer.MAX_VALUE / 2;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Summarizer.DEFAULT_MAX_INPUT_CHARS,
            description = "Refuse input longer than N characters (UTF-16 units, about bytes for"
                    + " English), without reading past it; at most " + LONGEST_TEXT + ". Default: ${DEFAULT-VALUE}.")
    private int maxChars;

    /**
     * @return the limit, {@code >= 1}
     * @throws UsageException if the user gave a limit out of range
     */
    int maxChars() {
        return checked(maxChars);
    }

    /**
     * @param maxChars the limit the user gave
     * @return it, if from 1 to {@link #LONGEST_TEXT}
     * @throws UsageException otherwise, naming the option
     */
    static int checked(int maxChars) {
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be >= 1, was " + maxChars);
        }
        if (maxChars > LONGEST_TEXT) {
            throw new UsageException("--max-chars must be <= " + LONGEST_TEXT
                    + " (the most characters a Java String can hold), was " + maxChars);
        }
        return maxChars;
    }
}
