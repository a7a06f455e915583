package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import dev.nutshell.scoring.Algorithm;
import dev.nutshell.scoring.NutshellScorer;
import dev.nutshell.scoring.PositionalCentralityScorer;
import java.util.Locale;

/**
 * The continuous settings of the default ({@code nutshell}) algorithm that {@code tune} searches,
 * as points of the unit cube [0, 1]<sup>6</sup>: one coordinate per setting, mapped linearly onto
 * its range, so that one step size suits every setting. The ranges hold the default and every value
 * the earlier grid tried, with room on both sides: position weight [0, 2], length weight [0, 1],
 * earlier weight [−2, 2], short share [0, 0.25], long share [0.3, 0.8], redundancy [0, 0.5]; the
 * two shares have separate ranges so that every point gives {@code shortShare < longShare}.
 *
 * <p>Stateless and thread-safe.
 */
final class SettingSpace {
    /** Coordinates of a point: position weight, length weight, earlier weight, short share, long share, redundancy. */
    static final int DIMENSIONS = 6;

    // Every width is a power of two and every subtraction below exact (Sterbenz), so the default's
    // point maps back to the default bit for bit: a search that keeps its start keeps the default.
    private static final double[] LOWER = {0, 0, -2, 0, 0.3, 0};
    private static final double[] UPPER = {2, 1, 2, 0.25, 0.8, 0.5};

    private SettingSpace() {
    }

    /**
     * @param point a point of the unit cube, {@code DIMENSIONS} coordinates in [0, 1]
     * @return the setting it stands for
     */
    static Setting setting(double[] point) {
        double[] value = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            value[i] = LOWER[i] + Math.min(1, Math.max(0, point[i])) * (UPPER[i] - LOWER[i]);
        }
        return new Setting(value[0], value[1], value[2], value[3], value[4], value[5]);
    }

    /**
     * @param setting a setting within the ranges
     * @return its point of the unit cube
     */
    static double[] point(Setting setting) {
        double[] value = {setting.position(), setting.length(), setting.earlier(), setting.shortShare(),
            setting.longShare(), setting.redundancy()};
        double[] point = new double[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            point[i] = (value[i] - LOWER[i]) / (UPPER[i] - LOWER[i]);
        }
        return point;
    }

    /**
     * One setting of the default algorithm.
     *
     * @param position the position prior's weight
     * @param length the length prior's weight
     * @param earlier the weight of similarity to earlier sentences in the directed centrality
     * @param shortShare the summary share up to which the ranking is lead-aware
     * @param longShare the summary share from which the ranking is TextRank
     * @param redundancy the selection's redundancy penalty
     */
    record Setting(double position, double length, double earlier, double shortShare, double longShare,
            double redundancy) {

        /** @return the library's default setting, {@code Algorithm.NUTSHELL}'s */
        static Setting defaults() {
            return new Setting(NutshellScorer.DEFAULT_POSITION_WEIGHT, NutshellScorer.DEFAULT_LENGTH_WEIGHT,
                    PositionalCentralityScorer.DEFAULT_EARLIER_WEIGHT, NutshellScorer.DEFAULT_SHORT_SHARE,
                    NutshellScorer.DEFAULT_LONG_SHARE, Algorithm.NUTSHELL.redundancy());
        }

        /** @return a summarizer with this setting */
        Summarizer summarizer() {
            NutshellScorer scorer = NutshellScorer.builder()
                    .positionWeight(position)
                    .lengthWeight(length)
                    .centrality(PositionalCentralityScorer.builder().earlierWeight(earlier).build())
                    .shares(shortShare, longShare)
                    .build();
            return Summarizer.builder().scorer(scorer).redundancy(redundancy).build();
        }

        /** @return the table cells: position, length, earlier, shares, redundancy, three decimals */
        String cells() {
            return String.format(Locale.ROOT, "%.3f | %.3f | %.3f | %.3f:%.3f | %.3f",
                    position, length, earlier, shortShare, longShare, redundancy);
        }
    }
}
