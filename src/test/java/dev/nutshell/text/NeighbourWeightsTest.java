package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NeighbourWeights} holds, sparse, exactly the dense single-precision weights of each
 * neighbour role: each weight found by its outcome, each role's largest, and sums made by adding
 * a role to them equal to sums made adding the dense vector.
 */
class NeighbourWeightsTest {
    private static final String[] WORDS = {"the", "of", "said", "new", "to", "'s", "mr", "however", "police", "u.s.",
        "zzzunknownzzz", "obama", "," , "."};

    @Test
    void aHandMadeWordKeepsEachRolesWeightsByOutcome() {
        float[][] roles = {
            {0, 1.5f, 0, -2f},
            null,
            {0.25f, 0, 0, 0},
            {-1f, -3f, -0.5f, -4f},
        };
        NeighbourWeights weights = NeighbourWeights.of(roles, 4);
        assertEquals(0b1010L, weights.previousMask);
        assertEquals(0L, weights.secondPreviousMask);
        assertEquals(0b0001L, weights.nextMask);
        assertEquals(0b1111L, weights.secondNextMask);
        assertArrayEquals(new float[] {0, 1.5f, 0, -2f, 1.5f}, weights.dense(0, 4));
        assertArrayEquals(new float[] {0, 0, 0, 0, 0}, weights.dense(1, 4));
        assertArrayEquals(new float[] {0.25f, 0, 0, 0, 0.25f}, weights.dense(2, 4));
        // The largest of all four, none of them zero: below zero.
        assertArrayEquals(new float[] {-1f, -3f, -0.5f, -4f, -0.5f}, weights.dense(3, 4));
        assertEquals(-2f, weights.previous(3));
        assertEquals(0f, weights.previous(2));
        assertEquals(-3f, weights.secondNext(1));
        float[] sums = {10, 20, 30, 40};
        weights.addPrevious(sums);
        weights.addSecondPrevious(sums);
        weights.addNext(sums);
        weights.addSecondNext(sums);
        assertArrayEquals(new float[] {10 + 0.25f - 1f, 20 + 1.5f - 3f, 30 - 0.5f, 40 - 2f - 4f}, sums);
    }

    @Test
    void aWordWithoutNeighbourFeaturesAddsNothingAndBoundsByZero() {
        float[] sums = {1, -1};
        NeighbourWeights none = NeighbourWeights.NONE;
        none.addPrevious(sums);
        none.addSecondNext(sums);
        assertArrayEquals(new float[] {1, -1}, sums);
        assertEquals(0f, none.next(1));
        assertEquals(0f, none.previousLargest + none.secondPreviousLargest + none.nextLargest + none.secondNextLargest);
    }

    @Test
    void moreOutcomesThanAMaskHoldsAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> NeighbourWeights.of(new float[4][65], 65));
        assertTrue(refused.getMessage().contains("65 outcomes"), refused.getMessage());
    }

    /** The model's words: each role's weights are the double-precision ones rounded, and adding them sparse is adding them dense. */
    @Test
    void theModelsWordsKeepTheirRoundedWeights() {
        TaggerTables tables = TaggerModel.english().tables;
        int outcomes = tables.outcomes().length;
        Random random = new Random(11);
        int withFeatures = 0;
        for (String word : WORDS) {
            TaggerTables.ExactFeatures exact = tables.exact(word);
            double[][] roles = {exact.asPrevious(), exact.asSecondPrevious(), exact.asNext(), exact.asSecondNext()};
            NeighbourWeights sparse = tables.features(word).neighbours();
            withFeatures += sparse == NeighbourWeights.NONE ? 0 : 1;
            for (int role = 0; role < roles.length; role++) {
                float[] dense = new float[outcomes];
                float largest = roles[role] == null ? 0 : Float.NEGATIVE_INFINITY;
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    dense[outcome] = roles[role] == null ? 0 : (float) roles[role][outcome];
                    largest = Math.max(largest, dense[outcome]);
                }
                float[] expected = java.util.Arrays.copyOf(dense, outcomes + 1);
                expected[outcomes] = largest;
                assertArrayEquals(expected, sparse.dense(role, outcomes), word + " role " + role);

                float[] start = new float[outcomes];
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    start[outcome] = (float) random.nextGaussian();
                }
                float[] added = start.clone();
                switch (role) {
                    case 0 -> sparse.addPrevious(added);
                    case 1 -> sparse.addSecondPrevious(added);
                    case 2 -> sparse.addNext(added);
                    default -> sparse.addSecondNext(added);
                }
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    assertEquals(Float.floatToIntBits(start[outcome] + dense[outcome] + 0f),
                            Float.floatToIntBits(added[outcome] + 0f), word + " role " + role + " outcome " + outcome);
                }
            }
        }
        assertTrue(withFeatures >= 8, "words with neighbour features: " + withFeatures);
    }
}
