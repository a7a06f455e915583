package dev.nutshell.cli;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.Well19937c;

/**
 * A derivative-free search of the unit cube for the point that maximizes an objective, with
 * Commons Math's CMA-ES (Hansen 2006, "The CMA Evolution Strategy: A Comparing Review"), seeded and
 * with a fixed budget of objective evaluations.
 *
 * <p>Why CMA-ES: ROUGE as a function of the settings is a step function (a small change of a weight
 * usually picks the same sentences), so methods that fit a model to nearby values (BOBYQA) or
 * shrink a simplex (Nelder–Mead) stall on its flat steps; CMA-ES samples a population around its
 * mean with an adapted covariance and needs only the ranking of the samples. The start point is
 * evaluated first and the best point ever evaluated is returned, earliest first among equals, so
 * the result is never worse than the start on the objective. When CMA-ES stops by its own criteria
 * (on a flat step all samples score the same) before the budget is spent, it starts again from the
 * best point with fresh draws.
 *
 * <p>Deterministic: the same objective, start, budget and seed give the same result. Not
 * thread-safe; one search, one thread. Cost: {@code evaluations} calls of the objective, plus
 * O(d³) per generation for d dimensions.
 */
final class SettingSearch {
    /** The initial step size in each coordinate of the unit cube. */
    private static final double SIGMA = 0.2;

    private final int evaluations;
    private final long seed;

    /**
     * @param evaluations the budget of objective evaluations, {@code >= 1}
     * @param seed the seed of the random draws
     */
    SettingSearch(int evaluations, long seed) {
        this.evaluations = evaluations;
        this.seed = seed;
    }

    /**
     * The best point found and its value.
     *
     * @param point the point, coordinates in [0, 1]
     * @param value the objective there
     */
    record Result(double[] point, double value) {
    }

    /**
     * @param objective the function to maximize, deterministic, over points of the unit cube
     * @param start where to start, a point of the unit cube
     * @return the best point evaluated
     */
    Result maximize(ToDoubleFunction<double[]> objective, double[] start) {
        int dimensions = start.length;
        Budget budget = new Budget(objective, evaluations);
        budget.value(start);
        double[] lower = new double[dimensions];
        double[] upper = new double[dimensions];
        Arrays.fill(upper, 1);
        double[] sigma = new double[dimensions];
        Arrays.fill(sigma, SIGMA);
        Well19937c random = new Well19937c(seed);
        while (budget.remaining() > 0) {
            int before = budget.remaining();
            // stopFitness 0 (none), active covariance update, full covariance matrix, no feasibility retries.
            CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, random, false, null);
            try {
                optimizer.optimize(new MaxEval(budget.remaining()), new ObjectiveFunction(budget::value),
                        GoalType.MAXIMIZE, new InitialGuess(budget.best()), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(populationSize(dimensions)));
            } catch (TooManyEvaluationsException e) {
                break; // the budget is spent: the best point so far is the answer
            }
            if (budget.remaining() == before) {
                break; // cannot happen with CMA-ES, which evaluates a population first; never loop idle
            }
        }
        return new Result(budget.best(), budget.bestValue());
    }

    /** Hansen's default population, 4 + ⌊3 ln d⌋. */
    private static int populationSize(int dimensions) {
        return 4 + (int) Math.floor(3 * Math.log(dimensions));
    }

    /** The objective, counted and remembered: the best point so far, earliest first among equals. */
    private static final class Budget {
        private final ToDoubleFunction<double[]> objective;
        private int remaining;
        private double[] best;
        private double bestValue = Double.NEGATIVE_INFINITY;

        Budget(ToDoubleFunction<double[]> objective, int evaluations) {
            this.objective = objective;
            this.remaining = evaluations;
        }

        double value(double[] point) {
            if (best != null && Arrays.equals(point, best)) {
                return bestValue; // CMA-ES evaluates its start point, the best so far, again
            }
            if (remaining == 0) {
                throw new TooManyEvaluationsException(0);
            }
            remaining--;
            double value = objective.applyAsDouble(point);
            if (value > bestValue) {
                bestValue = value;
                best = point.clone();
            }
            return value;
        }

        int remaining() {
            return remaining;
        }

        double[] best() {
            return best.clone();
        }

        double bestValue() {
            return bestValue;
        }
    }
}
