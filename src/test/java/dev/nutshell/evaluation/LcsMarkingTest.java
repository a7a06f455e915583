package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The checkpointed LCS marking against the full-table marking it replaced (kept here as the
 * oracle): the Perl's walk back (diagonal on equal tokens, else up when {@code c[i-1][j] >=
 * c[i][j-1]}) must mark exactly the same model positions, whatever the block size.
 */
class LcsMarkingTest {

    /** The full (m + 1) × (n + 1) table and the walk back over it, as Rouge did before the checkpoints. */
    private static boolean[] fullTableMarking(int[] model, int[] peer) {
        int m = model.length;
        int n = peer.length;
        boolean[] hitMask = new boolean[m];
        int[][] table = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                table[i][j] = model[i - 1] == peer[j - 1]
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (model[i - 1] == peer[j - 1]) {
                hitMask[--i] = true;
                j--;
            } else if (table[i - 1][j] >= table[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
        return hitMask;
    }

    private static int[] randomTokens(Random random, int length, int alphabet) {
        int[] tokens = new int[length];
        for (int t = 0; t < length; t++) {
            tokens[t] = random.nextInt(alphabet);
        }
        return tokens;
    }

    private static boolean[] marking(int[] model, int[] peer, int blockRows) {
        boolean[] hitMask = new boolean[model.length];
        LcsMarking.mark(model, peer, hitMask, blockRows);
        return hitMask;
    }

    @Test
    void marksTheSamePositionsAsTheFullTableOnRandomPairsWithAnyBlockSize() {
        Random random = new Random(11);
        for (int trial = 0; trial < 3_000; trial++) {
            int alphabet = 1 + random.nextInt(6);
            int[] model = randomTokens(random, random.nextInt(40), alphabet);
            int[] peer = randomTokens(random, random.nextInt(40), alphabet);
            boolean[] expected = fullTableMarking(model, peer);
            for (int blockRows : new int[] {1, 2, 3, 5, 8, model.length + 1, Integer.MAX_VALUE}) {
                assertArrayEquals(expected, marking(model, peer, blockRows),
                        "trial " + trial + ", " + blockRows + " rows per block");
            }
        }
    }

    /** 1,500 × 1,400 tokens is past the whole-table size, so the default marking recomputes blocks. */
    @Test
    void marksTheSamePositionsAsTheFullTableOnLongSentences() {
        Random random = new Random(12);
        for (int alphabet : new int[] {2, 4, 50}) {
            int[] model = randomTokens(random, 1_500, alphabet);
            int[] peer = randomTokens(random, 1_400, alphabet);
            assertTrue(LcsMarking.blockRows(model.length, peer.length) < model.length);
            boolean[] hitMask = new boolean[model.length];
            LcsMarking.mark(model, peer, hitMask);
            assertArrayEquals(fullTableMarking(model, peer), hitMask, "alphabet " + alphabet);
        }
    }

    @Test
    void marksAddToThePositionsAlreadyMarked() {
        boolean[] hitMask = {true, false, false};
        LcsMarking.mark(new int[] {1, 2, 3}, new int[] {3}, hitMask);
        assertArrayEquals(new boolean[] {true, false, true}, hitMask);
    }

    @Test
    void anEmptySentenceMarksNothing() {
        boolean[] hitMask = new boolean[2];
        LcsMarking.mark(new int[] {1, 2}, new int[0], hitMask);
        LcsMarking.mark(new int[0], new int[] {1, 2}, new boolean[0]);
        assertArrayEquals(new boolean[2], hitMask);
        assertEquals(0, LcsMarking.intsHeld(0, 5));
    }

    /**
     * Two 47,000-token sentences: the whole table, 2.2 billion cells, overflowed an int index and
     * would have taken 8.8 GB; checkpoints every 217 rows and one block hold under 21 million ints.
     */
    @Test
    void twoSentencesOf47000TokensHoldUnder100Megabytes() {
        long ints = LcsMarking.intsHeld(47_000, 47_000);
        assertTrue(ints * Integer.BYTES < 100_000_000L, ints + " ints");
        assertTrue((47_001L * 47_001L) > Integer.MAX_VALUE, "the full table needs a long index");
    }

    /** Memory grows as n √m: four times the model sentence, twice the memory (plus rounding). */
    @Test
    void memoryGrowsWithTheSquareRootOfTheModelLength() {
        for (int m : new int[] {20_000, 47_000, 1_000_000}) {
            double ratio = (double) LcsMarking.intsHeld(4 * m, 20_000) / LcsMarking.intsHeld(m, 20_000);
            assertTrue(ratio < 2.05, m + ": " + ratio);
            assertTrue(LcsMarking.intsHeld(m, 20_000) <= 3 * Math.sqrt(m) * 20_001, "m = " + m);
        }
    }

    @Test
    void theLargestArrayLengthsGiveAPositiveSizeWithoutOverflow() {
        int largest = Integer.MAX_VALUE - 8;
        long ints = LcsMarking.intsHeld(largest, largest);
        assertTrue(ints > 0 && ints <= 3 * Math.sqrt(largest) * (largest + 1.0), Long.toString(ints));
        assertTrue(LcsMarking.blockRows(largest, largest) >= Math.sqrt(largest));
    }

    @Test
    void aTableOfAMillionCellsIsOneBlock() {
        assertEquals(1_000, LcsMarking.blockRows(1_000, 1_000));
        assertEquals(1_001L * 1_001, LcsMarking.intsHeld(1_000, 1_000), "the whole table, nothing more");
    }
}
