package dev.nutshell.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    /**
     * The universal parts of speech of the closed classes, whose members a grammar can list:
     * pronouns, determiners, adpositions, conjunctions, auxiliaries, particles, punctuation, symbols.
     */
    private static final Set<String> CLOSED_CLASSES = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "SYM");
    private static final String[] SENTENCE_START = {"S=begin", "p1S=begin", "p2S=begin"};

    private static final String WORD_AND_CLASS = "w&c=";
    private static final String[] WORD_FEATURES = {"w=", "p1w=", "p2w=", "n1w=", "n2w="};
    /** How many neighbour roles a word has: {@code p1w}, {@code p2w}, {@code n1w}, {@code n2w}. */
    private static final int NEIGHBOUR_ROLES = WORD_FEATURES.length - 1;

    /** Lower-cased word to the weights of its word features, one lookup for a token instead of six. */
    private final Map<String, Lexeme> lexicon;
    /** Suffixes, and prefixes, with their weights: looking them up is the largest part of the cost of a token not cached yet. */
    private final AffixWeights suffixes;
    private final AffixWeights prefixes;
    /** Token class ({@code wc=}) to its weights: a dozen entries, looked up for every new token. */
    private final Map<String, Context> tokenClasses;
    private final String[] outcomes;
    /** Per outcome, whether its part of speech (its first part's, for a word with a clitic) is a closed class. */
    private final boolean[] closedClass;
    private final double[] bias;
    /** The model's own weights of the sentence start, the previous tag and the two previous tags, for exact sums. */
    private final Context[] sentenceStartWeights = new Context[SENTENCE_START_WINDOW];
    private final Context[] previousTagWeights;
    private final Context[] previousTagsWeights;
    // Dense single-precision copies, allocated together: the model's own contexts lie scattered
    // over its 12 MB, and fetching them from memory cost more than the additions.
    private final float[][] sentenceStart;
    private final float[][] previousTag;
    private final float[][] previousTags;
    /**
     * An upper bound, over outcomes, of the absolute weights a token's sum adds besides its own:
     * the largest weight of each neighbour role in the lexicon and of each context table, summed.
     */
    private final double contextMagnitude;

    /**
     * @param predicates the model's feature names with their weights by outcome; not modified, read by many threads
     * @param outcomes the model's outcome names
     */
    TaggerTables(Map<String, Context> predicates, String[] outcomes) {
        int count = outcomes.length;
        this.outcomes = outcomes.clone();
        this.closedClass = new boolean[count];
        for (int outcome = 0; outcome < count; outcome++) {
            String tag = outcomes[outcome];
            int plus = tag.indexOf('+');
            closedClass[outcome] = CLOSED_CLASSES.contains(plus < 0 ? tag : tag.substring(0, plus));
        }
        this.lexicon = lexicon(predicates, count);
        this.suffixes = new AffixWeights(named(predicates, "suf="), count);
        this.prefixes = new AffixWeights(named(predicates, "pre="), count);
        this.tokenClasses = named(predicates, "wc=");
        this.bias = new double[count];
        add(bias, predicates.get("def"));
        for (int i = 0; i < SENTENCE_START_WINDOW; i++) {
            sentenceStartWeights[i] = predicates.get(SENTENCE_START[i]);
        }
        previousTagWeights = new Context[count];
        previousTagsWeights = new Context[count * count];
        for (int first = 0; first < count; first++) {
            previousTagWeights[first] = predicates.get("t=" + outcomes[first]);
            for (int second = 0; second < count; second++) {
                previousTagsWeights[first * count + second] = predicates.get("t2=" + outcomes[first] + "," + outcomes[second]);
            }
        }
        sentenceStart = singles(sentenceStartWeights);
        previousTag = singles(previousTagWeights);
        previousTags = singles(previousTagsWeights);
        double magnitude = largestMagnitude(sentenceStartWeights) + largestMagnitude(previousTagWeights)
                + largestMagnitude(previousTagsWeights);
        for (int role = 0; role < NEIGHBOUR_ROLES; role++) {
            int neighbourRole = role;
            magnitude += largestMagnitude(lexicon.values().stream().map(lexeme -> lexeme.neighbourWeights()[neighbourRole])
                    .toArray(Context[]::new));
        }
        this.contextMagnitude = magnitude;
    }

    /** @return each feature's weights, dense and in single precision, or null for one the model does not know */
    private float[][] singles(Context[] features) {
        float[][] singles = new float[features.length][];
        for (int i = 0; i < features.length; i++) {
            singles[i] = withLargest(single(dense(features[i])));
        }
        return singles;
    }

    /** @return the largest absolute weight of any of the features, 0 if the model knows none */
    private static double largestMagnitude(Context[] features) {
        double largest = 0;
        for (Context feature : features) {
            if (feature != null) {
                largest = Math.max(largest, largestMagnitude(feature.getParameters()));
            }
        }
        return largest;
    }

    /** @return the largest absolute weight */
    private static double largestMagnitude(double[] weights) {
        double largest = 0;
        for (double weight : weights) {
            largest = Math.max(largest, Math.abs(weight));
        }
        return largest;
    }

    /**
     * The weights of one token's own features, and of its features as a neighbour, in single
     * precision ({@link TokenWeights}); their double-precision sums are {@link #exact(String)}'s.
     *
     * @param token the token as written
     * @param own the sum of the token's spelling features, one weight per outcome
     * @param magnitude the bound of {@link TokenWeights#magnitude()}
     * @param neighbours its word's weights as each neighbour ({@code p1w}, {@code p2w}, {@code n1w},
     *     {@code n2w}), sparse; {@link NeighbourWeights#NONE} if the model has none
     * @param known whether the model knows the word by name ({@code w}): the frequent words of
     *     its training text, every frequent function word among them
     * @param leaders its leading outcomes among all ({@link TokenWeights#firstLeader()})
     * @param openClassLeaders its leading outcomes among the open-class ones ({@link #isClosedClass(int)})
     */
    record TokenFeatures(String token, float[] own, double magnitude, NeighbourWeights neighbours, boolean known,
            Leaders leaders, Leaders openClassLeaders)
            implements TokenWeights {
        @Override
        public boolean leadersOpenClassOnly() {
            return false;
        }

        @Override
        public int firstLeader() {
            return leaders.first();
        }

        @Override
        public int secondLeader() {
            return leaders.second();
        }

        @Override
        public float firstLeaderWeight() {
            return leaders.firstWeight();
        }

        @Override
        public float secondLeaderWeight() {
            return leaders.secondWeight();
        }

        @Override
        public float restWeight() {
            return leaders.restWeight();
        }
    }

    /**
     * A token's two outcomes with the largest own weights among those it may take, and the
     * largest own weight of the others: what lets {@link GreedyTagger} decide most tokens from
     * two sums, bounding the rest.
     *
     * @param first the outcome with the largest own weight
     * @param second the outcome with the next largest
     * @param firstWeight its own weight
     * @param secondWeight the second's
     * @param restWeight the largest own weight of any other outcome it may take
     */
    record Leaders(int first, int second, float firstWeight, float secondWeight, float restWeight) {
    }

    /** @return the leaders of {@code own} among the outcomes not {@code barred} (null: none barred) */
    private Leaders leaders(float[] own, boolean[] barred) {
        int first = -1;
        int second = -1;
        int third = -1;
        for (int outcome = 0; outcome < outcomes.length; outcome++) {
            if (barred != null && barred[outcome]) {
                continue;
            }
            float weight = own[outcome];
            if (first < 0 || weight > own[first]) {
                third = second;
                second = first;
                first = outcome;
            } else if (second < 0 || weight > own[second]) {
                third = second;
                second = outcome;
            } else if (third < 0 || weight > own[third]) {
                third = outcome;
            }
        }
        return new Leaders(first, second, own[first], own[second], own[third]);
    }

    /**
     * A token's weights in double precision, each summed in the order OpenNLP's context generator
     * names the features: {@link TokenFeatures}' before rounding.
     *
     * @param own the sum of the token's spelling features, one weight per outcome
     * @param asPrevious its word as the previous one, or null if the model has none; and so on
     */
    record ExactFeatures(double[] own, double[] asPrevious, double[] asSecondPrevious, double[] asNext,
            double[] asSecondNext) {
    }

    /**
     * The weights of a lower-cased word's features: as itself ({@code w}), and as each neighbour
     * ({@code p1w}, {@code p2w}, {@code n1w}, {@code n2w}), the model's (each null if the model
     * has none) and in single precision, sparse; and its {@code w&c} features by token class, so
     * that a new token needs no feature name built and looked up among the model's 33,000.
     */
    private record Lexeme(Context word, Context[] neighbourWeights, NeighbourWeights neighbours,
            Map<String, Context> byClass) {
    }

    /** The features whose names start with the prefix, keyed by the rest of their names. */
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
        Map<String, Map<String, Context>> byClass = new HashMap<>();
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            String name = predicate.getKey();
            for (int kind = 0; kind < WORD_FEATURES.length; kind++) {
                if (name.startsWith(WORD_FEATURES[kind])) {
                    String word = name.substring(WORD_FEATURES[kind].length());
                    features.computeIfAbsent(word, w -> new Context[WORD_FEATURES.length])[kind] = predicate.getValue();
                }
            }
            int comma = name.lastIndexOf(',');
            if (name.startsWith(WORD_AND_CLASS) && comma >= WORD_AND_CLASS.length()) {
                String word = name.substring(WORD_AND_CLASS.length(), comma);
                features.computeIfAbsent(word, w -> new Context[WORD_FEATURES.length]);
                byClass.computeIfAbsent(word, w -> new HashMap<>()).put(name.substring(comma + 1), predicate.getValue());
            }
        }
        Map<String, Lexeme> lexicon = new HashMap<>();
        features.forEach((word, weights) -> {
            Context[] neighbourWeights = new Context[NEIGHBOUR_ROLES];
            float[][] neighbours = new float[NEIGHBOUR_ROLES][];
            for (int role = 0; role < NEIGHBOUR_ROLES; role++) {
                neighbourWeights[role] = weights[role + 1];
                neighbours[role] = single(dense(weights[role + 1], outcomes));
            }
            lexicon.put(word, new Lexeme(weights[0], neighbourWeights, NeighbourWeights.of(neighbours, outcomes),
                    Map.copyOf(byClass.getOrDefault(word, Map.of()))));
        });
        return Collections.unmodifiableMap(lexicon);
    }

    /** @return the weights rounded to single precision, or null for null */
    private static float[] single(double[] weights) {
        if (weights == null) {
            return null;
        }
        float[] single = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            single[i] = (float) weights[i];
        }
        return single;
    }

    /**
     * @return the weights with one more element, the largest of them, which bounds what they add
     *     to any outcome (for {@link GreedyTagger}'s decisions from two sums); null for null
     */
    private static float[] withLargest(float[] weights) {
        if (weights == null) {
            return null;
        }
        float[] extended = Arrays.copyOf(weights, weights.length + 1);
        float largest = Float.NEGATIVE_INFINITY;
        for (float weight : weights) {
            largest = Math.max(largest, weight);
        }
        extended[weights.length] = largest;
        return extended;
    }

    /** @return whether an outcome's part of speech (its first part's, for a word with a clitic) is a closed class */
    boolean isClosedClass(int outcome) {
        return closedClass[outcome];
    }

    /** @return the outcome names, indexed as the weights; the caller must not modify it */
    String[] outcomes() {
        return outcomes;
    }

    /**
     * The features of a token as OpenNLP's context generator names them, in single precision.
     *
     * @param token the token as written
     * @return its features' weights, made anew: for the caller's cache
     */
    TokenFeatures features(String token) {
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        Lexeme lexeme = lexicon.get(lowerCase(token));
        double[] own = own(token, tokenClass, lexeme);
        double magnitude = largestMagnitude(own) + contextMagnitude;
        float[] single = single(own);
        Leaders leaders = leaders(single, null);
        Leaders openClassLeaders = leaders(single, closedClass);
        if (lexeme == null) {
            return new TokenFeatures(token, single, magnitude, NeighbourWeights.NONE, false, leaders, openClassLeaders);
        }
        return new TokenFeatures(token, single, magnitude, lexeme.neighbours(), lexeme.word() != null, leaders,
                openClassLeaders);
    }

    /**
     * The features of a token as OpenNLP's context generator names them, in double precision.
     *
     * @param token the token as written
     * @return its features' weights, made anew
     */
    ExactFeatures exact(String token) {
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        Lexeme lexeme = lexicon.get(lowerCase(token));
        double[] own = own(token, tokenClass, lexeme);
        if (lexeme == null) {
            return new ExactFeatures(own, null, null, null, null);
        }
        Context[] neighbours = lexeme.neighbourWeights();
        return new ExactFeatures(own, dense(neighbours[0]), dense(neighbours[1]), dense(neighbours[2]), dense(neighbours[3]));
    }

    /** The sum of a token's spelling features, added in the order the context generator names them. */
    private double[] own(String token, String tokenClass, Lexeme lexeme) {
        double[] own = bias.clone();
        add(own, tokenClasses.get(tokenClass));
        int affixes = Math.min(AffixWeights.MAX_LENGTH, token.length());
        for (int length = 1; length <= affixes; length++) {
            suffixes.addTo(token, token.length() - length, token.length(), own);
            prefixes.addTo(token, 0, length, own);
        }
        if (lexeme != null) {
            add(own, lexeme.word());
            add(own, lexeme.byClass().get(tokenClass));
        }
        return own;
    }

    /**
     * OpenNLP's {@code StringUtil.toLowerCase}, which the model's features were made with ({@code
     * Character.toLowerCase} of every code point), without its stream of code points, a fifth of
     * the cost of a new token: char by char, the same for every char that is a code point of its own.
     */
    static String lowerCase(String token) {
        char[] lower = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isSurrogate(c)) {
                return StringUtil.toLowerCase(token);
            }
            char lowerChar = Character.toLowerCase(c);
            if (lowerChar != c) {
                if (lower == null) {
                    lower = token.toCharArray();
                }
                lower[i] = lowerChar;
            }
        }
        return lower == null ? token : new String(lower);
    }

    /**
     * @return the weights of the sentence start seen from {@code position} (0 to 2), by outcome,
     *     or null; the caller must not modify it
     */
    float[] sentenceStart(int position) {
        return sentenceStart[position];
    }

    /** @return the weights of the previous tag ({@code t}) by outcome, or null; the caller must not modify it */
    float[] previousTag(int outcome) {
        return previousTag[outcome];
    }

    /**
     * @return the weights of the two previous tags ({@code t2}), the earlier first, by outcome, or
     *     null; the caller must not modify it
     */
    float[] previousTags(int earlier, int later) {
        return previousTags[earlier * outcomes.length + later];
    }

    /** @return the weights of the sentence start seen from {@code position} (0 to 2) in double precision, made anew, or null */
    double[] exactSentenceStart(int position) {
        return dense(sentenceStartWeights[position]);
    }

    /** @return the weights of the previous tag ({@code t}) in double precision, made anew, or null */
    double[] exactPreviousTag(int outcome) {
        return dense(previousTagWeights[outcome]);
    }

    /** @return the weights of the two previous tags ({@code t2}), the earlier first, in double precision, made anew, or null */
    double[] exactPreviousTags(int earlier, int later) {
        return dense(previousTagsWeights[earlier * outcomes.length + later]);
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
