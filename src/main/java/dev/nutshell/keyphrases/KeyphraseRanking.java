package dev.nutshell.keyphrases;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How keyphrases are ranked: a name, the longest candidate phrase, and the ranking of candidates.
 * The one value that says what a name means, so that {@code --ranking positionrank} on the
 * command line and {@code KeyphraseExtractor.builder().ranking(KeyphraseRanking.POSITIONRANK)}
 * are the same thing.
 *
 * <p>The built-in rankings, the one list of them:
 * <table>
 *   <caption>Built-in keyphrase rankings</caption>
 *   <tr><th>name</th><th>ranking</th></tr>
 *   <tr><td>{@code nutshell} (the default, {@link #NUTSHELL})</td><td>for short texts, a model learned
 *       from abstracts' keyphrases over TextRank's graph and the phrases' length, position, frequency and
 *       nesting; for long ones, PositionRank's graph with phrase frequency, words that are not common in
 *       the language and phrases of the headline counting double, phrases of two or three words and early
 *       ones more; blended by length (see {@link #NUTSHELL})</td></tr>
 *   <tr><td>{@code textrank} ({@link #TEXTRANK})</td><td>TextRank (Mihalcea and Tarau 2004): PageRank
 *       of words over an unweighted graph of adjacent words; a phrase scores the sum of its words</td></tr>
 *   <tr><td>{@code singlerank} ({@link #SINGLERANK})</td><td>SingleRank (Wan and Xiao 2008): the same over
 *       a window of 10 words, links weighted by co-occurrence counts</td></tr>
 *   <tr><td>{@code positionrank} ({@link #POSITIONRANK})</td><td>PositionRank (Florescu and Caragea 2017):
 *       SingleRank with the random jump favouring words that occur early and often; phrases of at most
 *       3 words</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KeyphraseRanking {
    /** The name of the ranking an extractor uses unless told otherwise. */
    public static final String DEFAULT_NAME = "nutshell";

    /** {@code textrank}: TextRank, window 2, unweighted, phrases of up to 5 words. */
    public static final KeyphraseRanking TEXTRANK = new KeyphraseRanking("textrank", 5, new GraphRanker(2, false, false));
    /** {@code singlerank}: SingleRank, window 10, weighted, phrases of up to 5 words. */
    public static final KeyphraseRanking SINGLERANK = new KeyphraseRanking("singlerank", 5, new GraphRanker(10, true, false));
    /** {@code positionrank}: PositionRank, window 10, weighted, position-biased, phrases of up to 3 words. */
    public static final KeyphraseRanking POSITIONRANK = new KeyphraseRanking("positionrank", 3,
            new GraphRanker(10, true, true));
    /**
     * {@code nutshell}, the default. For texts of up to 150 words, a logistic model learned from the
     * Inspec dev abstracts' keyphrases ({@link LogisticRanking#SHORT_TEXTS}) over TextRank's graph
     * (window 2, unweighted, a word that is not among the language's common words counting double)
     * and the phrase's length, position, frequency, headline, common words and nesting. From 300
     * words, PositionRank's graph with a wider window (15 words, weighted, position-biased: the
     * window of a news sentence, which did better than 10 on DUC-2001 dev), a phrase's sum
     * multiplied by the square root of its number of occurrences, rare words double, a phrase of the
     * headline double, a single word half, a phrase of four or five words 0.7 times as much, and a
     * phrase whose first word is word {@code i} of the text {@code 1 + 2 / (1 + i / 50)} times as
     * much ({@link PhrasePrior}). Each divided by its largest and blended linearly between. Phrases
     * of up to 5 words: below 225 words the longest runs of nouns and adjectives, from there the
     * noun phrases {@code ADJ* NOUN+}. A title-case headline is not read.
     */
    public static final KeyphraseRanking NUTSHELL = new KeyphraseRanking(DEFAULT_NAME, 5, nutshell(LogisticRanking.SHORT_TEXTS));

    /** Sorted by name. */
    private static final List<KeyphraseRanking> BUILT_IN = List.of(NUTSHELL, POSITIONRANK, SINGLERANK, TEXTRANK);
    private static final List<String> NAMES = BUILT_IN.stream().map(KeyphraseRanking::name).toList();

    private final String name;
    private final int maxWords;
    private final PhraseRanker ranker;

    /**
     * The default's ranking with another ranking of short texts: what the tests' training of the
     * short-text model compares and cross-validates.
     */
    static PhraseRanker nutshell(PhraseRanker shortTexts) {
        PhraseRanker news = new PhrasePrior(new HeadlineBoost(new GraphRanker(15, true, true, 1, 0.5), 1), 0.5, 0.7, 2, 50);
        return new LengthAdaptiveRanker(shortTexts, news, 150, 300);
    }

    KeyphraseRanking(String name, int maxWords, PhraseRanker ranker) {
        this.name = name;
        this.maxWords = maxWords;
        this.ranker = ranker;
    }

    /**
     * The built-in ranking of that name.
     *
     * @param name a name from {@link #names()}, case-insensitive
     * @return the ranking, one of this class's constants
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if there is no such ranking; the message lists the names
     */
    public static KeyphraseRanking named(String name) {
        String key = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        for (KeyphraseRanking ranking : BUILT_IN) {
            if (ranking.name.equals(key)) {
                return ranking;
            }
        }
        throw new IllegalArgumentException("unknown keyphrase ranking '" + name + "', expected one of "
                + String.join(", ", NAMES));
    }

    /** @return the built-in rankings, sorted by name; unmodifiable */
    public static List<KeyphraseRanking> builtIns() {
        return BUILT_IN;
    }

    /** @return the names of the built-in rankings, sorted; unmodifiable */
    public static List<String> names() {
        return NAMES;
    }

    /** @return the name, lower case */
    public String name() {
        return name;
    }

    /** @return the most words of a candidate phrase, {@code >= 1} */
    public int maxWords() {
        return maxWords;
    }

    PhraseRanker ranker() {
        return ranker;
    }

    @Override
    public String toString() {
        return name + "[maxWords=" + maxWords + ", " + ranker + "]";
    }
}
