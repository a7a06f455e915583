package dev.nutshell.keyphrases;

import dev.nutshell.internal.SimilarityOperator;
import java.util.Arrays;

/**
 * The co-occurrence graph of an article's graph words (Mihalcea and Tarau 2004, section 3.1): two
 * words are linked when they occur within a window of {@code window} words of each other, stop
 * words and other words counting towards the distance; a link's weight is how often they do
 * (Wan and Xiao 2008, SingleRank), or 1 for the unweighted graph of TextRank.
 *
 * <p>Stored as compressed adjacency lists, built in O(n × window) time and space for n words with
 * no sort and no hash table: the occurrences of each pair are merged through a marker array.
 */
final class WordGraph implements SimilarityOperator {
    private final int size;
    private final int[] start;
    private final int[] neighbour;
    private final double[] weight;

    private WordGraph(int size, int[] start, int[] neighbour, double[] weight) {
        this.size = size;
        this.start = start;
        this.neighbour = neighbour;
        this.weight = weight;
    }

    /**
     * @param candidates the article's graph words
     * @param window words at most {@code window - 1} apart are linked, {@code >= 2}
     * @param weighted whether a link weighs the number of co-occurrences, rather than 1
     */
    static WordGraph of(Candidates candidates, int window, boolean weighted) {
        return of(candidates.wordNode, candidates.nodeCount(), window, weighted);
    }

    /**
     * @param wordNode per word of the text, its graph word's node, or -1 for a word that is none
     * @param nodes the number of nodes; each of {@code wordNode} is below it
     * @param window words at most {@code window - 1} apart are linked, {@code >= 2}
     * @param weighted whether a link weighs the number of co-occurrences, rather than 1
     */
    static WordGraph of(int[] wordNode, int nodes, int window, boolean weighted) {
        int graphWords = 0;
        for (int node : wordNode) {
            graphWords += node >= 0 ? 1 : 0;
        }
        int[] position = new int[graphWords];
        int[] graphWordNode = new int[graphWords];
        for (int word = 0, g = 0; word < wordNode.length; word++) {
            if (wordNode[word] >= 0) {
                position[g] = word;
                graphWordNode[g++] = wordNode[word];
            }
        }
        int[] count = new int[nodes + 1];
        forEachPair(position, graphWordNode, window, (a, b) -> {
            count[a]++;
            count[b]++;
        });
        int[] offset = new int[nodes + 1];
        for (int node = 0; node < nodes; node++) {
            offset[node + 1] = offset[node] + count[node];
        }
        int[] targets = new int[offset[nodes]];
        int[] fill = Arrays.copyOf(offset, nodes);
        forEachPair(position, graphWordNode, window, (a, b) -> {
            targets[fill[a]++] = b;
            targets[fill[b]++] = a;
        });
        return merged(nodes, offset, targets, weighted);
    }

    /** The adjacency lists with each repeated neighbour merged into one weighted link. */
    private static WordGraph merged(int nodes, int[] offset, int[] targets, boolean weighted) {
        int[] slot = new int[nodes];
        Arrays.fill(slot, -1);
        int[] start = new int[nodes + 1];
        int[] neighbour = new int[targets.length];
        double[] weight = new double[targets.length];
        int size = 0;
        for (int node = 0; node < nodes; node++) {
            start[node] = size;
            for (int k = offset[node]; k < offset[node + 1]; k++) {
                int target = targets[k];
                if (slot[target] < 0) {
                    slot[target] = size;
                    neighbour[size] = target;
                    weight[size++] = 1;
                } else if (weighted) {
                    weight[slot[target]]++;
                }
            }
            for (int k = start[node]; k < size; k++) {
                slot[neighbour[k]] = -1;
            }
        }
        start[nodes] = size;
        return new WordGraph(nodes, start, neighbour, weight);
    }

    private interface PairVisitor {
        void visit(int a, int b);
    }

    /**
     * Visits each pair of graph words less than {@code window} words apart (other words count
     * towards the distance), by the first word's position, then the second's. Over the graph
     * words alone with their positions: on news about half the words are no graph word, and
     * testing each word of each window for it was a branch the processor mispredicted half the
     * time.
     */
    private static void forEachPair(int[] position, int[] node, int window, PairVisitor visitor) {
        int count = position.length;
        for (int i = 0; i < count; i++) {
            int a = node[i];
            int end = position[i] + window;
            for (int j = i + 1; j < count && position[j] < end; j++) {
                int b = node[j];
                if (b != a) {
                    visitor.visit(a, b);
                }
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void multiply(double[] x, double[] y) {
        for (int node = 0; node < size; node++) {
            double sum = 0;
            for (int k = start[node]; k < start[node + 1]; k++) {
                sum += weight[k] * x[neighbour[k]];
            }
            y[node] = sum;
        }
    }
}
