package dev.nutshell.evaluation;

/**
 * The model positions on the longest common subsequence of a model (reference) and a peer
 * (candidate) sentence that ROUGE-1.5.5's {@code markLCS} walks back along, without holding the
 * whole (m + 1) × (n + 1) LCS table.
 *
 * <p>The Perl fills the table {@code c} and walks back from {@code (m, n)}: diagonal on equal
 * tokens, else up when {@code c[i-1][j] >= c[i][j-1]}, else left. Which LCS is walked changes
 * ROUGE-L's union of hits, so the walk must be exactly that one. Here the table is filled once
 * keeping only every k-th row (the checkpoints); the walk then goes back block by block, each block
 * of k rows recomputed from its checkpoint, and only as far as the walk's current column. A table
 * of at most {@link #FULL_TABLE_CELLS} cells is one block, filled once.
 *
 * <p>Cost: O(m × n) time, inherent to LCS as in the Perl: at most {@code 2 m n} cells filled
 * (one filling pass, one recomputation). Memory: with {@code k = ⌈√m⌉} rows per block, at most
 * {@code ⌈m / k⌉} checkpoints, k block rows and 2 rows for the filling pass, each of
 * {@code n + 1} ints: O(n √m), about 82 MB for two 47,000-token sentences where the full table
 * needed 8.8 GB (and overflowed an int index). Every row is its own array, so no index is a
 * product of the two lengths. See {@link #intsHeld(int, int)}.
 *
 * <p>Stateless and thread-safe.
 */
final class LcsMarking {
    /** Up to this many cells (4 MB of ints) the table is kept whole: one pass, no recomputation. */
    static final long FULL_TABLE_CELLS = 1L << 20;

    private LcsMarking() {
    }

    /**
     * Sets {@code hitMask[i]} for every model position {@code i} that the Perl's walk back marks;
     * leaves the other entries as they are (ROUGE-L takes the union over the peer sentences).
     *
     * @param model the model sentence's token ids, length m
     * @param peer the peer sentence's token ids, length n
     * @param hitMask one flag per model position, length m
     */
    static void mark(int[] model, int[] peer, boolean[] hitMask) {
        mark(model, peer, hitMask, blockRows(model.length, peer.length));
    }

    /**
     * {@link #mark(int[], int[], boolean[])} with a given number of rows per block, {@code >= 1}:
     * the marking does not depend on it (tests use small blocks to exercise the recomputation).
     */
    static void mark(int[] model, int[] peer, boolean[] hitMask, int blockRows) {
        int m = model.length;
        int n = peer.length;
        if (m == 0 || n == 0) {
            return;
        }
        int[][] checkpoints = checkpoints(model, peer, blockRows);
        int[][] block = new int[Math.min(blockRows, m) + 1][];
        int i = m;
        int j = n;
        for (int b = checkpoints.length - 1; b >= 0 && i > 0 && j > 0; b--) {
            int base = b * blockRows;
            fillBlock(model, peer, checkpoints[b], base, i, j, block);
            while (i > base && j > 0) {
                if (model[i - 1] == peer[j - 1]) {
                    i--;
                    j--;
                    hitMask[i] = true;
                } else if (block[i - 1 - base][j] >= block[i - base][j - 1]) {
                    i--;
                } else {
                    j--;
                }
            }
        }
    }

    /**
     * Rows {@code 0, k, 2k, ...} below m of the LCS table, k = {@code blockRows}: row 0 is all
     * zeros, the others come from one filling pass with two rolling rows (skipped when there is one
     * block only).
     */
    private static int[][] checkpoints(int[] model, int[] peer, int blockRows) {
        int count = (model.length - 1) / blockRows + 1;
        int[][] checkpoints = new int[count][];
        checkpoints[0] = new int[peer.length + 1];
        if (count == 1) {
            return checkpoints;
        }
        int[] previous = new int[peer.length + 1];
        int[] current = new int[peer.length + 1];
        int lastCheckpoint = (count - 1) * blockRows;
        for (int i = 1; i <= lastCheckpoint; i++) {
            fillRow(model[i - 1], peer, previous, current, peer.length);
            if (i % blockRows == 0) {
                checkpoints[i / blockRows] = current.clone();
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return checkpoints;
    }

    /** Rows {@code base .. top} of the table into {@code block[0 .. top - base]}, columns 0 to {@code columns}. */
    private static void fillBlock(int[] model, int[] peer, int[] checkpoint, int base, int top, int columns,
            int[][] block) {
        block[0] = checkpoint;
        for (int i = base + 1; i <= top; i++) {
            int r = i - base;
            if (block[r] == null) {
                block[r] = new int[peer.length + 1];
            }
            fillRow(model[i - 1], peer, block[r - 1], block[r], columns);
        }
    }

    /** Row i of the table from row i − 1, columns 0 to {@code columns}: the Perl's {@code lcs_inner} recurrence. */
    private static void fillRow(int token, int[] peer, int[] previous, int[] current, int columns) {
        current[0] = 0;
        for (int j = 1; j <= columns; j++) {
            current[j] = token == peer[j - 1]
                    ? previous[j - 1] + 1
                    : Math.max(previous[j], current[j - 1]);
        }
    }

    /**
     * The number of rows per block {@link #mark(int[], int[], boolean[])} uses for an m × n table:
     * m when the table has at most {@link #FULL_TABLE_CELLS} cells, else {@code ⌈√m⌉}.
     */
    static int blockRows(int m, int n) {
        if ((m + 1L) * (n + 1L) <= FULL_TABLE_CELLS) {
            return Math.max(1, m);
        }
        int root = (int) Math.sqrt(m);
        return (long) root * root < m ? root + 1 : root;
    }

    /**
     * The most ints {@link #mark(int[], int[], boolean[])} holds at once for an m × n table:
     * checkpoints, block rows and the filling pass's rows, each of n + 1 ints.
     */
    static long intsHeld(int m, int n) {
        if (m == 0 || n == 0) {
            return 0;
        }
        int k = blockRows(m, n);
        long checkpoints = (m - 1L) / k + 1;
        long rollingRows = checkpoints > 1 ? 2 : 0;
        long ownBlockRows = Math.min(k, m);
        return (checkpoints + rollingRows + ownBlockRows) * (n + 1L);
    }
}
