package dev.nutshell.internal;

import java.util.concurrent.CancellationException;

/**
 * How long work ends when its thread is interrupted (a {@code Future} cancelled with {@code
 * cancel(true)}, an executor shut down with {@code shutdownNow}): the loops of analysis, scoring
 * and selection call {@link #check(String)} at bounded intervals (per text block, per power
 * iteration, per few dozen sentences), and it throws {@link CancellationException}.
 *
 * <p>Why an unchecked exception and not {@code InterruptedException}: {@code summarize} declares
 * no checked exception, and a cancelled task's result is never read. The interrupt status is left
 * set, so that the code that catches the exception, or the executor, still sees it. Stateless and
 * thread-safe; a check costs one read of the thread's status.
 */
public final class Interruption {

    private Interruption() {
    }

    /**
     * @param work what is being done, for the message ("text analysis")
     * @throws CancellationException if the current thread is interrupted; its interrupt status stays set
     */
    public static void check(String work) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException(work + " interrupted");
        }
    }
}
