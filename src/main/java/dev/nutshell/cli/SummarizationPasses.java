package dev.nutshell.cli;

import dev.nutshell.KeySentence;
import dev.nutshell.Summarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole passes of one summarizer over the documents of an evaluation, on the calling thread:
 * untimed warm-up passes, then timed passes for the throughput figure.
 *
 * <p>Warming up takes more than one pass when passes are short: a pass over a thousand news
 * articles takes a fraction of a second, while the JIT compiler is still optimizing the hot code
 * (on two cores, with its threads competing for them) for a few seconds. Measured on the CNN/DM dev
 * set with {@code lead}, one warm-up pass gave 6,661, 2,966 and 2,733 docs/s in three runs; three
 * seconds of warm-up gave 8,447, 8,781 and 8,540.
 *
 * <p>Not thread-safe; one evaluation, one thread.
 */
final class SummarizationPasses {
    private final Summarizer summarizer;
    private final List<EvaluationDocument> documents;
    private final ProgressBar progress;

    /**
     * @param summarizer the summarizer under evaluation
     * @param documents the documents, parsed
     * @param progress where to report each document done
     */
    SummarizationPasses(Summarizer summarizer, List<EvaluationDocument> documents, ProgressBar progress) {
        this.summarizer = summarizer;
        this.documents = documents;
        this.progress = progress;
    }

    /**
     * Runs one full pass, then more full passes until the warm-up has lasted {@code minimumNanos}.
     *
     * @param minimumNanos the least warm-up time, {@code >= 0}
     * @return each document's summary sentences from the first pass, in document order; every pass
     *     gives the same, since summarizing is deterministic
     */
    List<List<String>> warmUp(long minimumNanos) {
        long start = System.nanoTime();
        progress.stage("warm-up pass 1", documents.size());
        List<List<String>> summaries = new ArrayList<>(documents.size());
        for (EvaluationDocument document : documents) {
            summaries.add(document.summarize(summarizer).sentences().stream().map(KeySentence::text).toList());
            progress.advance();
        }
        for (int pass = 2; System.nanoTime() - start < minimumNanos; pass++) {
            progress.stage("warm-up pass " + pass, documents.size());
            for (EvaluationDocument document : documents) {
                document.summarize(summarizer);
                progress.advance();
            }
        }
        return summaries;
    }

    /**
     * Times full passes, at least one, until {@code minimumNanos} of summarizing has been measured.
     * Each call is timed on its own so that the progress bar stays outside the clock. The summaries
     * are dropped, which the JIT cannot turn into skipping the work: a summary is built from
     * allocations that escape the call.
     *
     * @param minimumNanos the least measured time, {@code >= 0}
     * @return documents summarized per second of measured time
     */
    double docsPerSecond(long minimumNanos) {
        long measuredNanos = 0;
        long summarized = 0;
        int pass = 0;
        do {
            pass++;
            progress.stage("timing pass " + pass, documents.size());
            for (EvaluationDocument document : documents) {
                long start = System.nanoTime();
                document.summarize(summarizer);
                measuredNanos += System.nanoTime() - start;
                summarized++;
                progress.advance();
            }
        } while (measuredNanos < minimumNanos);
        // A clock too coarse to see a whole pass cannot happen with nanoTime, but must not divide by zero.
        return summarized * (double) TimeUnit.SECONDS.toNanos(1) / Math.max(1, measuredNanos);
    }
}
