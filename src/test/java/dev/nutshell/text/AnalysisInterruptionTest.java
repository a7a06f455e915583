package dev.nutshell.text;

import static dev.nutshell.Interrupts.assertCancelledWhileInterrupted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The English analyzer ends an interrupted call with {@link java.util.concurrent.CancellationException},
 * and never gives a worker back to its pool after a call that threw anything.
 */
class AnalysisInterruptionTest {
    private static final String TEXT = "The harbour wall was opened on Monday. The boats came back at six.\n\n"
            + "Most people think it was worth it. The market opened early.";

    private static StandardTextAnalyzer analyzer() {
        return StandardTextAnalyzer.shared().withMaxIdleWorkers(4);
    }

    @Test
    void anInterruptedSplitIsCancelled() {
        StandardTextAnalyzer analyzer = analyzer();

        assertCancelledWhileInterrupted(() -> analyzer.split(TEXT));
        assertEquals(0, analyzer.idleWorkerCount(), "the cancelled call's worker is not given back");
    }

    @Test
    void anInterruptedAnalysisIsCancelled() {
        StandardTextAnalyzer analyzer = analyzer();

        assertCancelledWhileInterrupted(() -> analyzer.analyze(TEXT));
        assertCancelledWhileInterrupted(() -> analyzer.analyze(List.of("The boats came back.", "The market opened.")));
        assertEquals(0, analyzer.idleWorkerCount());
        assertEquals(texts(StandardTextAnalyzer.shared().analyze(TEXT).sentences()), texts(analyzer.analyze(TEXT).sentences()));
        assertEquals(1, analyzer.idleWorkerCount(), "a call that ends normally gives its worker back");
    }

    /**
     * The case: an {@link OutOfMemoryError} while a worker's term cache grows (injected
     * through the cache's seam) must not return the worker to the pool; the next call, even on a
     * short text, gets a sound worker and the usual result.
     */
    @Test
    void aWorkerWhoseCallThrewIsNotGivenBack() {
        StandardTextAnalyzer analyzer = analyzer();
        AnalysisWorker failing = analyzer.borrow();
        failing.termCache.beforeGrowing = () -> {
            throw new OutOfMemoryError("injected");
        };
        analyzer.giveBack(failing);

        assertThrows(OutOfMemoryError.class, () -> analyzer.analyze(manyWords(2_000)));
        assertEquals(0, analyzer.idleWorkerCount(), "the failed call's worker is not given back");
        assertEquals(texts(StandardTextAnalyzer.shared().analyze(TEXT).sentences()), texts(analyzer.analyze(TEXT).sentences()));
    }

    /** Sentences of five distinct made-up words each: enough distinct tokens to make the term cache grow. */
    private static String manyWords(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append("word").append(i).append(i % 5 == 4 ? ". " : " ");
        }
        return text.toString();
    }

    private static List<String> texts(List<Sentence> sentences) {
        return new ArrayList<>(sentences.stream().map(Sentence::text).toList());
    }
}
