package dev.nutshell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BestFirstTest {
    /** Against a sort, on arrays full of ties, -0.0 and 0.0 among them (which tie). */
    @Test
    void indicesComeByDecreasingScoreWithTiesToTheLowerIndex() {
        Random random = new Random(16);
        for (int run = 0; run < 500; run++) {
            double[] scores = new double[random.nextInt(60)];
            for (int i = 0; i < scores.length; i++) {
                int kind = random.nextInt(4);
                scores[i] = kind == 0 ? random.nextInt(3) : kind == 1 ? -0.0 : kind == 2 ? 0.0 : random.nextDouble() - 0.5;
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                expected.add(i);
            }
            expected.sort((a, b) -> scores[a] > scores[b] ? -1 : scores[a] < scores[b] ? 1 : a - b);
            BestFirst order = new BestFirst(scores);
            List<Integer> actual = new ArrayList<>();
            while (!order.isEmpty()) {
                actual.add(order.next());
            }
            assertEquals(expected, actual, Arrays.toString(scores));
        }
    }

    @Test
    void noScoresGiveNoIndex() {
        BestFirst order = new BestFirst(new double[0]);
        assertTrue(order.isEmpty());
        assertThrows(IllegalStateException.class, order::next);
    }
}
