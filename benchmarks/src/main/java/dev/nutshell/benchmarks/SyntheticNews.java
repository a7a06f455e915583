package dev.nutshell.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic news-like English text for benchmarks that must run without any data set.
 *
 * <p>What matters for the ranking kernels is the shape of the term statistics, not the meaning:
 * <ul>
 *   <li>sentence lengths log-normal around 20 tokens (median), 4 to 90, as in news prose (CNN/DM
 *       dev articles: 35 sentences of about 22 tokens);</li>
 *   <li>about 45% of the tokens are function words, which the analyzer drops as stop words;</li>
 *   <li>content words follow a Zipf-Mandelbrot law (exponent 1) over 60,000 word types, so a
 *       few words ("said", "year") occur in many sentences and most occur once;</li>
 *   <li>every story of about 35 sentences has its own 30 topic words, which a quarter of its
 *       content tokens repeat: the reason sentences of one article overlap more than random text.
 *       A long document is a run of such stories, like 400 BBC articles joined.</li>
 * </ul>
 *
 * <p>Words are made of syllables, distinct for distinct ranks; the Snowball stemmer conflates a
 * few of them, as it conflates inflections of real words. Stateless; every method is a pure
 * function of its arguments.
 */
public final class SyntheticNews {
    static final int STORY_SENTENCES = 35;
    private static final int VOCABULARY = 60_000;
    private static final int TOPIC_WORDS = 30;
    private static final String[] SYLLABLES = {"ba", "ke", "mi", "ro", "tu", "sa", "ne", "li", "do", "fa",
        "go", "pe", "ri", "vo", "zu", "ha", "je", "ci", "mo", "nu"};
    /** Frequent English function words, most frequent first; all are in Nutshell's stop list. */
    private static final String[] FUNCTION_WORDS = {"the", "of", "and", "to", "a", "in", "that", "is", "was",
        "he", "for", "it", "with", "as", "his", "on", "be", "at", "by", "had", "are", "but", "from", "or",
        "have", "an", "they", "which", "were", "her", "she", "would", "there", "their", "we", "been", "has",
        "will", "who", "more", "if", "no", "out", "so", "not", "what", "up", "its", "about", "than"};
    private static final double[] CONTENT_CUMULATIVE = zipfCumulative(VOCABULARY, 2.7);
    private static final double[] FUNCTION_CUMULATIVE = zipfCumulative(FUNCTION_WORDS.length, 1.0);
    private static final double[] TOPIC_CUMULATIVE = zipfCumulative(TOPIC_WORDS, 1.0);

    private SyntheticNews() {
    }

    /**
     * @param count the number of sentences, {@code >= 0}
     * @param seed the random seed; the same seed gives the same sentences
     * @return sentences starting with a capital and ending with a period (a few with "?"), in stories
     *     of {@value #STORY_SENTENCES} sentences
     */
    public static List<String> sentences(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> sentences = new ArrayList<>(count);
        int[] topic = new int[TOPIC_WORDS];
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i % STORY_SENTENCES == 0) {
                for (int t = 0; t < TOPIC_WORDS; t++) {
                    topic[t] = 50 + random.nextInt(5_000);
                }
            }
            sentences.add(sentence(random, topic, sentence));
        }
        return sentences;
    }

    /**
     * Raw article text from sentences: paragraphs of one to four sentences separated by blank
     * lines, as news pages are, so that the splitter sees ordinary prose.
     *
     * @param sentences the sentences, in order
     * @param seed the random seed for paragraph lengths
     * @return the text
     */
    public static String text(List<String> sentences, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        int left = 1 + random.nextInt(4);
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                boolean paragraphBreak = --left == 0;
                text.append(paragraphBreak ? "\n\n" : " ");
                if (paragraphBreak) {
                    left = 1 + random.nextInt(4);
                }
            }
            text.append(sentences.get(i));
        }
        return text.toString();
    }

    private static String sentence(SplittableRandom random, int[] topic, StringBuilder sentence) {
        double gaussian = gaussian(random);
        int tokens = (int) Math.max(4, Math.min(90, Math.round(Math.exp(Math.log(20) + 0.45 * gaussian))));
        sentence.setLength(0);
        for (int t = 0; t < tokens; t++) {
            String word = nextWord(random, topic);
            if (t == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            if (t > 0) {
                sentence.append(' ');
            }
            sentence.append(word);
            if (t + 1 < tokens && random.nextDouble() < 0.06) {
                sentence.append(',');
            }
        }
        sentence.append(random.nextDouble() < 0.02 ? '?' : '.');
        return sentence.toString();
    }

    private static String nextWord(SplittableRandom random, int[] topic) {
        if (random.nextDouble() < 0.45) {
            return FUNCTION_WORDS[sample(FUNCTION_CUMULATIVE, random)];
        }
        int rank = random.nextDouble() < 0.25 ? topic[sample(TOPIC_CUMULATIVE, random)] : sample(CONTENT_CUMULATIVE, random);
        String word = word(rank);
        // Names: about one content word in twelve is capitalised.
        return random.nextInt(12) == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** The word of a frequency rank: its base-20 digits as syllables, two to four of them. */
    static String word(int rank) {
        int syllables = rank < 400 ? 2 : rank < 8_000 ? 3 : 4;
        StringBuilder word = new StringBuilder(syllables * 2 + 1);
        int rest = rank;
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        }
        // A closing consonant makes the words look less alike to the stemmer ("bakel", "mirot").
        word.append("lrtnsdm".charAt(rank % 7));
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /** Zipf-Mandelbrot weights {@code 1 / (rank + shift)}, cumulative and normalised to 1. */
    private static double[] zipfCumulative(int size, double shift) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1 / (rank + shift);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static int sample(double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < u) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A standard normal deviate (Box-Muller), from the stream's next two doubles. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
