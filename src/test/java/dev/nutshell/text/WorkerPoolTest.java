package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's pool of OpenNLP workers: reused between calls, never shared by two calls at once,
 * and bounded, so that a burst of threads does not leave a worker per thread behind.
 */
class WorkerPoolTest {
    private static final String TEXT = "Dr. Patel opened the new harbour wall on Monday. Acme Inc. Widget Corp. paid for it. "
            + "the boats came back at 6 a.m. and the market opened. Was it worth it? Most people think so.";

    private static StandardTextAnalyzer analyzerKeeping(int maxIdleWorkers) {
        return StandardTextAnalyzer.shared().withMaxIdleWorkers(maxIdleWorkers);
    }

    @Test
    void theDefaultKeepsOneWorkerPerProcessorAndAtLeastTwo() {
        int processors = Runtime.getRuntime().availableProcessors();

        assertEquals(Math.max(2, processors), StandardTextAnalyzer.defaultMaxIdleWorkers());
    }

    @Test
    void aWorkerGivenBackIsReusedByTheNextCall() {
        StandardTextAnalyzer analyzer = analyzerKeeping(4);
        AnalysisWorker worker = analyzer.borrow();
        analyzer.giveBack(worker);

        assertSame(worker, analyzer.borrow());
    }

    @Test
    void twoCallsAtOnceGetDifferentWorkers() {
        StandardTextAnalyzer analyzer = analyzerKeeping(4);

        assertNotSame(analyzer.borrow(), analyzer.borrow());
    }

    @Test
    void aThousandWorkersGivenBackLeaveOnlyTheLimitIdle() {
        StandardTextAnalyzer analyzer = analyzerKeeping(8);
        List<AnalysisWorker> borrowed = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            borrowed.add(analyzer.borrow());
        }
        borrowed.forEach(analyzer::giveBack);

        assertEquals(8, analyzer.idleWorkerCount());
        for (int i = 0; i < 8; i++) {
            assertTrue(borrowed.contains(analyzer.borrow()), "a kept worker is one of those given back");
        }
        assertEquals(0, analyzer.idleWorkerCount());
    }

    /** A thousand threads analyse at once, all started together; afterwards at most the limit stays. */
    @Test
    void aThousandThreadsAtOnceGetTheSingleThreadedResultAndLeaveAtMostTheLimitIdle() throws Exception {
        StandardTextAnalyzer analyzer = analyzerKeeping(8);
        List<String> expected = sentences(analyzer.analyze(TEXT).sentences());
        int threads = 1000;
        CyclicBarrier start = new CyclicBarrier(threads);
        CountDownLatch done = new CountDownLatch(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    List<String> actual = sentences(analyzer.analyze(TEXT).sentences());
                    if (!expected.equals(actual)) {
                        failure.compareAndSet(null, new AssertionError("got " + actual));
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join(60_000);
        }
        assertEquals(0, done.getCount(), "threads still running");
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
        int idle = analyzer.idleWorkerCount();
        assertTrue(idle >= 1 && idle <= 8, idle + " idle workers");
    }

    private static List<String> sentences(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }
}
