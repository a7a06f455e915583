package dev.nutshell.text;

import dev.nutshell.article.PartOfSpeech;

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
 * <p>The sums are made in single precision, which halves the memory the weights take and that
 * the decoding reads (keyphrases a few percent faster). Where a token's best two outcomes are
 * closer than the rounding could move them (a bound from the weights' magnitudes, {@link
 * TokenWeights#magnitude()}: 10 tokens in the 1.2 million of the CNN/DM, BBC and
 * keyphrase dev sets, none of which changed), the token's sums are made again in double precision
 * from the model's own weights, so that every tag is the one the double-precision sums choose.
 *
 * <p>Most tokens are decided from two sums rather than 38. A token's own weights name two
 * leading outcomes (the largest two among those it may take, {@link TokenWeights#firstLeader()})
 * and bound the rest ({@link TokenWeights#restWeight()}); each context vector ends with its own
 * largest weight, so that no other outcome can sum to more than the rest's own weight plus those
 * largest ones. When one leader's sum exceeds both the other's and that bound by more than the
 * rounding could move them, it is the outcome the full decoding would choose, and the other 36
 * sums are not made: so for about three tokens in five of CNN/DM news, where the fetching of the
 * other sums' weights, not their additions, was most of the decoding's time.
 *
 * <p>Not thread-safe (a buffer of sums): one per {@link AnalysisWorker}.
 */
final class GreedyTagger {
    /**
     * How far apart two outcomes' single-precision sums must be for the rounding not to decide
     * between them, relative to the token's {@link TokenWeights#magnitude()}: each
     * sum (eight weights, each rounded once to single precision, then seven additions) lies
     * within 8.1 &times; 2<sup>-24</sup> of the magnitude from the double-precision sum, so
     * 2<sup>-19</sup> for the two leaves a margin of half.
     */
    private static final double ROUNDING = 0x1p-19;

    private final double rounding;
    private final TaggerTables tables;
    private final int outcomeCount;
    private final PartOfSpeech[] partsOfSpeech;
    private final float[] scores;
    /** Per outcome, whether its part of speech is a closed class. */
    private final boolean[] closedClass;
    /** Per outcome, false: no outcome barred. */
    private final boolean[] noneBarred;
    /** The weights of a part a token lacks. */
    private final float[] zeros;
    /** How many tokens were decoded again in double precision: for tests. */
    private long exactDecisions;
    /** How many tokens were decided from their leaders' sums alone: for tests. */
    private long earlyDecisions;

    GreedyTagger(TaggerModel model) {
        this(model, ROUNDING);
    }

    /**
     * @param rounding how far apart, relative to a token's magnitude, its best two outcomes' sums
     *     must be to be decided in single precision: {@link #ROUNDING}, or larger in tests
     */
    GreedyTagger(TaggerModel model, double rounding) {
        this.rounding = rounding;
        this.tables = model.tables;
        String[] outcomes = tables.outcomes();
        this.outcomeCount = outcomes.length;
        this.scores = new float[outcomeCount];
        this.zeros = new float[outcomeCount + 1];
        this.closedClass = new boolean[outcomeCount];
        this.noneBarred = new boolean[outcomeCount];
        this.partsOfSpeech = new PartOfSpeech[outcomeCount];
        for (int outcome = 0; outcome < outcomeCount; outcome++) {
            String tag = outcomes[outcome];
            int plus = tag.indexOf('+');
            // A word with a clitic ("Canada's": PROPN+PART) is what its first part is: the
            // possessive of a name is still a name, and ends a keyphrase candidate.
            partsOfSpeech[outcome] = PartOfSpeech.ofUniversalTag(plus < 0 ? tag : tag.substring(0, plus));
            closedClass[outcome] = tables.isClosedClass(outcome);
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
    void tag(TokenWeights[] features, int count, int[] chosen) {
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
    void tag(TokenWeights[] features, int count, boolean[] openClassOnly, int[] chosen) {
        for (int token = 0; token < count; token++) {
            boolean[] barred = openClassOnly != null && openClassOnly[token] ? closedClass : noneBarred;
            chosen[token] = best(features, count, chosen, token, barred);
        }
    }

    /** @return how many tokens this tagger has decided from their two leading outcomes' sums alone */
    long earlyDecisions() {
        return earlyDecisions;
    }

    /** @return how many tokens this tagger has decoded again in double precision */
    long exactDecisions() {
        return exactDecisions;
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
     * @return the part of speech of an outcome of {@link #tag(TokenWeights[], int, int[])}; that
     *     of its first part for a word with a clitic ({@code PROPN+PART} is {@code PROPN})
     */
    PartOfSpeech partOfSpeech(int outcome) {
        return partsOfSpeech[outcome];
    }

    /**
     * The best outcome for a token, not barred: the sum of its features' weights, as OpenNLP's
     * context generator names them, in single precision, the eight parts added in a fixed order;
     * decided again in double precision ({@link #exactBest}) if the rounding
     * could have changed the choice. First, if the token's leaders are of the outcomes it may
     * take, from their two sums when one of them leads the other and the bound of the rest by
     * more than the rounding (each of the three sums, of eight weights, lies as close to its
     * double-precision value as a full sum does).
     */
    private int best(TokenWeights[] features, int count, int[] chosen, int token, boolean[] barred) {
        NeighbourWeights previous = token >= 1 ? features[token - 1].neighbours() : NeighbourWeights.NONE;
        float[] previousTag = token >= 1 ? orZeros(tables.previousTag(chosen[token - 1])) : zeros;
        NeighbourWeights secondPrevious = token >= 2 ? features[token - 2].neighbours() : NeighbourWeights.NONE;
        float[] previousTags = token >= 2 ? orZeros(tables.previousTags(chosen[token - 2], chosen[token - 1])) : zeros;
        NeighbourWeights next = token + 1 < count ? features[token + 1].neighbours() : NeighbourWeights.NONE;
        NeighbourWeights secondNext = token + 2 < count ? features[token + 2].neighbours() : NeighbourWeights.NONE;
        float[] start = token < TaggerTables.SENTENCE_START_WINDOW ? orZeros(tables.sentenceStart(token)) : zeros;
        int n = outcomeCount;
        TokenWeights weights = features[token];
        if (weights.leadersOpenClassOnly() == (barred == closedClass)) {
            int first = weights.firstLeader();
            int second = weights.secondLeader();
            float firstSum = weights.firstLeaderWeight() + previous.previous(first) + previousTag[first]
                    + secondPrevious.secondPrevious(first) + previousTags[first] + next.next(first)
                    + secondNext.secondNext(first) + start[first];
            float secondSum = weights.secondLeaderWeight() + previous.previous(second) + previousTag[second]
                    + secondPrevious.secondPrevious(second) + previousTags[second] + next.next(second)
                    + secondNext.secondNext(second) + start[second];
            float restBound = weights.restWeight() + previous.previousLargest + previousTag[n]
                    + secondPrevious.secondPreviousLargest + previousTags[n] + next.nextLargest
                    + secondNext.secondNextLargest + start[n];
            double slack = rounding * weights.magnitude();
            if (Math.abs(firstSum - secondSum) > slack && Math.max(firstSum, secondSum) - restBound > slack) {
                earlyDecisions++;
                return firstSum > secondSum ? first : second;
            }
        }
        // The parts added one after the other in the order of the early sums, a table left out
        // where it is zeros: each sum the same, bit for bit, as the eight added element by element.
        float[] sum = scores;
        System.arraycopy(weights.own(), 0, sum, 0, n);
        previous.addPrevious(sum);
        add(previousTag, sum);
        secondPrevious.addSecondPrevious(sum);
        add(previousTags, sum);
        next.addNext(sum);
        secondNext.addSecondNext(sum);
        add(start, sum);
        int best = -1;
        for (int outcome = 0; outcome < n; outcome++) {
            if (!barred[outcome] && (best < 0 || sum[outcome] > sum[best])) {
                best = outcome;
            }
        }
        double closest = sum[best] - rounding * features[token].magnitude();
        for (int outcome = 0; outcome < n; outcome++) {
            if (sum[outcome] >= closest && outcome != best && !barred[outcome]) {
                return exactBest(features, count, chosen, token, barred);
            }
        }
        return best;
    }

    /** Adds a table's weights to the sums, element by element; nothing for {@link #zeros}. */
    private void add(float[] weights, float[] sum) {
        if (weights != zeros) {
            for (int i = 0; i < outcomeCount; i++) {
                sum[i] += weights[i];
            }
        }
    }

    /**
     * The best outcome for a token, not barred, from its sums in double precision: the weights
     * added element by element in a fixed order (a part the token lacks is zeros, whose addition
     * changes no sum but the sign of a zero, which no comparison sees), the first best outcome.
     */
    private int exactBest(TokenWeights[] features, int count, int[] chosen, int token, boolean[] barred) {
        exactDecisions++;
        double[] none = new double[outcomeCount];
        double[] own = tables.exact(features[token].token()).own();
        double[] previous = token >= 1 ? orNone(tables.exact(features[token - 1].token()).asPrevious(), none) : none;
        double[] previousTag = token >= 1 ? orNone(tables.exactPreviousTag(chosen[token - 1]), none) : none;
        double[] secondPrevious = token >= 2 ? orNone(tables.exact(features[token - 2].token()).asSecondPrevious(), none)
                : none;
        double[] previousTags = token >= 2 ? orNone(tables.exactPreviousTags(chosen[token - 2], chosen[token - 1]), none)
                : none;
        double[] next = token + 1 < count ? orNone(tables.exact(features[token + 1].token()).asNext(), none) : none;
        double[] secondNext = token + 2 < count ? orNone(tables.exact(features[token + 2].token()).asSecondNext(), none)
                : none;
        double[] start = token < TaggerTables.SENTENCE_START_WINDOW ? orNone(tables.exactSentenceStart(token), none) : none;
        int best = -1;
        double bestSum = 0;
        for (int outcome = 0; outcome < outcomeCount; outcome++) {
            double sum = own[outcome] + previous[outcome] + previousTag[outcome] + secondPrevious[outcome]
                    + previousTags[outcome] + next[outcome] + secondNext[outcome] + start[outcome];
            if (!barred[outcome] && (best < 0 || sum > bestSum)) {
                best = outcome;
                bestSum = sum;
            }
        }
        return best;
    }

    private float[] orZeros(float[] weights) {
        return weights == null ? zeros : weights;
    }

    private static double[] orNone(double[] weights, double[] none) {
        return weights == null ? none : weights;
    }
}
