package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter drawn = new StringWriter();
    private long now = 1_000;

    private ProgressBar bar(boolean enabled) {
        return new ProgressBar(new PrintWriter(drawn), () -> now, enabled, "eval");
    }

    private void elapse(long milliseconds) {
        now += TimeUnit.MILLISECONDS.toNanos(milliseconds);
    }

    @Test
    void aRunShorterThanTheDelayDrawsNothing() {
        try (ProgressBar bar = bar(true)) {
            bar.stage("warm-up", 10);
            for (int i = 0; i < 10; i++) {
                elapse(150);
                bar.advance();
            }
        }

        assertEquals("", drawn.toString());
    }

    @Test
    void afterTheDelayTheBarIsDrawnInPlaceAndClosedWithANewline() {
        try (ProgressBar bar = bar(true)) {
            bar.stage("warm-up", 4);
            elapse(2_000);
            bar.advance();
            elapse(300);
            bar.advance();
        }

        assertEquals("\reval: warm-up [=======                       ] 1/4"
                + "\reval: warm-up [===============               ] 2/4"
                + "\reval: warm-up [===============               ] 2/4\n", drawn.toString());
    }

    @Test
    void redrawsAtMostOncePerInterval() {
        try (ProgressBar bar = bar(true)) {
            bar.stage("timing", 1000);
            elapse(2_000);
            for (int i = 0; i < 1000; i++) {
                now += TimeUnit.MILLISECONDS.toNanos(1); // one second in all
                bar.advance();
            }
        }

        long redraws = drawn.toString().chars().filter(c -> c == '\r').count();
        assertTrue(redraws >= 4 && redraws <= 6, "about four redraws in one second, plus the last: " + redraws);
    }

    @Test
    void aShorterLineOverwritesTheRestOfTheLongerOneWithSpaces() {
        try (ProgressBar bar = bar(true)) {
            bar.stage("a long stage name", 10);
            elapse(2_000);
            bar.advance();
            elapse(300);
            bar.stage("short", 10);
        }

        String[] lines = drawn.toString().split("\r");
        assertEquals(lines[1].length(), lines[2].length(), "same length, padded: " + drawn);
        assertTrue(lines[2].startsWith("eval: short ["), lines[2]);
    }

    @Test
    void quietDrawsNothingEver() {
        try (ProgressBar bar = bar(false)) {
            bar.stage("warm-up", 10);
            elapse(60_000);
            bar.advance();
        }

        assertEquals("", drawn.toString());
    }

    @Test
    void aStageOfUnknownLengthIsDrawnAsACountWithItsRateAndTime() {
        ProgressBar bar = new ProgressBar(new PrintWriter(drawn), () -> now, true, "batch");
        bar.stage("records", ProgressBar.UNKNOWN_TOTAL);
        for (int i = 0; i < 500; i++) {
            bar.advance();
        }
        elapse(2_500);

        assertEquals("batch: 500 records, 200.0 records/s, 3 s", bar.line());
    }
}
