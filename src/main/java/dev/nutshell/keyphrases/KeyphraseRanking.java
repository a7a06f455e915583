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
 *   <tr><td>{@code nutshell} (the default, {@link #NUTSHELL})</td><td>models learned from gold
 *       keyphrases over a phrase's graph score, length, position, frequency, headline, common words and
 *       nesting: for short texts fitted on abstracts, over TextRank's graph; for long ones fitted on news,
 *       over PositionRank's graph with phrase frequency; blended by length (see {@link #NUTSHELL})</td></tr>
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
     * {@code nutshell}, the default: two logistic models learned from gold keyphrases ({@link
     * LogisticRanking}), over a phrase's graph score, length, position, frequency, headline, common
     * words and nesting. For texts of up to 150 words, the model fitted on the Inspec dev abstracts
     * over TextRank's graph (window 2, unweighted); from 300 words, the model fitted on the
     * DUC-2001 dev news over PositionRank's graph with a wider window (15 words, weighted,
     * position-biased) and a phrase's sum multiplied by the square root of its occurrences; in both
     * graphs a word that is not among the language's common words counts double. Each model's
     * scores are divided by their largest and blended linearly between 150 and 300 words. Phrases of
     * up to 5 words: below 225 words the longest runs of nouns and adjectives, from there the noun
     * phrases {@code ADJ* NOUN+}, leaving out a phrase inside a better one. A title-case headline
     * is not read.
     */
    public static final KeyphraseRanking NUTSHELL = new KeyphraseRanking(DEFAULT_NAME, 5,
            nutshell(LogisticRanking.SHORT_TEXTS, LogisticRanking.NEWS));

    /** Sorted by name. */
    private static final List<KeyphraseRanking> BUILT_IN = List.of(NUTSHELL, POSITIONRANK, SINGLERANK, TEXTRANK);
    private static final List<String> NAMES = BUILT_IN.stream().map(KeyphraseRanking::name).toList();

    private final String name;
    private final int maxWords;
    private final PhraseRanker ranker;

    /**
     * The default's ranking with other rankings of short and long texts: what the tests' training
     * of the two models compares and cross-validates.
     */
    static PhraseRanker nutshell(PhraseRanker shortTexts, PhraseRanker longTexts) {
        return new LengthAdaptiveRanker(shortTexts, longTexts, 150, 300);
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
