package dev.nutshell.text;

import java.util.Random;
import java.util.function.Function;

/**
 * A small property-testing harness: a fixed seed, a bounded number of tries, and a failing text
 * shrunk by deleting pieces of it while the property still fails, so that the report shows a
 * small input that can be pasted into a regular test.
 *
 * <p>The seeds and tries are fixed, so that the build is reproducible; for a longer hunt run, for
 * example, {@code mvn test -Dtest='*PropertyTest' -Dnutshell.property.tries=20000
 * -Dnutshell.property.seed=5}: the tries are then that many and the seed is mixed into every test's.
 *
 * <p>Each try gets its own seed, derived from the test's seed: the property may draw further
 * parameters (a budget, an algorithm) from {@code new Random(trySeed)}, and gets the same ones
 * again while the text is shrunk.
 */
public final class PropertyCheck {
    /** Shrinking stops after this many runs of the property, whatever the input's size. */
    private static final int MAX_SHRINK_RUNS = 2_000;

    /** A property of one text; it fails by throwing. */
    public interface TextProperty {
        /**
         * @param trySeed a seed for any further parameters of this try
         * @param text the generated text
         * @throws Exception if the property does not hold
         */
        void check(long trySeed, String text) throws Exception;
    }

    private PropertyCheck() {
    }

    /**
     * Checks a property of {@code tries} generated texts.
     *
     * @param seed the test's fixed seed
     * @param tries how many texts to try
     * @param generator makes a text from a seeded random source
     * @param property what must hold for every text
     * @throws AssertionError with the seed, the shrunk text and the failure as its cause
     */
    public static void forAllTexts(long seed, int tries, Function<Random, String> generator, TextProperty property) {
        Random seeds = new Random(seed(seed));
        for (int i = 0, count = tries(tries); i < count; i++) {
            long trySeed = seeds.nextLong();
            String text = generator.apply(new Random(trySeed));
            Throwable failure = failureOf(property, trySeed, text);
            if (failure != null) {
                String smallest = shrink(property, trySeed, text);
                Throwable smallestFailure = failureOf(property, trySeed, smallest);
                throw new AssertionError("try " + i + " of seed " + seed + " (try seed " + trySeed + ") failed;"
                        + " shrunk from " + text.length() + " to " + smallest.length() + " chars: \""
                        + escape(smallest) + "\": " + smallestFailure, smallestFailure);
            }
        }
    }

    /**
     * @param fixed the test's own number of tries
     * @return that number, or the one given as system property {@code nutshell.property.tries}
     */
    public static int tries(int fixed) {
        return Integer.getInteger("nutshell.property.tries", fixed);
    }

    /**
     * @param fixed the test's own seed
     * @return that seed, mixed with system property {@code nutshell.property.seed} if given
     */
    public static long seed(long fixed) {
        Long extra = Long.getLong("nutshell.property.seed");
        return extra == null ? fixed : fixed * 31 + extra;
    }

    private static Throwable failureOf(TextProperty property, long trySeed, String text) {
        try {
            property.check(trySeed, text);
            return null;
        } catch (Exception | AssertionError | StackOverflowError | OutOfMemoryError e) {
            return e;
        }
    }

    /**
     * Deletes chunks of the text, halving the chunk size down to one character, keeping every
     * deletion after which the property still fails; again while a round deletes anything.
     */
    static String shrink(TextProperty property, long trySeed, String text) {
        String smallest = text;
        int runs = 0;
        boolean shrunk = true;
        while (shrunk && runs < MAX_SHRINK_RUNS) {
            shrunk = false;
            for (int chunk = Math.max(1, smallest.length() / 2); chunk >= 1 && runs < MAX_SHRINK_RUNS; chunk /= 2) {
                int start = 0;
                while (start < smallest.length() && runs < MAX_SHRINK_RUNS) {
                    String candidate = smallest.substring(0, start)
                            + smallest.substring(Math.min(smallest.length(), start + chunk));
                    runs++;
                    if (failureOf(property, trySeed, candidate) != null) {
                        smallest = candidate;
                        shrunk = true;
                    } else {
                        start += chunk;
                    }
                }
            }
        }
        return smallest;
    }

    /** The text with everything but printable ASCII written as Java escapes, cut at 2,000 characters. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), 2_000); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return text.length() > 2_000 ? escaped + "..." : escaped.toString();
    }
}
