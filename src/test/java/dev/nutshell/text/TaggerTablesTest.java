package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * {@link TaggerTables#features(String)} sums, bit for bit, the weights of the features the model's
 * context generator names for a token, added in the same order; its lookups (packed affixes, the
 * lexicon's word-and-class features, a lower case without streams) are checked against the model's
 * feature names looked up one by one.
 */
class TaggerTablesTest {
    private static final String[] TOKENS = {"The", "the", "THE", "running", "Running", "U.S.", "AT&T", "state-of-the-art",
        "1,250", "12/03/2024", "0.25%", "$4.5bn", "naïve", "Zoë", "İstanbul", "ΣΟΦΙΑ", "東京", "x", "A", "I", "'s", "n't",
        "e-mail", "O'Brien", "IBM", "iPhone", "1990s", "H2O", "C++", "...", "!!", "\"", "(", "—", "𝔘𝔫𝔦", "a𝔘", "ǅ", "ß"};

    @SuppressWarnings("unchecked")
    private static Map<String, Context> predicates() {
        AbstractModel maxent = (AbstractModel) TaggerModel.english().model.getArtifact("pos.model");
        return (Map<String, Context>) maxent.getDataStructures()[1];
    }

    /** The token's own features' weights as OpenNLP names them, each looked up by name, in the order {@code features} adds them. */
    private static double[] byName(Map<String, Context> predicates, int outcomes, String token) {
        double[] sums = new double[outcomes];
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        List<String> names = new ArrayList<>(List.of("def", "wc=" + tokenClass));
        for (int length = 1; length <= Math.min(4, token.length()); length++) {
            names.add("suf=" + token.substring(token.length() - length));
            names.add("pre=" + token.substring(0, length));
        }
        names.add("w=" + lower);
        names.add("w&c=" + lower + "," + tokenClass);
        for (String name : names) {
            TaggerTables.add(sums, predicates.get(name));
        }
        return sums;
    }

    /** The exact weights are the model's bit for bit; the single-precision ones are those rounded. */
    private static void assertSameWeights(TaggerTables tables, Map<String, Context> predicates, String token) {
        double[] expected = byName(predicates, tables.outcomes().length, token);
        assertArrayEquals(expected, tables.exact(token).own(), 0.0, token);
        float[] rounded = new float[expected.length];
        for (int i = 0; i < expected.length; i++) {
            rounded[i] = (float) expected[i];
        }
        assertArrayEquals(rounded, tables.features(token).own(), 0.0f, token);
    }

    @Test
    void ownWeightsAreTheModelsFeaturesByNameBitForBit() {
        TaggerTables tables = TaggerModel.english().tables;
        Map<String, Context> predicates = predicates();
        for (String token : TOKENS) {
            assertSameWeights(tables, predicates, token);
        }
        // Every word the model knows, as written and capitalised: each has word features, some word-and-class ones.
        int withClass = 0;
        for (String name : predicates.keySet()) {
            if (name.startsWith("w=")) {
                String word = name.substring(2);
                assertSameWeights(tables, predicates, word);
                if (!word.isEmpty()) {
                    assertSameWeights(tables, predicates, Character.toUpperCase(word.charAt(0)) + word.substring(1));
                }
            } else if (name.startsWith("w&c=")) {
                withClass++;
            }
        }
        assertTrue(withClass > 100, "word-and-class features: " + withClass);
    }

    @Test
    void ownWeightsMatchOnRandomTokens() {
        TaggerTables tables = TaggerModel.english().tables;
        Map<String, Context> predicates = predicates();
        Random random = new Random(21);
        String alphabet = "abcdeingstAEIST-'.,/&019éÉıİσΣß東";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder token = new StringBuilder();
            for (int length = 1 + random.nextInt(9); token.length() < length; ) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    token.appendCodePoint(0x1D518 + random.nextInt(26)); // a letter outside the basic plane: two chars
                } else if (kind == 1) {
                    token.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
                } else {
                    token.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertSameWeights(tables, predicates, token.toString());
        }
    }

    /**
     * A token's magnitude bounds, for every outcome, the absolute double-precision weights the
     * tagger adds for it, whatever its neighbours, the tags before it and its place in the
     * sentence: the bound on which deciding in single precision rests. Checked against the worst
     * context for each outcome: the largest absolute weight of that outcome among every word the
     * model knows in each neighbour role, every previous tag and pair of tags, and every sentence
     * start position.
     */
    /** The odd tokens above, then every word the model knows by name. */
    private static List<String> vocabulary() {
        List<String> vocabulary = new ArrayList<>(List.of(TOKENS));
        for (String name : predicates().keySet()) {
            if (name.startsWith("w=") && name.length() > 2) {
                vocabulary.add(name.substring(2));
            }
        }
        return vocabulary;
    }

    @Test
    void magnitudeBoundsTheWeightsAddedForATokenInTheWorstContext() {
        TaggerTables tables = TaggerModel.english().tables;
        int outcomes = tables.outcomes().length;
        List<String> vocabulary = vocabulary();
        double[] worstContext = new double[outcomes];
        List<double[]> roles = List.of(new double[outcomes], new double[outcomes], new double[outcomes], new double[outcomes]);
        for (String word : vocabulary) {
            TaggerTables.ExactFeatures exact = tables.exact(word);
            largest(roles.get(0), exact.asPrevious());
            largest(roles.get(1), exact.asSecondPrevious());
            largest(roles.get(2), exact.asNext());
            largest(roles.get(3), exact.asSecondNext());
        }
        double[] tag = new double[outcomes];
        double[] tags = new double[outcomes];
        double[] start = new double[outcomes];
        for (int later = 0; later < outcomes; later++) {
            largest(tag, tables.exactPreviousTag(later));
            for (int earlier = 0; earlier < outcomes; earlier++) {
                largest(tags, tables.exactPreviousTags(earlier, later));
            }
        }
        for (int position = 0; position < TaggerTables.SENTENCE_START_WINDOW; position++) {
            largest(start, tables.exactSentenceStart(position));
        }
        for (int outcome = 0; outcome < outcomes; outcome++) {
            for (double[] part : List.of(roles.get(0), roles.get(1), roles.get(2), roles.get(3), tag, tags, start)) {
                worstContext[outcome] += part[outcome];
            }
        }
        Random random = new Random(23);
        for (int trial = 0; trial < 5_000; trial++) {
            String token = trial < TOKENS.length ? TOKENS[trial] : vocabulary.get(random.nextInt(vocabulary.size()));
            double[] own = tables.exact(token).own();
            double magnitude = tables.features(token).magnitude();
            for (int outcome = 0; outcome < outcomes; outcome++) {
                double worst = Math.abs(own[outcome]) + worstContext[outcome];
                assertTrue(worst <= magnitude, token + ": " + worst + " > " + magnitude);
            }
        }
    }

    /**
     * A token's leaders are the two outcomes of largest own weight among those it may take, and
     * its rest weight the largest of the others (an order made here by sorting); every context
     * vector ends with its largest weight.
     */
    @Test
    void leadersAreTheLargestOwnWeightsAndContextVectorsEndWithTheirLargest() {
        TaggerTables tables = TaggerModel.english().tables;
        int outcomes = tables.outcomes().length;
        List<String> vocabulary = vocabulary();
        Random random = new Random(29);
        int openClassDiffers = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            String token = trial < TOKENS.length ? TOKENS[trial] : vocabulary.get(random.nextInt(vocabulary.size()));
            TaggerTables.TokenFeatures features = tables.features(token);
            for (boolean openClassOnly : new boolean[] {false, true}) {
                List<Integer> allowed = new ArrayList<>();
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    if (!openClassOnly || !tables.isClosedClass(outcome)) {
                        allowed.add(outcome);
                    }
                }
                float[] own = features.own();
                allowed.sort((a, b) -> Float.compare(own[b], own[a]));
                TaggerTables.Leaders leaders = openClassOnly ? features.openClassLeaders() : features.leaders();
                assertEquals(own[allowed.get(0)], leaders.firstWeight(), token);
                assertEquals(own[allowed.get(1)], leaders.secondWeight(), token);
                assertEquals(own[allowed.get(2)], leaders.restWeight(), token);
                assertEquals(leaders.firstWeight(), own[leaders.first()], token);
                assertEquals(leaders.secondWeight(), own[leaders.second()], token);
                assertTrue(leaders.first() != leaders.second(), token);
                assertTrue(!openClassOnly || !tables.isClosedClass(leaders.first()) && !tables.isClosedClass(leaders.second()),
                        token);
            }
            openClassDiffers += features.leaders().equals(features.openClassLeaders()) ? 0 : 1;
            NeighbourWeights neighbours = features.neighbours();
            float[][] vectors = {neighbours.dense(0, outcomes), neighbours.dense(1, outcomes), neighbours.dense(2, outcomes),
                neighbours.dense(3, outcomes), tables.previousTag(random.nextInt(outcomes)), tables.previousTags(random.nextInt(outcomes), random.nextInt(outcomes)),
                tables.sentenceStart(random.nextInt(TaggerTables.SENTENCE_START_WINDOW))};
            for (float[] vector : vectors) {
                if (vector != null) {
                    assertEquals(outcomes + 1, vector.length, token);
                    float largest = Float.NEGATIVE_INFINITY;
                    for (int outcome = 0; outcome < outcomes; outcome++) {
                        largest = Math.max(largest, vector[outcome]);
                    }
                    assertEquals(largest, vector[outcomes], token);
                }
            }
        }
        assertTrue(openClassDiffers > 300, "tokens whose leaders differ among the open classes: " + openClassDiffers);
    }

    /** Raises each of {@code largest} to the absolute weight of the same outcome, if larger; nothing for null. */
    private static void largest(double[] largest, double[] weights) {
        if (weights != null) {
            for (int outcome = 0; outcome < largest.length; outcome++) {
                largest[outcome] = Math.max(largest[outcome], Math.abs(weights[outcome]));
            }
        }
    }

    @Test
    void lowerCaseIsOpenNlpsCodePointByCodePoint() {
        Random random = new Random(7);
        for (String token : TOKENS) {
            assertEquals(StringUtil.toLowerCase(token), TaggerTables.lowerCase(token), token);
        }
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[1 + random.nextInt(6)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = (char) (random.nextBoolean() ? random.nextInt(0x250) : random.nextInt(0x10000));
            }
            String token = new String(chars);
            assertEquals(StringUtil.toLowerCase(token), TaggerTables.lowerCase(token), token);
        }
        String lower = "already lower";
        assertTrue(lower == TaggerTables.lowerCase(lower), "a lower-case token is returned as it is");
    }

    @Test
    void affixesAreFoundByTheirCharactersAndLengthOnly() {
        Map<String, Context> affixes = new HashMap<>();
        affixes.put("a", new Context(new int[] {0}, new double[] {1}));
        affixes.put("a\0", new Context(new int[] {1}, new double[] {2})); // the same packed bits as "a", one char longer
        affixes.put("ing", new Context(new int[] {2, 0}, new double[] {4, 8}));
        affixes.put("ation", new Context(new int[] {1}, new double[] {16})); // longer than any token asks for
        AffixWeights weights = new AffixWeights(affixes, 3);
        double[] sums = new double[3];
        weights.addTo("running", 4, 7, sums);
        assertArrayEquals(new double[] {8, 0, 4}, sums);
        weights.addTo("xa", 1, 2, sums);
        assertArrayEquals(new double[] {9, 0, 4}, sums);
        weights.addTo("a\0", 0, 2, sums);
        assertArrayEquals(new double[] {9, 2, 4}, sums);
        weights.addTo("nation", 2, 6, sums); // "tion": unknown
        weights.addTo("b", 0, 1, sums);
        assertArrayEquals(new double[] {9, 2, 4}, sums);
    }
}
