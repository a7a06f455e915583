package dev.nutshell.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@code batch} run: records read on one thread, summarized on {@code threads} workers,
 * written in input order on the calling thread, as soon as each one and all before it are done.
 *
 * <p>Memory is bounded whatever the input's size: at most {@link #RECORDS_PER_THREAD} records per
 * worker are in flight (read, and not yet written), and the lines among them hold at most {@link
 * #BYTES_IN_FLIGHT} bytes (one longer line is let through alone). The window is that wide so that a
 * long article, which holds up the writing of the records after it, does not leave the other
 * workers idle.
 *
 * <p>Not thread-safe: one run, once.
 */
final class BatchRun {
    /** How many records per worker may be read ahead of the one being written. */
    static final int RECORDS_PER_THREAD = 32;
    /** How many bytes of input lines may be in flight at once. */
    static final int BYTES_IN_FLIGHT = 64 * 1024 * 1024;

    private final BatchInput input;
    private final RecordSummarizer summarizer;
    private final BatchOutput output;
    private final int threads;
    private final boolean failFast;

    /**
     * @param input the records, read on a thread of the run's own
     * @param summarizer what the workers do with each record
     * @param output where the lines go
     * @param threads how many workers, {@code >= 1}
     * @param failFast whether the first failed record ends the run
     */
    BatchRun(BatchInput input, RecordSummarizer summarizer, BatchOutput output, int threads, boolean failFast) {
        this.input = input;
        this.summarizer = summarizer;
        this.output = output;
        this.threads = threads;
        this.failFast = failFast;
    }

    /**
     * A record on its way: its worker's result to come, or what ended the reading.
     *
     * @param outcome the worker's result; null for the end of the input or a read failure
     * @param number the record's line or position
     * @param permits the bytes it holds of {@link #BYTES_IN_FLIGHT}
     * @param failure what ended the reading early, or null
     */
    private record Pending(Future<BatchOutcome> outcome, long number, int permits, Throwable failure) {
        static final Pending END = new Pending(null, 0, 0, null);

        boolean isReady() {
            return outcome == null || outcome.isDone();
        }
    }

    /**
     * Runs to the end of the input, to the first failed record with {@code failFast}, or until the
     * output is stopped.
     *
     * @return whether the output was stopped (Ctrl-C) before the run was over
     * @throws UsageException if the input cannot be read on (the lines before are written) or the
     *     output cannot be written
     * @throws InterruptedException if the calling thread is interrupted
     */
    boolean run() throws InterruptedException {
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(RECORDS_PER_THREAD * threads);
        Semaphore bytes = new Semaphore(BYTES_IN_FLIGHT);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads("nutshell-batch-worker-"));
        Thread reader = daemonThreads("nutshell-batch-reader").newThread(() -> read(pending, bytes, workers));
        reader.start();
        try {
            return write(pending, bytes);
        } finally {
            // Whatever ended the run, nothing more is read or summarized: the reader may be blocked
            // on a full window or on standard input, and workers may be busy with records to drop.
            reader.interrupt();
            workers.shutdownNow();
            output.flush();
        }
    }

    /** The reading thread: hands each record to a worker, in order, as the window allows. */
    private void read(BlockingQueue<Pending> pending, Semaphore bytes, ExecutorService workers) {
        try {
            for (BatchRecord record = input.next(); record != null; record = input.next()) {
                int permits = (int) Math.min(record.size(), BYTES_IN_FLIGHT);
                bytes.acquire(permits);
                BatchRecord read = record;
                pending.put(new Pending(workers.submit(() -> summarizer.process(read)), record.number(), permits, null));
            }
            pending.put(Pending.END);
        } catch (InterruptedException e) {
            // The run is over (output failed, fail-fast, or the caller was interrupted): stop reading.
        } catch (RuntimeException | Error e) {
            try {
                pending.put(new Pending(null, 0, 0, e));
            } catch (InterruptedException stop) {
                // The run is over already.
            }
        } finally {
            input.close();
        }
    }

    /** The writing thread: each record's line in input order, flushed whenever the next is not ready. */
    private boolean write(BlockingQueue<Pending> pending, Semaphore bytes) throws InterruptedException {
        while (true) {
            Pending next = pending.take();
            if (next.failure() instanceof RuntimeException failure) {
                throw failure;
            }
            if (next.failure() instanceof Error failure) {
                throw failure;
            }
            if (next == Pending.END) {
                return false;
            }
            BatchOutcome outcome = outcome(next.outcome());
            if (!output.write(outcome, next.number())) {
                return true;
            }
            bytes.release(next.permits());
            if (outcome.failed() && failFast) {
                return false;
            }
            Pending after = pending.peek();
            if (after == null || !after.isReady()) {
                output.flush();
            }
        }
    }

    private static BatchOutcome outcome(Future<BatchOutcome> outcome) throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            // A worker turns every failure of a record into its error line; what escapes is an Error.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, namePrefix.endsWith("-") ? namePrefix + count.incrementAndGet() : namePrefix);
            // A worker or a reader stuck on standard input must never keep the JVM alive after the run.
            thread.setDaemon(true);
            return thread;
        };
    }
}
