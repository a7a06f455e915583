package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import picocli.CommandLine.Option;

/**
 * The {@code --max-chars} option of the commands that read JSON Lines data ({@code eval},
 * {@code rouge}, {@code compare}, {@code tune}): the longest article, as {@code summarize} bounds
 * its input, and from it the longest line. A line holds more than its article: the article's sentences again
 * ({@code article_sentences}), the reference, JSON escapes; four times the article's bound leaves
 * room for that, and bounds the memory one line can take while the file is read.
 */
final class DataLimit {
    /** How the messages name the line bound. */
    static final String LINE_LIMIT = "the line limit of 4 times --max-chars";

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Summarizer.DEFAULT_MAX_INPUT_CHARS,
            description = "Refuse an article longer than N characters (UTF-16 units, about bytes for English;"
                    + " units of --sentences-field count joined with line breaks), and a line of a JSON Lines file"
                    + " longer than 4 times N. Default: ${DEFAULT-VALUE}.")
    private int maxChars;

    /**
     * @return the longest article, {@code >= 1}
     * @throws UsageException if the user gave a limit out of range
     */
    int articleChars() {
        return InputLimit.checked(maxChars);
    }

    /**
     * @return the longest line, {@code >= 4}, at most what a Java String holds
     * @throws UsageException if the user gave a limit out of range
     */
    int lineChars() {
        return (int) Math.min(4L * articleChars(), InputLimit.LONGEST_TEXT);
    }
}
