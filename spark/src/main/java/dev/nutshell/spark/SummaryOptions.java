package dev.nutshell.spark;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.text.TextAnalyzer;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * How the rows are summarized: the length of each summary, the algorithm, the language and the
 * longest text accepted. Immutable and serializable: Spark ships it with each task, a few dozen
 * bytes; the {@link Summarizer} it describes is built on the executor, once per JVM.
 *
 * <pre>{@code
 * SummaryOptions options = SummaryOptions.defaults().withLength(Length.words(60)).withAlgorithm("textrank");
 * }</pre>
 *
 * <p>Every {@code with} method checks its value at once, on the driver, so that a typo fails before
 * the job starts rather than in every task. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SummaryOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int DEFAULT_SENTENCES = 3;

    private final LengthSetting length;
    private final String algorithm;
    private final String language;
    private final int maxInputChars;

    private SummaryOptions(LengthSetting length, String algorithm, String language, int maxInputChars) {
        this.length = length;
        this.algorithm = algorithm;
        this.language = language;
        this.maxInputChars = maxInputChars;
    }

    /**
     * @return 3 sentences, the default algorithm ({@value Algorithm#DEFAULT_NAME}), English, and the
     *     library's default limit of {@value Summarizer#DEFAULT_MAX_INPUT_CHARS} characters
     */
    public static SummaryOptions defaults() {
        return new SummaryOptions(LengthSetting.of(Length.sentences(DEFAULT_SENTENCES)), Algorithm.DEFAULT_NAME, "en",
                Summarizer.DEFAULT_MAX_INPUT_CHARS);
    }

    /**
     * @param length the budget of each summary, any {@link Length}
     * @return options with that length
     * @throws NullPointerException if {@code length} is null
     */
    public SummaryOptions withLength(Length length) {
        return new SummaryOptions(LengthSetting.of(Objects.requireNonNull(length, "length")), algorithm, language, maxInputChars);
    }

    /**
     * @param algorithm a built-in algorithm's name ({@link Algorithm#names()}), any case
     * @return options with that algorithm
     * @throws NullPointerException if {@code algorithm} is null
     * @throws IllegalArgumentException if there is no such algorithm; the message lists the names
     */
    public SummaryOptions withAlgorithm(String algorithm) {
        String name = Algorithm.named(Objects.requireNonNull(algorithm, "algorithm")).name();
        return new SummaryOptions(length, name, language, maxInputChars);
    }

    /**
     * @param language the text's language as an ISO 639-1 code from {@link TextAnalyzer#languages()},
     *     or {@code auto} to detect each row's language; any case
     * @return options with that language
     * @throws NullPointerException if {@code language} is null
     * @throws IllegalArgumentException for a language without an analyzer
     */
    public SummaryOptions withLanguage(String language) {
        String code = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
        Summarizer.builder().language(code); // the library's check and message, on the driver
        return new SummaryOptions(length, algorithm, code, maxInputChars);
    }

    /**
     * @param maxInputChars the longest text summarized, in UTF-16 characters, {@code >= 1}: a longer
     *     one gives a null summary ({@link Summarizer.Builder#maxInputChars(int)})
     * @return options with that limit
     * @throws IllegalArgumentException if {@code maxInputChars < 1}
     */
    public SummaryOptions withMaxInputChars(int maxInputChars) {
        Summarizer.builder().maxInputChars(maxInputChars); // the library's check and message
        return new SummaryOptions(length, algorithm, language, maxInputChars);
    }

    /** @return the budget of each summary */
    public Length length() {
        return length.toLength();
    }

    /** @return the algorithm's name, as {@link Algorithm#name()} spells it */
    public String algorithm() {
        return algorithm;
    }

    /** @return the language's code, lower case */
    public String language() {
        return language;
    }

    /** @return the longest text summarized, {@code >= 1} */
    public int maxInputChars() {
        return maxInputChars;
    }

    /**
     * Builds the summarizer these options describe: costly the first time in a JVM (the English
     * models load), cheap after. Executors call it through {@link ExecutorSummarizers}, once.
     *
     * @return a new summarizer
     */
    Summarizer newSummarizer() {
        return Summarizer.builder().algorithm(algorithm).language(language).maxInputChars(maxInputChars).build();
    }

    /**
     * @return what builds the summarizer, without the length: options that differ only in their
     *     length share one summarizer
     */
    SummaryOptions withoutLength() {
        return new SummaryOptions(LengthSetting.of(Length.sentences(DEFAULT_SENTENCES)), algorithm, language, maxInputChars);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SummaryOptions options && length.equals(options.length) && algorithm.equals(options.algorithm)
                && language.equals(options.language) && maxInputChars == options.maxInputChars;
    }

    @Override
    public int hashCode() {
        return Objects.hash(length, algorithm, language, maxInputChars);
    }

    @Override
    public String toString() {
        return "SummaryOptions[length=" + length() + ", algorithm=" + algorithm + ", language=" + language
                + ", maxInputChars=" + maxInputChars + "]";
    }

    /**
     * A {@link Length} in a form that serializes: the library's records do not, and need not.
     *
     * @param kind which of the four budgets
     * @param value its count or ratio
     */
    private record LengthSetting(Kind kind, double value) implements Serializable {
        enum Kind { SENTENCES, RATIO, WORDS, CHARS }

        static LengthSetting of(Length length) {
            if (length instanceof Length.Sentences sentences) {
                return new LengthSetting(Kind.SENTENCES, sentences.count());
            } else if (length instanceof Length.Ratio ratio) {
                return new LengthSetting(Kind.RATIO, ratio.ratio());
            } else if (length instanceof Length.Words words) {
                return new LengthSetting(Kind.WORDS, words.count());
            } else {
                return new LengthSetting(Kind.CHARS, ((Length.Chars) length).count());
            }
        }

        Length toLength() {
            return switch (kind) {
                case SENTENCES -> Length.sentences((int) value);
                case RATIO -> Length.ratio(value);
                case WORDS -> Length.words((int) value);
                case CHARS -> Length.chars((int) value);
            };
        }
    }
}
