package dev.nutshell.text;

import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The weights of OpenNLP's English part-of-speech model arranged for {@link GreedyTagger}: by
 * outcome, with the features of a token's spelling summed per token, and the features of the
 * previous tags and of the sentence start in tables.
 *
 * <p>The feature names are those the model's context generator makes (its {@code
 * generator.featuregen}: definition, suffixes and prefixes of up to 4 characters, the lower-cased
 * word and those up to two either side, the sentence start up to two before, the token class, and
 * the previous one and two tags); a test compares the tags with OpenNLP's own decoding.
 *
 * <p>Immutable and thread-safe.
 */
final class TaggerTables {
    /** How many tokens from the start of a sentence see its start ({@code S}, {@code p1S}, {@code p2S}). */
    static final int SENTENCE_START_WINDOW = 3;
    private static final int AFFIX_LENGTH = 4;
    private static final String[] SENTENCE_START = {"S=begin", "p1S=begin", "p2S=begin"};

    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double[] bias;
    private final Context[] sentenceStart = new Context[SENTENCE_START_WINDOW];
    private final Context[] previousTag;
    private final Context[] previousTags;

    /**
     * @param predicates the model's feature names with their weights by outcome; not modified, read by many threads
     * @param outcomes the model's outcome names
     */
    TaggerTables(Map<String, Context> predicates, String[] outcomes) {
        this.predicates = predicates;
        this.outcomes = outcomes.clone();
        this.bias = new double[outcomes.length];
        add(bias, predicates.get("def"));
        for (int i = 0; i < SENTENCE_START_WINDOW; i++) {
            sentenceStart[i] = predicates.get(SENTENCE_START[i]);
        }
        int count = outcomes.length;
        previousTag = new Context[count];
        previousTags = new Context[count * count];
        for (int first = 0; first < count; first++) {
            previousTag[first] = predicates.get("t=" + outcomes[first]);
            for (int second = 0; second < count; second++) {
                previousTags[first * count + second] = predicates.get("t2=" + outcomes[first] + "," + outcomes[second]);
            }
        }
    }

    /**
     * The weights of one token's own features, and of its features as a neighbour.
     *
     * @param own the sum of the token's spelling features, one weight per outcome
     * @param asPrevious its word as the previous one ({@code p1w}), or null if the model has none
     * @param asSecondPrevious its word two before ({@code p2w}), or null
     * @param asNext its word as the next one ({@code n1w}), or null
     * @param asSecondNext its word two after ({@code n2w}), or null
     */
    record TokenFeatures(double[] own, Context asPrevious, Context asSecondPrevious, Context asNext, Context asSecondNext) {
    }

    /** @return the outcome names, indexed as the weights; the caller must not modify it */
    String[] outcomes() {
        return outcomes;
    }

    /**
     * The features of a token as OpenNLP's context generator names them.
     *
     * @param token the token as written
     * @return its features' weights, made anew: for the caller's cache
     */
    TokenFeatures features(String token) {
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        double[] own = bias.clone();
        add(own, predicates.get("w=" + lower));
        add(own, predicates.get("wc=" + tokenClass));
        add(own, predicates.get("w&c=" + lower + "," + tokenClass));
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int length = 1; length <= affixes; length++) {
            add(own, predicates.get("suf=" + token.substring(token.length() - length)));
            add(own, predicates.get("pre=" + token.substring(0, length)));
        }
        return new TokenFeatures(own, predicates.get("p1w=" + lower), predicates.get("p2w=" + lower),
                predicates.get("n1w=" + lower), predicates.get("n2w=" + lower));
    }

    /** @return the weights of the sentence start seen from {@code position} (0 to 2), or null */
    Context sentenceStart(int position) {
        return sentenceStart[position];
    }

    /** @return the weights of the previous tag ({@code t}), or null */
    Context previousTag(int outcome) {
        return previousTag[outcome];
    }

    /** @return the weights of the two previous tags ({@code t2}), the earlier first, or null */
    Context previousTags(int earlier, int later) {
        return previousTags[earlier * outcomes.length + later];
    }

    /** Adds a feature's weights to the sums by outcome; nothing for a feature the model does not know. */
    static void add(double[] sums, Context weights) {
        if (weights == null) {
            return;
        }
        int[] outcomeIndexes = weights.getOutcomes();
        double[] parameters = weights.getParameters();
        for (int i = 0; i < outcomeIndexes.length; i++) {
            sums[outcomeIndexes[i]] += parameters[i];
        }
    }
}
