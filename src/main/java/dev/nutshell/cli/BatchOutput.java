package dev.nutshell.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Where {@code batch} writes its lines, whole lines only, and how many it has written.
 *
 * <p>Ctrl-C must leave an output that is complete up to its last line: a consumer that resumes
 * from there must not find half a record. Lines are written under a lock, each whole, and {@link
 * #stop()} (called by the shutdown hook that Ctrl-C runs) takes the same lock, so it runs between
 * two lines, flushes what they left in buffers and lets nothing be written after it. The JVM ends
 * once the hook returns.
 *
 * <p>Thread-safe: the writing thread and the shutdown hook share it.
 */
final class BatchOutput {
    private final Writer writer;
    private final String name;
    private final ProgressBar progress;
    private long written;
    private long failed;
    private long firstFailedNumber;
    private boolean stopped;

    /**
     * @param writer where the lines go; buffered or not
     * @param name the output's name for messages, {@code -} for standard output
     * @param progress counts each line written
     */
    BatchOutput(Writer writer, String name, ProgressBar progress) {
        this.writer = writer;
        this.name = name;
        this.progress = progress;
    }

    /**
     * Writes one record's line.
     *
     * @param outcome the record's line
     * @param number the record's line or position, for the tally of failures
     * @return false if the output was stopped and nothing is written any more
     * @throws UsageException if a file cannot be written
     */
    synchronized boolean write(BatchOutcome outcome, long number) {
        if (stopped) {
            return false;
        }
        try {
            writer.write(outcome.line());
        } catch (IOException e) {
            throw cannotWrite(e);
        }
        written++;
        if (outcome.failed() && failed++ == 0) {
            firstFailedNumber = number;
        }
        progress.advance();
        return true;
    }

    /**
     * Hands the lines written so far on to the file or stream.
     *
     * @throws UsageException if a file cannot be written
     */
    synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /**
     * Flushes the lines written so far and refuses any more: for the shutdown hook. Between two
     * lines, by the lock. A failure to flush is dropped: the JVM is ending, and what is in the file
     * is whole lines still.
     *
     * @return whether this call stopped it (false if it was stopped already)
     */
    synchronized boolean stop() {
        if (stopped) {
            return false;
        }
        stopped = true;
        try {
            writer.flush();
        } catch (IOException | RuntimeException e) {
            // See the method's comment.
        }
        progress.close();
        return true;
    }

    /** @return how many lines were written */
    synchronized long written() {
        return written;
    }

    /** @return how many of them were error lines */
    synchronized long failed() {
        return failed;
    }

    /** @return the line or position of the first record that failed, or 0 if none did */
    synchronized long firstFailedNumber() {
        return firstFailedNumber;
    }

    private UsageException cannotWrite(IOException e) {
        return new UsageException("cannot write " + name + ": " + e.getMessage());
    }
}
