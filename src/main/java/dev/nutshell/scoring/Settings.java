package dev.nutshell.scoring;

/** Checks of the settings that the graph scorers share, with the messages users see. */
final class Settings {

    private Settings() {
    }

    /** A damping factor, the probability of following an edge: in (0, 1). */
    static double damping(double damping) {
        if (!(damping > 0 && damping < 1)) {
            throw new IllegalArgumentException("damping must be in (0, 1), was " + damping);
        }
        return damping;
    }

    /** A convergence threshold: positive and finite. */
    static double tolerance(double tolerance) {
        if (!(tolerance > 0 && Double.isFinite(tolerance))) {
            throw new IllegalArgumentException("tolerance must be > 0 and finite, was " + tolerance);
        }
        return tolerance;
    }

    /** A cap on iterations: at least 1. */
    static int maxIterations(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
        }
        return maxIterations;
    }

    /** A similarity threshold: in [0, 1). */
    static double threshold(double threshold) {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1), was " + threshold);
        }
        return threshold;
    }
}
