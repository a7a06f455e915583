package dev.nutshell.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that ends the run at its first failed write. The writers the commands print
 * through swallow {@link IOException}s, so a run whose reader has gone away ({@code nutshell split
 * big.txt | head -1}) would go on computing and printing into nothing; here the failure becomes an
 * unchecked {@link Failure} that the writers let through, and the command line decides what it
 * means: a closed pipe ends the run quietly, anything else (a full disk) is reported.
 *
 * <p>Not thread-safe, like the stream it wraps.
 */
final class FailFastOutputStream extends OutputStream {
    private final OutputStream target;

    /** @param target the stream written to, such as the process's file descriptor 1 */
    FailFastOutputStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public void write(int b) {
        try {
            target.write(b);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            target.write(bytes, offset, length);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            target.flush();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    /** A write to standard output failed; unchecked so that {@code PrintWriter} does not swallow it. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        /**
         * @return whether the reader closed its end of the pipe: EPIPE, which the JVM reports as
         *     "Broken pipe" (Linux, macOS) and Windows as "The pipe is being closed" or "has been ended"
         */
        boolean closedPipe() {
            String message = getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("pipe");
        }
    }
}
