package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

/** Runs a call on a thread whose interrupt status is set, and clears the status afterwards. */
public final class Interrupts {

    private Interrupts() {
    }

    /**
     * Asserts that {@code call}, made while the current thread is interrupted, throws {@link
     * CancellationException} and leaves the interrupt status set; then clears it, so that the next
     * test starts with a thread that is not interrupted.
     *
     * @param call the call
     * @return the exception
     */
    public static CancellationException assertCancelledWhileInterrupted(Runnable call) {
        Thread.currentThread().interrupt();
        try {
            CancellationException cancelled = assertThrows(CancellationException.class, call::run);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is still set");
            return cancelled;
        } finally {
            Thread.interrupted();
        }
    }
}
