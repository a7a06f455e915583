package dev.nutshell.internal;

/**
 * Indices by decreasing score, ties to the lower index: a binary heap over primitive arrays, O(n)
 * to build and O(log n) per index taken, so that taking the best few of n costs far less than
 * sorting all n. Scores compare numerically, so that -0.0 and 0.0 tie.
 *
 * <p>Reads the array of scores it is given, which must not change while it is used. Not
 * thread-safe; one per ranking.
 */
public final class BestFirst {
    private final double[] scores;
    private final int[] heap;
    private int size;

    /** @param scores a score per index, none NaN; not copied */
    public BestFirst(double[] scores) {
        this.scores = scores;
        this.size = scores.length;
        this.heap = new int[size];
        for (int index = 0; index < size; index++) {
            heap[index] = index;
        }
        for (int node = size / 2 - 1; node >= 0; node--) {
            siftDown(node);
        }
    }

    /** @return whether every index has been taken */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * @return the index of the highest score not taken yet, the lowest such index among equal scores
     * @throws IllegalStateException if every index has been taken
     */
    public int next() {
        if (size == 0) {
            throw new IllegalStateException("every index has been taken");
        }
        int best = heap[0];
        heap[0] = heap[--size];
        siftDown(0);
        return best;
    }

    private void siftDown(int node) {
        int index = heap[node];
        while (2 * node + 1 < size) {
            int child = 2 * node + 1;
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], index)) {
                break;
            }
            heap[node] = heap[child];
            node = child;
        }
        heap[node] = index;
    }

    private boolean before(int a, int b) {
        return scores[a] > scores[b] || scores[a] == scores[b] && a < b;
    }
}
