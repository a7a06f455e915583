package dev.nutshell;

import static dev.nutshell.Interrupts.assertCancelledWhileInterrupted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import dev.nutshell.text.TextSegment;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Cancellation: an interrupted {@code summarize} ends with {@link CancellationException}, keeps the
 * thread's interrupt status, and leaves the summarizer as good as before.
 */
class SummarizerInterruptionTest {
    /** About 200,000 characters of news-like text in 40 paragraphs. */
    private static final String LONG_TEXT = (SummarizerTest.TEN_SENTENCES + "\n\n").repeat(40);

    @Test
    void anInterruptedThreadGetsCancellationExceptionAndKeepsItsInterruptStatus() {
        Summarizer summarizer = Summarizer.builder().build();

        CancellationException cancelled = assertCancelledWhileInterrupted(
                () -> summarizer.summarize(LONG_TEXT, Length.sentences(3)));
        assertTrue(cancelled.getMessage().contains("interrupted"), cancelled.getMessage());
        assertEquals(summary(Summarizer.builder().build()), summary(summarizer));
    }

    @Test
    void preSplitSentencesAreCancelledToo() {
        Summarizer summarizer = Summarizer.builder().build();
        List<String> sentences = List.of(LONG_TEXT.split("(?<=\\.) "));

        assertCancelledWhileInterrupted(() -> summarizer.summarize(sentences, Length.sentences(3)));
    }

    /**
     * A future cancelled while its task is inside {@code summarize} (the analyzer signals that the
     * call has begun, and goes on with the English analysis once the interrupt has come) ends with
     * {@link CancellationException} instead of running to the end; the next call on the same
     * summarizer gives the usual summary. The wait is on the task's own latch, which it counts
     * down however it ends, so the test cannot hang.
     */
    @Test
    void aFutureCancelledDuringSummarizeEndsAndTheSummarizerStillWorks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Summarizer summarizer = Summarizer.builder().analyzer(new WaitingForInterrupt(started)).build();
        AtomicReference<Object> outcome = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> future = executor.submit(() -> {
                try {
                    outcome.set(summarizer.summarize(LONG_TEXT, Length.sentences(3)));
                } catch (RuntimeException e) {
                    outcome.set(e);
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                } finally {
                    finished.countDown();
                }
            });
            started.await();
            future.cancel(true);
            finished.await();
        } finally {
            executor.shutdown();
        }

        assertInstanceOf(CancellationException.class, outcome.get());
        assertTrue(stillInterrupted.get(), "the task's interrupt status is still set");
        assertEquals(summary(Summarizer.builder().build()), summary(summarizer));
    }

    private static List<String> summary(Summarizer summarizer) {
        return summarizer.summarize(LONG_TEXT, Length.sentences(3)).sentences().stream().map(KeySentence::text).toList();
    }

    /**
     * The English analyzer, except that its first call to {@link #analyze(String)} signals {@code
     * started} and waits for the thread's interrupt before analysing.
     */
    private static final class WaitingForInterrupt implements TextAnalyzer {
        private final TextAnalyzer english = TextAnalyzer.english();
        private final CountDownLatch started;
        private final AtomicBoolean first = new AtomicBoolean(true);

        WaitingForInterrupt(CountDownLatch started) {
            this.started = started;
        }

        @Override
        public List<TextSegment> split(String text) {
            return english.split(text);
        }

        @Override
        public Article analyze(String text) {
            if (first.getAndSet(false)) {
                started.countDown();
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }
            return english.analyze(text);
        }

        @Override
        public Article analyze(List<String> sentences) {
            return english.analyze(sentences);
        }
    }
}
