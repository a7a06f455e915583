package dev.nutshell.text;

import dev.nutshell.article.PartOfSpeech;
import java.util.Set;

/**
 * Tags a run of tokens with OpenNLP's English part-of-speech model ({@link TaggerModel}), one
 * token after the other, each given the best tag for its features and the tags already chosen
 * before it: the maximum-entropy model's own decisions, decoded greedily.
 *
 * <p>Why not OpenNLP's {@code POSTaggerME}: it builds about twenty feature strings for every token
 * of every sequence its beam keeps (three), looks each one up and normalises the probabilities,
 * several microseconds a word, nearly all of a keyphrase call. A token's features fall into parts
 * that depend on the token alone (its spelling, as itself and as a neighbour), on its position
 * (the sentence start) and on the tags before it; the first are summed once per distinct token
 * ({@link #features(String)}, which the caller caches: {@link WordForms}), the others are tables of
 * the model, so that tagging a token costs a few additions of 38 numbers. The tags are those of
 * OpenNLP's context generator and model decoded with a beam of one (a test checks it token for
 * token), which on the keyphrase dev sets loses nothing against the beam of three. The analyzer
 * may bar a token from the closed classes (a word the model does not know, which no grammar lists
 * as a pronoun or preposition): it then gets the best open-class outcome.
 *
 * <p>Not thread-safe (a buffer of scores): one per {@link AnalysisWorker}.
 */
final class GreedyTagger {
    /** The Universal Dependencies tags of closed classes, whose members a grammar can list. */
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM");
    private final TaggerTables tables;
    private final PartOfSpeech[] partsOfSpeech;
    private final double[] scores;
    /** Per outcome, whether its part of speech is a closed class. */
    private final boolean[] closedClass;
    /** Per outcome, false: no outcome barred. */
    private final boolean[] noneBarred;
    /** The weights of a part a token lacks. */
    private final double[] zeros;

    GreedyTagger(TaggerModel model) {
        this.tables = model.tables;
        String[] outcomes = tables.outcomes();
        this.scores = new double[outcomes.length];
        this.zeros = new double[outcomes.length];
        this.closedClass = new boolean[outcomes.length];
        this.noneBarred = new boolean[outcomes.length];
        this.partsOfSpeech = new PartOfSpeech[outcomes.length];
        for (int outcome = 0; outcome < outcomes.length; outcome++) {
            String tag = outcomes[outcome];
            int plus = tag.indexOf('+');
            // A word with a clitic ("Canada's": PROPN+PART) is what its first part is: the
            // possessive of a name is still a name, and ends a keyphrase candidate.
            partsOfSpeech[outcome] = PartOfSpeech.ofUniversalTag(plus < 0 ? tag : tag.substring(0, plus));
            closedClass[outcome] = CLOSED_CLASSES.contains(plus < 0 ? tag : tag.substring(0, plus));
        }
    }

    /**
     * @param tokens a sentence's tokens (or a run of them), as the tagger should see them
     * @return their Universal Dependencies tags as the model names them ({@code "NOUN"}, {@code "AUX+PART"}), one per token
     */
    String[] tag(String[] tokens) {
        int count = tokens.length;
        TaggerTables.TokenFeatures[] features = new TaggerTables.TokenFeatures[count];
        for (int token = 0; token < count; token++) {
            features[token] = features(tokens[token]);
        }
        int[] chosen = new int[count];
        tag(features, count, chosen);
        String[] tags = new String[count];
        for (int token = 0; token < count; token++) {
            tags[token] = tables.outcomes()[chosen[token]];
        }
        return tags;
    }

    /**
     * Tags a run of tokens given their features.
     *
     * @param features the features of each token ({@link #features(String)}), at least {@code count}
     * @param count the number of tokens
     * @param chosen receives each token's outcome, at least {@code count} long: see {@link #partOfSpeech(int)}
     */
    void tag(TaggerTables.TokenFeatures[] features, int count, int[] chosen) {
        tag(features, count, null, chosen);
    }

    /**
     * Tags a run of tokens given their features, some of which may take only an open-class tag.
     *
     * @param features the features of each token ({@link #features(String)}), at least {@code count}
     * @param count the number of tokens
     * @param openClassOnly per token, whether it may take only an outcome outside the closed
     *     classes ({@link #isClosedClass(int)}), at least {@code count}; null if every token may take any
     * @param chosen receives each token's outcome, at least {@code count} long: see {@link #partOfSpeech(int)}
     */
    void tag(TaggerTables.TokenFeatures[] features, int count, boolean[] openClassOnly, int[] chosen) {
        for (int token = 0; token < count; token++) {
            boolean[] barred = openClassOnly != null && openClassOnly[token] ? closedClass : noneBarred;
            chosen[token] = best(features, count, chosen, token, barred);
        }
    }

    /**
     * @return whether an outcome's part of speech (its first part's, for a word with a clitic) is
     *     a closed class: a pronoun, determiner, adposition, conjunction, auxiliary, particle,
     *     punctuation or symbol
     */
    boolean isClosedClass(int outcome) {
        return closedClass[outcome];
    }

    /**
     * @param token a token as written
     * @return the weights of its spelling, made anew: for the caller's cache
     */
    TaggerTables.TokenFeatures features(String token) {
        return tables.features(token);
    }

    /**
     * @return the part of speech of an outcome of {@link #tag(TaggerTables.TokenFeatures[], int, int[])}; that
     *     of its first part for a word with a clitic ({@code PROPN+PART} is {@code PROPN})
     */
    PartOfSpeech partOfSpeech(int outcome) {
        return partsOfSpeech[outcome];
    }

    /**
     * The best outcome for a token: the sum of its features' weights, as OpenNLP's context
     * generator names them. The eight parts are added in one pass, element by element in a fixed
     * order (a part the token lacks is zeros, whose addition changes no sum but the sign of a
     * zero, which no comparison sees), instead of eight passes over the sums.
     */
    private int best(TaggerTables.TokenFeatures[] features, int count, int[] chosen, int token, boolean[] barred) {
        double[] own = features[token].own();
        double[] previous = token >= 1 ? orZeros(features[token - 1].asPrevious()) : zeros;
        double[] previousTag = token >= 1 ? orZeros(tables.previousTag(chosen[token - 1])) : zeros;
        double[] secondPrevious = token >= 2 ? orZeros(features[token - 2].asSecondPrevious()) : zeros;
        double[] previousTags = token >= 2 ? orZeros(tables.previousTags(chosen[token - 2], chosen[token - 1])) : zeros;
        double[] next = token + 1 < count ? orZeros(features[token + 1].asNext()) : zeros;
        double[] secondNext = token + 2 < count ? orZeros(features[token + 2].asSecondNext()) : zeros;
        double[] start = token < TaggerTables.SENTENCE_START_WINDOW ? orZeros(tables.sentenceStart(token)) : zeros;
        double[] sum = scores;
        for (int i = 0; i < sum.length; i++) {
            sum[i] = own[i] + previous[i] + previousTag[i] + secondPrevious[i] + previousTags[i] + next[i]
                    + secondNext[i] + start[i];
        }
        int best = -1;
        for (int outcome = 0; outcome < sum.length; outcome++) {
            if (!barred[outcome] && (best < 0 || sum[outcome] > sum[best])) {
                best = outcome;
            }
        }
        return best;
    }

    private double[] orZeros(double[] weights) {
        return weights == null ? zeros : weights;
    }
}
