package dev.nutshell.cli;

/**
 * Something the user did wrong: a bad option value, a file that cannot be read, input that is
 * not UTF-8. The command line reports its message as one line and exits with status 2, never with
 * a stack trace, because there is nothing in the program to debug.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, one line, phrased for the user */
    UsageException(String message) {
        super(message);
    }

    /**
     * The library's complaint about a value, in the words of the option the user typed: the library
     * says {@code sentences must be >= 1, was 0}, the user reads {@code --sentences must be >= 1, was 0}.
     * The library stays the one judge of what is valid; only the name changes.
     *
     * @param option the option the value came from, such as {@code --position}
     * @param parameter the library's name for it, which starts its message, such as {@code positionWeight}
     * @param error the library's complaint
     * @return the error to throw
     */
    static UsageException forOption(String option, String parameter, IllegalArgumentException error) {
        String message = String.valueOf(error.getMessage());
        return new UsageException(message.startsWith(parameter + " ")
                ? option + message.substring(parameter.length())
                : option + ": " + message);
    }
}
