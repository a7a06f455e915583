package dev.nutshell.spark;

import dev.nutshell.Summarizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summarizers of one JVM (an executor, or the driver in local mode), one per configuration,
 * built when a task first needs it and shared by every task after: a {@link Summarizer} is
 * immutable and thread-safe, and building one loads the language models, which no task should pay
 * for again. Tasks carry only their {@link SummaryOptions}.
 *
 * <p>A job uses one or a few configurations, so the map stays tiny; it lives as long as the JVM,
 * as the models do.
 *
 * <p>Thread-safe.
 */
final class ExecutorSummarizers {
    private static final Map<SummaryOptions, Summarizer> SUMMARIZERS = new ConcurrentHashMap<>();

    private ExecutorSummarizers() {
    }

    /**
     * @param options what the summarizer is to do; its length does not matter
     * @return the JVM's summarizer for those options, built on first use
     */
    static Summarizer of(SummaryOptions options) {
        return SUMMARIZERS.computeIfAbsent(options.withoutLength(), SummaryOptions::newSummarizer);
    }
}
