package dev.nutshell.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Words whose {@link String#hashCode()} is all the same: "an" and "c0" hash alike (31 × 'a' + 'n'
 * = 31 × 'c' + '0'), so every word made of the same number of those blocks does too. The input
 * that once flooded the hash tables keyed by {@code String.hashCode}.
 */
public final class CollidingWords {

    private CollidingWords() {
    }

    /**
     * @param blocks how many blocks each word has, from 1 to 20
     * @return all {@code 2^blocks} words of that many blocks, each "an" or "c0", every one with the
     *     same {@code String.hashCode}
     */
    public static List<String> ofBlocks(int blocks) {
        List<String> words = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder word = new StringBuilder();
            for (int block = 0; block < blocks; block++) {
                word.append((bits >> block & 1) == 0 ? "an" : "c0");
            }
            words.add(word.toString());
        }
        return words;
    }
}
