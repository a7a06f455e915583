package dev.nutshell.benchmarks;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline ({@code summarize}, three sentences) on hostile inputs of growing size, so that
 * the growth with input size shows: each doubling of {@code chars} should about double the time.
 * These are the inputs that were once super-linear; the unit tests check their cost by counting
 * work, and this benchmark times it.
 *
 * <p>A full run is long (every input at every size); pick some with JMH's {@code -p}, e.g.
 * {@code java -jar target/benchmarks.jar HostileInputBenchmark -p input=collidingWords -p chars=1000000,4000000}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class HostileInputBenchmark {

    /** Which input: see {@link #generate(String, int)}. */
    @Param({"prose", "collidingWords", "randomBmp", "itemSold", "hugeBlockThenCopies", "everyLengthAscii",
        "everyLengthCjk", "initialsBeforeDigits", "numericTable"})
    public String input;

    /** The input's length in UTF-16 characters. */
    @Param({"250000", "1000000", "4000000"})
    public int chars;

    /** The algorithm, as {@code --algorithm} names it. */
    @Param({"nutshell", "textrank", "lead"})
    public String algorithm;

    private String text;
    private Summarizer summarizer;

    /** Generates the input and builds the summarizer, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        text = generate(input, chars);
        summarizer = Summarizer.builder().algorithm(algorithm).maxInputChars(Integer.MAX_VALUE - 8).build();
    }

    /** @return the summary */
    @Benchmark
    public Summary summarize() {
        return summarizer.summarize(text, Length.sentences(3));
    }

    static String generate(String input, int chars) {
        StringBuilder text = new StringBuilder(chars + 100_000);
        Random random = new Random(1);
        switch (input) {
            case "hugeBlockThenCopies" -> hugeBlock(text, chars / 2);
            case "everyLengthAscii" -> everyLength(text, chars, false);
            case "everyLengthCjk" -> everyLength(text, chars, true);
            default -> { }
        }
        while (text.length() < chars) {
            append(input, text, random);
        }
        return text.toString();
    }

    private static void append(String input, StringBuilder text, Random random) {
        switch (input) {
            case "prose" -> text.append(PROSE[random.nextInt(PROSE.length)]).append(random.nextInt(8) == 0 ? "\n\n" : " ");
            case "collidingWords" -> collidingSentence(text, random);
            case "randomBmp" -> text.append(random.nextInt(20) == 0 ? ' ' : (char) random.nextInt(0x10000));
            case "itemSold" -> text.append("Item ").append(text.length()).append(" was sold today. ");
            case "hugeBlockThenCopies" -> text.append("The harbour reopened to small boats on Friday. ");
            case "initialsBeforeDigits" -> text.append("J. 5 A. 7 B. 9 ");
            case "numericTable" -> text.append(String.format("%8d  %10.2f  %10.2f  %6d%n", text.length(),
                    random.nextDouble() * 1e4, random.nextDouble() * 1e3, random.nextInt(1_000_000)));
            default -> throw new IllegalArgumentException("unknown input " + input);
        }
    }

    private static final String[] PROSE = {
        "The harbour reopened to small boats on Friday after the storm had passed.",
        "Officials said the sea wall held, though several warehouses on the quay were flooded.",
        "Fishermen returned to the market before dawn, and prices fell by a third.",
        "The council will meet on Monday to decide how the repairs are paid for.",
        "Residents described the night as the worst they could remember."};

    /** Words made of the blocks "an" and "c0", which have the same {@code String.hashCode}. */
    private static void collidingSentence(StringBuilder text, Random random) {
        for (int word = 0; word < 12; word++) {
            for (int block = 0; block < 6; block++) {
                text.append(random.nextBoolean() ? "an" : "c0");
            }
            text.append(word < 11 ? ' ' : '.');
        }
        text.append(' ');
    }

    /** One unpunctuated block of distinct words, to be followed by copies of one sentence. */
    private static void hugeBlock(StringBuilder text, int chars) {
        for (int word = 0; text.length() < chars; word++) {
            text.append('w').append(word).append(' ');
        }
        text.append(".\n\n");
    }

    /**
     * Sentences of every length 1, 2, 3, ... whose terms are the first terms of one vocabulary (ASCII
     * words, or 3,000 CJK ideographs), so that every term is shared by sentences of many lengths.
     */
    private static void everyLength(StringBuilder text, int chars, boolean cjk) {
        for (int length = 1; text.length() < chars; length++) {
            for (int j = 0; j < length; j++) {
                if (cjk) {
                    text.append((char) ('\u4e00' + j % 3000));
                } else {
                    text.append(j == 0 ? "Start" : " w" + j);
                }
            }
            text.append(cjk ? "。" : ". ");
        }
    }
}
