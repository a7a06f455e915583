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
}
