package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import picocli.CommandLine.Option;

/**
 * The {@code --max-chars} option of every command that reads an article: how long the input may
 * be before it is refused, in the unit the library counts ({@link Summarizer.Builder#maxInputChars(int)}).
 */
final class InputLimit {
    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Summarizer.DEFAULT_MAX_INPUT_CHARS,
            description = "Refuse input longer than N characters (UTF-16 units, about bytes for"
                    + " English), without reading past it. Default: ${DEFAULT-VALUE}.")
    private int maxChars;

    /**
     * @return the limit, {@code >= 1}
     * @throws UsageException if the user gave a limit below 1
     */
    int maxChars() {
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be >= 1, was " + maxChars);
        }
        return maxChars;
    }
}
