package dev.nutshell.spark;

import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Spark functions do with one row's text, on an executor: summarize it with the JVM's
 * shared summarizer and give the chosen sentences as rows of {@link NutshellSpark#SENTENCE_TYPE}.
 *
 * <p>A row that cannot be summarized (text over the limit, a budget that is not valid, any other
 * failure of the library on that text) gives {@code null} instead of failing the task, and so the
 * job: one bad page among millions must not cost the whole run. The first such row of each JVM is
 * logged at WARN, later ones at DEBUG, so that a column of bad rows does not flood the logs. An
 * interrupt (a killed task) is not a row's failure and ends the task.
 *
 * <p>Immutable, serializable and thread-safe: only the options travel with a task.
 */
final class RowSummarizer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RowSummarizer.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final SummaryOptions options;

    /** @param options the algorithm, language and limit; the length comes with each call */
    RowSummarizer(SummaryOptions options) {
        this.options = options;
    }

    /**
     * @param text the row's text, or null
     * @param length the budget, or a supplier that throws {@link IllegalArgumentException} for a bad one
     * @return the chosen sentences in document order (empty for blank text), or null for null text
     *     or a row that cannot be summarized
     */
    List<Row> summarize(String text, LengthOfRow length) {
        if (text == null) {
            return null;
        }
        try {
            Summary summary = ExecutorSummarizers.of(options).summarize(text, length.get());
            return rows(summary.sentences());
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            String message = "nutshell_summarize gives null for a row of " + text.length() + " characters: " + e.getMessage();
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn("{} (further rows that cannot be summarized are logged at DEBUG)", message);
            } else {
                LOG.debug(message);
            }
            return null;
        }
    }

    private static List<Row> rows(List<KeySentence> sentences) {
        List<Row> rows = new ArrayList<>(sentences.size());
        for (KeySentence sentence : sentences) {
            rows.add(RowFactory.create(sentence.index(), sentence.start(), sentence.end(), sentence.score(), sentence.text()));
        }
        return rows;
    }

    /** A row's budget, made when the row is summarized so that a bad one is that row's failure. */
    @FunctionalInterface
    interface LengthOfRow {
        /**
         * @return the budget
         * @throws IllegalArgumentException if the row's value makes no valid budget
         */
        Length get();
    }
}
