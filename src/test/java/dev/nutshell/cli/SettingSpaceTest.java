package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The unit cube of the tuned settings. */
class SettingSpaceTest {

    /** Bit for bit: a search that never leaves its start reports the default, not a neighbour of it. */
    @Test
    void theDefaultsPointMapsBackToTheDefaultExactly() {
        SettingSpace.Setting defaults = SettingSpace.Setting.defaults();
        assertEquals(defaults, SettingSpace.setting(SettingSpace.point(defaults)));
    }

    @Test
    void theCornersAreTheEndsOfTheRanges() {
        assertEquals(new SettingSpace.Setting(0, 0, -2, 0, 0.3, 0), SettingSpace.setting(new double[6]));
        assertEquals(new SettingSpace.Setting(2, 1, 2, 0.25, 0.8, 0.5),
                SettingSpace.setting(new double[] {1, 1, 1, 1, 1, 1}));
    }

    /** Points outside the cube are clamped; every point, corners included, builds a valid summarizer. */
    @Test
    void everyPointGivesASettingTheLibraryAccepts() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 2000; trial++) {
            double[] point = new double[SettingSpace.DIMENSIONS];
            for (int i = 0; i < point.length; i++) {
                point[i] = trial < 64 ? (trial >> i & 1) : random.nextDouble(-0.5, 1.5);
            }
            SettingSpace.Setting setting = SettingSpace.setting(point);
            assertTrue(setting.shortShare() < setting.longShare(), setting.toString());
            setting.summarizer(); // throws if the library refuses a value
        }
    }
}
