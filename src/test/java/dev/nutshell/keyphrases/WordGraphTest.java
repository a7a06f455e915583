package dev.nutshell.keyphrases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link WordGraph} links two graph words when they are less than the window apart, other words
 * counting towards the distance: checked by hand on a tiny text and against every pair counted
 * one by one on random ones.
 */
class WordGraphTest {

    /** The product with a unit vector: the column of the graph's weights for one node. */
    private static double[] column(WordGraph graph, int node) {
        double[] unit = new double[graph.size()];
        unit[node] = 1;
        double[] column = new double[graph.size()];
        graph.multiply(unit, column);
        return column;
    }

    @Test
    void wordsWithinTheWindowAreLinkedAndOtherWordsCountTowardsTheDistance() {
        // Words: A x B A _ C, with x and _ no graph words (-1); nodes A = 0, B = 1, C = 2.
        int[] wordNode = {0, -1, 1, 0, -1, 2};
        WordGraph weighted = WordGraph.of(wordNode, 3, 3, true);
        // Window 3 (at most two apart): A–B at 0,2 and B–A at 2,3; A–C at 3,5; A–A never.
        assertArrayEquals(new double[] {0, 2, 1}, column(weighted, 0));
        assertArrayEquals(new double[] {2, 0, 0}, column(weighted, 1));
        assertArrayEquals(new double[] {1, 0, 0}, column(weighted, 2));
        WordGraph unweighted = WordGraph.of(wordNode, 3, 3, false);
        assertArrayEquals(new double[] {0, 1, 1}, column(unweighted, 0));
        WordGraph adjacentOnly = WordGraph.of(wordNode, 3, 2, true);
        assertArrayEquals(new double[] {0, 1, 0}, column(adjacentOnly, 0));
        assertArrayEquals(new double[] {0, 0, 0}, column(adjacentOnly, 2));
    }

    @Test
    void randomTextsGetThePairsCountedOneByOne() {
        Random random = new Random(17);
        for (int trial = 0; trial < 300; trial++) {
            int nodes = 1 + random.nextInt(12);
            int[] wordNode = new int[random.nextInt(80)];
            for (int word = 0; word < wordNode.length; word++) {
                wordNode[word] = random.nextInt(3) == 0 ? -1 : random.nextInt(nodes);
            }
            int window = 2 + random.nextInt(15);
            boolean weighted = random.nextBoolean();
            double[][] expected = new double[nodes][nodes];
            for (int i = 0; i < wordNode.length; i++) {
                for (int j = i + 1; j < wordNode.length && j - i < window; j++) {
                    int a = wordNode[i];
                    int b = wordNode[j];
                    if (a >= 0 && b >= 0 && a != b) {
                        expected[a][b]++;
                        expected[b][a]++;
                    }
                }
            }
            WordGraph graph = WordGraph.of(wordNode, nodes, window, weighted);
            assertEquals(nodes, graph.size());
            for (int node = 0; node < nodes; node++) {
                double[] column = column(graph, node);
                for (int other = 0; other < nodes; other++) {
                    double weight = weighted ? expected[other][node] : Math.min(1, expected[other][node]);
                    assertEquals(weight, column[other], "trial " + trial + ": " + other + " and " + node);
                }
            }
        }
    }
}
