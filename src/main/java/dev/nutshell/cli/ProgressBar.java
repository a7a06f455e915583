package dev.nutshell.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for long runs: {@code eval: warm-up [=====     ] 512/1000},
 * or for a stage of unknown length a count with its rate: {@code batch: 5120 records, 812.3 records/s, 6 s}.
 *
 * <p>It is drawn only on a terminal ({@link StandardError}) and never with {@code --quiet}. It stays invisible for the first {@link #DELAY_NANOS} (a quick run should print nothing but
 * its result), then redraws in place with a carriage return at most every {@link #INTERVAL_NANOS}
 * (redrawing per document would cost more than a fast summarizer does, and a log file would fill
 * with lines). {@link #close()} ends the line with a newline once something has been drawn, so
 * that whatever is printed next starts on a line of its own. Standard output is never touched:
 * the result there stays one clean JSON line.
 *
 * <p>Not thread-safe: one run, one thread.
 */
final class ProgressBar implements AutoCloseable {
    /** How long a run goes before the bar appears. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** The shortest time between two redraws. */
    static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** The total of a stage whose length is not known in advance (a stream): a count is drawn, not a bar. */
    static final int UNKNOWN_TOTAL = -1;

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final LongSupplier clock;
    private final boolean enabled;
    private final String command;
    private final long start;

    private String stage = "";
    private int total;
    private long done;
    private long lastDrawn;
    private int drawnLength;

    /**
     * @param err where to draw
     * @param clock a monotonic clock in nanoseconds, {@link System#nanoTime()} outside tests
     * @param enabled false to draw nothing at all ({@code --quiet})
     * @param command the command's name, which starts the line
     */
    ProgressBar(PrintWriter err, LongSupplier clock, boolean enabled, String command) {
        this.err = err;
        this.clock = clock;
        this.enabled = enabled;
        this.command = command;
        this.start = clock.getAsLong();
    }

    /**
     * @param streams where to draw: their standard error, if it is a terminal
     * @param quiet true to draw nothing
     * @param command the command's name
     * @return a bar on the system clock, drawing nothing unless standard error is a terminal
     */
    static ProgressBar of(StandardStreams streams, boolean quiet, String command) {
        return new ProgressBar(streams.err(), System::nanoTime, !quiet && streams.errorIsTerminal(), command);
    }

    /**
     * Starts a stage of the run, with nothing of it done yet.
     *
     * @param name what is being done, a word or two
     * @param total how many steps the stage has, or {@link #UNKNOWN_TOTAL}
     */
    void stage(String name, int total) {
        this.stage = name;
        this.total = total;
        this.done = 0;
        redrawIfDue();
    }

    /** Counts one more step of the current stage done, and redraws if it is time to. */
    void advance() {
        done++;
        redrawIfDue();
    }

    /** Ends the bar's line, if one was drawn, with the stage's last state and a newline. */
    @Override
    public void close() {
        if (drawnLength > 0) {
            draw();
            err.print("\n");
            err.flush();
            drawnLength = 0;
        }
    }

    private void redrawIfDue() {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        boolean started = now - start >= DELAY_NANOS;
        boolean due = drawnLength == 0 || now - lastDrawn >= INTERVAL_NANOS;
        if (started && due) {
            lastDrawn = now;
            draw();
        }
    }

    private void draw() {
        String line = line();
        // Spaces over what is left of a longer previous line, then back to the end of this one.
        String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
        err.print("\r" + line + padding);
        err.flush();
        drawnLength = line.length();
    }

    /** @return the bar's text for the current state, without line breaks */
    String line() {
        if (total == UNKNOWN_TOTAL) {
            double seconds = (clock.getAsLong() - start) / (double) TimeUnit.SECONDS.toNanos(1);
            double rate = seconds > 0 ? done / seconds : 0;
            return command + ": " + done + " " + stage + ", " + Math.round(rate * 10) / 10.0 + " " + stage + "/s, "
                    + Math.round(seconds) + " s";
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * Math.min(done, total) / total);
        return command + ": " + stage + " [" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + done + "/" + total;
    }
}
