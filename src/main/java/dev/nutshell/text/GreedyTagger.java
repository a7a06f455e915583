package dev.nutshell.text;

import java.util.HashMap;
import java.util.Map;

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
 * and cached, the others are tables of the model, so that tagging a token costs a few additions
 * of 38 numbers. The tags are those of OpenNLP's context generator and model decoded with a beam
 * of one (a test checks it token for token), which on the keyphrase dev sets loses nothing against
 * the beam of three.
 *
 * <p>Not thread-safe: one per {@link AnalysisWorker}. Its cache holds at most twice {@value
 * #MAX_CACHED_TOKENS} distinct tokens, about 0.4 KB each.
 */
final class GreedyTagger {
    /** Tokens per cache generation: the vocabulary of a dozen news articles; small enough for one cache per processor. */
    static final int MAX_CACHED_TOKENS = 4096;

    private final TaggerTables tables;
    /**
     * Token as written to its features, the tokens seen since the cache was last full; JDK maps,
     * whose colliding keys (strings are comparable) make trees, not lists.
     */
    private Map<String, TaggerTables.TokenFeatures> recent = new HashMap<>();
    /** The tokens of the generation before: a token seen again moves back to {@link #recent}. */
    private Map<String, TaggerTables.TokenFeatures> older = new HashMap<>();
    private final double[] scores;

    GreedyTagger(TaggerModel model) {
        this.tables = model.tables;
        this.scores = new double[tables.outcomes().length];
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
        String[] tags = new String[count];
        for (int token = 0; token < count; token++) {
            chosen[token] = best(features, chosen, token);
            tags[token] = tables.outcomes()[chosen[token]];
        }
        return tags;
    }

    /** The best outcome for a token: the sum of its features' weights, as OpenNLP's context generator names them. */
    private int best(TaggerTables.TokenFeatures[] features, int[] chosen, int token) {
        double[] sum = scores;
        System.arraycopy(features[token].own(), 0, sum, 0, sum.length);
        if (token >= 1) {
            TaggerTables.add(sum, features[token - 1].asPrevious());
            TaggerTables.add(sum, tables.previousTag(chosen[token - 1]));
        }
        if (token >= 2) {
            TaggerTables.add(sum, features[token - 2].asSecondPrevious());
            TaggerTables.add(sum, tables.previousTags(chosen[token - 2], chosen[token - 1]));
        }
        if (token + 1 < features.length) {
            TaggerTables.add(sum, features[token + 1].asNext());
        }
        if (token + 2 < features.length) {
            TaggerTables.add(sum, features[token + 2].asSecondNext());
        }
        if (token < TaggerTables.SENTENCE_START_WINDOW) {
            TaggerTables.add(sum, tables.sentenceStart(token));
        }
        int best = 0;
        for (int outcome = 1; outcome < sum.length; outcome++) {
            if (sum[outcome] > sum[best]) {
                best = outcome;
            }
        }
        return best;
    }

    /**
     * The token's features from the cache, or summed anew. Two generations of at most {@value
     * #MAX_CACHED_TOKENS} tokens each: when the recent one is full it becomes the older one and the
     * one before is dropped, so that the words a text keeps using stay cached (about least
     * recently used) at the cost of one more lookup for a token not seen lately.
     */
    private TaggerTables.TokenFeatures features(String token) {
        TaggerTables.TokenFeatures features = recent.get(token);
        if (features != null) {
            return features;
        }
        features = older.get(token);
        if (features == null) {
            features = tables.features(token);
        }
        if (recent.size() >= MAX_CACHED_TOKENS) {
            Map<String, TaggerTables.TokenFeatures> dropped = older;
            older = recent;
            recent = dropped;
            recent.clear();
        }
        recent.put(token, features);
        return features;
    }
}
