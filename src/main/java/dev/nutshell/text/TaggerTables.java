package dev.nutshell.text;

import java.util.Collections;
import java.util.HashMap;
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

    private static final String WORD_AND_CLASS = "w&c=";
    private static final String[] WORD_FEATURES = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};

    private final Map<String, Context> predicates;
    /** Lower-cased word to the weights of its word features, one lookup for a token instead of six. */
    private final Map<String, Lexeme> lexicon;
    /**
     * Suffix, and prefix, to its weights: small compact tables apart from the model's 33,000
     * features, since looking affixes up is most of the cost of a token not cached yet.
     */
    private final Map<String, Context> suffixes;
    private final Map<String, Context> prefixes;
    /** Token class ({@code wc=}) to its weights: a dozen entries, looked up for every new token. */
    private final Map<String, Context> tokenClasses;
    private final String[] outcomes;
    private final double[] bias;
    // Dense copies, allocated together: the model's own contexts lie scattered over its 12 MB,
    // and fetching them from memory cost more than the additions.
    private final double[][] sentenceStart = new double[SENTENCE_START_WINDOW][];
    private final double[][] previousTag;
    private final double[][] previousTags;

    /**
     * @param predicates the model's feature names with their weights by outcome; not modified, read by many threads
     * @param outcomes the model's outcome names
     */
    TaggerTables(Map<String, Context> predicates, String[] outcomes) {
        this.predicates = predicates;
        this.outcomes = outcomes.clone();
        this.lexicon = lexicon(predicates, outcomes.length);
        this.suffixes = named(predicates, "suf=");
        this.prefixes = named(predicates, "pre=");
        this.tokenClasses = named(predicates, "wc=");
        this.bias = new double[outcomes.length];
        add(bias, predicates.get("def"));
        for (int i = 0; i < SENTENCE_START_WINDOW; i++) {
            sentenceStart[i] = dense(predicates.get(SENTENCE_START[i]));
        }
        int count = outcomes.length;
        previousTag = new double[count][];
        previousTags = new double[count * count][];
        for (int first = 0; first < count; first++) {
            previousTag[first] = dense(predicates.get("t=" + outcomes[first]));
            for (int second = 0; second < count; second++) {
                previousTags[first * count + second] = dense(predicates.get("t2=" + outcomes[first] + "," + outcomes[second]));
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
    record TokenFeatures(double[] own, double[] asPrevious, double[] asSecondPrevious, double[] asNext, double[] asSecondNext) {
    }

    /**
     * The weights of a lower-cased word's features: as itself ({@code w}), and as each neighbour
     * by outcome, dense (adding 38 numbers in a row is faster than scattering a few, and a word's
     * features as a neighbour are added for every token beside it); and whether it has {@code w&c}
     * features; each null if the model has none.
     */
    private record Lexeme(Context word, double[] previous, double[] secondPrevious, double[] next, double[] secondNext,
            boolean withClass) {
    }

    /**
     * The features whose names start with the prefix, keyed by the rest of their names. In a
     * {@code HashMap}, not {@code Map.copyOf}: the immutable map probes linearly from slots that
     * follow {@code String.hashCode}, and the hashes of short affixes are dense runs ("a" to "z",
     * "aa" to "zz") that make long clusters; {@code HashMap} spreads the hash and chains. Looking up
     * the eight affixes of every form of the CNN/DM dev articles, alternately in one JVM: about 95
     * ns a lookup in the immutable map, 42 ns in the {@code HashMap}.
     */
    private static Map<String, Context> named(Map<String, Context> predicates, String prefix) {
        Map<String, Context> named = new HashMap<>();
        predicates.forEach((name, weights) -> {
            if (name.startsWith(prefix)) {
                named.put(name.substring(prefix.length()), weights);
            }
        });
        return Collections.unmodifiableMap(named);
    }

    private static Map<String, Lexeme> lexicon(Map<String, Context> predicates, int outcomes) {
        Map<String, Context[]> features = new HashMap<>();
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            String name = predicate.getKey();
            for (int kind = 0; kind <= WORD_FEATURES.length; kind++) {
                String prefix = kind < WORD_FEATURES.length ? WORD_FEATURES[kind] : WORD_AND_CLASS;
                if (name.startsWith(prefix)) {
                    String word = kind < WORD_FEATURES.length ? name.substring(prefix.length())
                            : name.substring(prefix.length(), Math.max(prefix.length(), name.lastIndexOf(',')));
                    features.computeIfAbsent(word, w -> new Context[WORD_FEATURES.length + 1])[kind] = predicate.getValue();
                }
            }
        }
        Map<String, Lexeme> lexicon = new HashMap<>();
        features.forEach((word, weights) -> lexicon.put(word, new Lexeme(weights[0], dense(weights[1], outcomes),
                dense(weights[2], outcomes), dense(weights[3], outcomes), dense(weights[4], outcomes), weights[5] != null)));
        return Collections.unmodifiableMap(lexicon);
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
        add(own, tokenClasses.get(tokenClass));
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        for (int length = 1; length <= affixes; length++) {
            add(own, suffixes.get(token.substring(token.length() - length)));
            add(own, prefixes.get(token.substring(0, length)));
        }
        Lexeme lexeme = lexicon.get(lower);
        if (lexeme == null) {
            return new TokenFeatures(own, null, null, null, null);
        }
        add(own, lexeme.word());
        if (lexeme.withClass()) {
            add(own, predicates.get(WORD_AND_CLASS + lower + "," + tokenClass));
        }
        return new TokenFeatures(own, lexeme.previous(), lexeme.secondPrevious(), lexeme.next(), lexeme.secondNext());
    }

    /** @return the weights of the sentence start seen from {@code position} (0 to 2), by outcome, or null */
    double[] sentenceStart(int position) {
        return sentenceStart[position];
    }

    /** @return the weights of the previous tag ({@code t}) by outcome, or null */
    double[] previousTag(int outcome) {
        return previousTag[outcome];
    }

    /** @return the weights of the two previous tags ({@code t2}), the earlier first, by outcome, or null */
    double[] previousTags(int earlier, int later) {
        return previousTags[earlier * outcomes.length + later];
    }

    /** The weights by outcome, or null for a feature the model does not know. */
    private double[] dense(Context weights) {
        return dense(weights, outcomes.length);
    }

    private static double[] dense(Context weights, int outcomes) {
        if (weights == null) {
            return null;
        }
        double[] sums = new double[outcomes];
        add(sums, weights);
        return sums;
    }

    /** Adds weights by outcome to the sums; nothing if null. */
    static void add(double[] sums, double[] weights) {
        if (weights == null) {
            return;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += weights[i];
        }
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
