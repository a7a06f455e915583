package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** CMA-ES over the unit cube, on objectives whose best points are known. */
class SettingSearchTest {
    private static final double[] TARGET = {0.8, 0.15, 0.6, 0.3, 0.9, 0.05};
    private static final double[] START = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};

    /**
     * A step function as ROUGE is one: minus the number of tenths that separate the point from
     * TARGET, summed over the coordinates (flat within each step). Its maximum, 0, is reached only
     * within 0.1 of TARGET in every coordinate, far from the start, at a summed distance of 2.15.
     */
    private static double steps(double[] point) {
        double sum = 0;
        for (int i = 0; i < point.length; i++) {
            sum += Math.floor(10 * Math.abs(point[i] - TARGET[i]));
        }
        return 0.0 - sum; // 0, not -0.0, at the best step
    }

    @Test
    void findsTheBestStepOfAStepFunction() {
        SettingSearch.Result result = new SettingSearch(600, 1).maximize(SettingSearchTest::steps, START);
        assertEquals(0, result.value());
        assertEquals(0, steps(result.point()));
    }

    @Test
    void spendsAtMostItsBudgetAndNeverReturnsWorseThanTheStart() {
        int[] calls = {0};
        ToDoubleFunction<double[]> counted = point -> {
            calls[0]++;
            return steps(point);
        };
        SettingSearch.Result result = new SettingSearch(25, 1).maximize(counted, START);
        assertTrue(calls[0] <= 25, calls[0] + " calls");
        assertTrue(result.value() >= steps(START), result.value() + " < " + steps(START));
    }

    /** A flat objective: every point ties with the start, which is kept. */
    @Test
    void keepsTheStartWhenNothingIsBetter() {
        SettingSearch.Result result = new SettingSearch(50, 1).maximize(point -> 1, START);
        assertArrayEquals(START, result.point());
    }

    @Test
    void theSameSeedFindsTheSamePoint() {
        SettingSearch.Result first = new SettingSearch(80, 9).maximize(SettingSearchTest::steps, START);
        SettingSearch.Result second = new SettingSearch(80, 9).maximize(SettingSearchTest::steps, START);
        assertArrayEquals(first.point(), second.point());
    }
}
