package dev.nutshell.text;

import java.util.Arrays;

/**
 * A word's weights as each of its four neighbour roles ({@code p1w}, {@code p2w}, {@code n1w},
 * {@code n2w}: the word before, two before, after and two after the token tagged), in single
 * precision, sparse: per role a bit mask of the outcomes with a weight other than zero, and the
 * weights of the four roles in one array, each role's in the order of its outcomes.
 *
 * <p>Why sparse: a neighbour role of the model's words has about six outcomes of its 38. Dense,
 * the 3,931 words that have such roles took 2.6 MB, larger than a core's cache, and the tagger
 * reads a neighbour's weights for two or three outcomes of most tokens (an article's first
 * decoding took about half again as long as a second one right after); sparse they take 0.75 MB,
 * and the outcomes a token asks for lie in one or two cache lines (keyphrases about 5% faster). A
 * weight is found by the rank of its outcome's bit in the mask.
 * Adding a role's weights outcome by outcome gives each sum the same value, bit for bit, as
 * adding the dense vector: an outcome left out adds zero.
 *
 * <p>Each role also keeps the largest of its 38 weights, zeros included, which bounds what it
 * adds to any outcome. Immutable and thread-safe; at most 64 outcomes.
 */
final class NeighbourWeights {
    /** The most outcomes a mask holds. */
    static final int MAX_OUTCOMES = Long.SIZE;
    /** A word the model has no neighbour features of: every weight zero, each role's largest zero. */
    static final NeighbourWeights NONE = new NeighbourWeights(new long[4], new float[4], new float[0]);

    final long previousMask;
    final long secondPreviousMask;
    final long nextMask;
    final long secondNextMask;
    final float previousLargest;
    final float secondPreviousLargest;
    final float nextLargest;
    final float secondNextLargest;
    /** The weights of the outcomes in the masks: the previous role's, then the second previous, next and second next. */
    private final float[] weights;
    private final int secondPreviousStart;
    private final int nextStart;
    private final int secondNextStart;

    private NeighbourWeights(long[] masks, float[] largest, float[] weights) {
        previousMask = masks[0];
        secondPreviousMask = masks[1];
        nextMask = masks[2];
        secondNextMask = masks[3];
        previousLargest = largest[0];
        secondPreviousLargest = largest[1];
        nextLargest = largest[2];
        secondNextLargest = largest[3];
        this.weights = weights;
        secondPreviousStart = Long.bitCount(previousMask);
        nextStart = secondPreviousStart + Long.bitCount(secondPreviousMask);
        secondNextStart = nextStart + Long.bitCount(nextMask);
    }

    /**
     * @param roles the dense weights of each role, in the order p1w, p2w, n1w, n2w, each one per
     *     outcome or null for a role the model does not have (zeros)
     * @param outcomes the number of outcomes, at most {@link #MAX_OUTCOMES}
     * @return the same weights, sparse
     */
    static NeighbourWeights of(float[][] roles, int outcomes) {
        if (outcomes > MAX_OUTCOMES) {
            throw new IllegalArgumentException("a tagger model with " + outcomes + " outcomes; at most " + MAX_OUTCOMES);
        }
        long[] masks = new long[roles.length];
        float[] largest = new float[roles.length];
        float[] weights = new float[outcomes * roles.length];
        int count = 0;
        for (int role = 0; role < roles.length; role++) {
            float[] dense = roles[role];
            if (dense == null) {
                continue;
            }
            float max = Float.NEGATIVE_INFINITY;
            for (int outcome = 0; outcome < outcomes; outcome++) {
                max = Math.max(max, dense[outcome]);
                if (dense[outcome] != 0) {
                    masks[role] |= 1L << outcome;
                    weights[count++] = dense[outcome];
                }
            }
            largest[role] = max;
        }
        return new NeighbourWeights(masks, largest, Arrays.copyOf(weights, count));
    }

    /** @return the weight for {@code outcome} as the previous word */
    float previous(int outcome) {
        return weight(previousMask, 0, outcome);
    }

    /** @return the weight for {@code outcome} as the word two before */
    float secondPrevious(int outcome) {
        return weight(secondPreviousMask, secondPreviousStart, outcome);
    }

    /** @return the weight for {@code outcome} as the next word */
    float next(int outcome) {
        return weight(nextMask, nextStart, outcome);
    }

    /** @return the weight for {@code outcome} as the word two after */
    float secondNext(int outcome) {
        return weight(secondNextMask, secondNextStart, outcome);
    }

    /** Adds the weights as the previous word to the sums by outcome. */
    void addPrevious(float[] sums) {
        add(previousMask, 0, sums);
    }

    /** Adds the weights as the word two before to the sums by outcome. */
    void addSecondPrevious(float[] sums) {
        add(secondPreviousMask, secondPreviousStart, sums);
    }

    /** Adds the weights as the next word to the sums by outcome. */
    void addNext(float[] sums) {
        add(nextMask, nextStart, sums);
    }

    /** Adds the weights as the word two after to the sums by outcome. */
    void addSecondNext(float[] sums) {
        add(secondNextMask, secondNextStart, sums);
    }

    /** @return the role's dense weights, one per outcome, then the largest: for tests */
    float[] dense(int role, int outcomes) {
        float[] dense = new float[outcomes + 1];
        for (int outcome = 0; outcome < outcomes; outcome++) {
            dense[outcome] = switch (role) {
                case 0 -> previous(outcome);
                case 1 -> secondPrevious(outcome);
                case 2 -> next(outcome);
                default -> secondNext(outcome);
            };
        }
        dense[outcomes] = switch (role) {
            case 0 -> previousLargest;
            case 1 -> secondPreviousLargest;
            case 2 -> nextLargest;
            default -> secondNextLargest;
        };
        return dense;
    }

    private float weight(long mask, int start, int outcome) {
        long bit = 1L << outcome;
        return (mask & bit) == 0 ? 0 : weights[start + Long.bitCount(mask & (bit - 1))];
    }

    private void add(long mask, int start, float[] sums) {
        int index = start;
        for (long rest = mask; rest != 0; rest &= rest - 1) {
            sums[Long.numberOfTrailingZeros(rest)] += weights[index++];
        }
    }
}
