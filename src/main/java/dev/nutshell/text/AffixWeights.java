package dev.nutshell.text;

import dev.nutshell.internal.hashing.SeededHash;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The weights of one kind of affix feature of the part-of-speech model ({@code suf=} or {@code
 * pre=}, at most {@value #MAX_LENGTH} characters), packed for lookups that allocate nothing and
 * touch little memory: an affix's characters packed into a {@code long}, looked up in an
 * open-addressing table with the library's keyed hash, and its sparse weights in arrays shared by
 * all affixes.
 *
 * <p>Why: a token not cached yet looks up its eight affixes. In the model's own {@code HashMap}
 * each lookup made a substring, then followed the entry, its key and the key's characters, then
 * the model's {@code Context}, its outcome numbers and its parameters, each an object of its own
 * somewhere in the model's 12 MB.
 *
 * <p>Immutable after construction and thread-safe: lookups write nothing (the library's {@code
 * HashSlots} counts its probes, so it is not used here, where every worker reads one table).
 */
final class AffixWeights {
    /** The longest affix the model's context generator makes. */
    static final int MAX_LENGTH = 4;

    private final SeededHash hash;
    /** Linear probing, at most half full: per slot the entry's hash in the high half, its number in the low; 0 if free. */
    private final long[] slots;
    /** A hash's first slot is its top bits: {@code hash >>> shift}. */
    private final int shift;
    /** Per entry (from 1): the affix's characters, 16 bits each, the first lowest, and its length. */
    private final long[] keys;
    private final byte[] lengths;
    /** Entry {@code e}'s weights are {@code weights[starts[e] .. starts[e + 1])} for outcomes {@code outcomes[..]}. */
    private final int[] starts;
    private final byte[] outcomes;
    private final double[] weights;

    /**
     * @param affixes each affix (of 1 to {@value #MAX_LENGTH} characters; longer ones are left out,
     *     since no token asks for them) with its weights
     * @param outcomeCount the model's number of outcomes, at most 127
     */
    AffixWeights(Map<String, Context> affixes, int outcomeCount) {
        if (outcomeCount > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many outcomes for byte indexes: " + outcomeCount);
        }
        this.hash = SeededHash.perJvm();
        int entries = 1;
        int parameters = 0;
        for (Map.Entry<String, Context> affix : affixes.entrySet()) {
            int length = affix.getKey().length();
            if (length >= 1 && length <= MAX_LENGTH) {
                entries++;
                parameters += affix.getValue().getOutcomes().length;
            }
        }
        int capacity = 16;
        while (capacity < 2 * entries) {
            capacity *= 2;
        }
        slots = new long[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
        keys = new long[entries];
        lengths = new byte[entries];
        starts = new int[entries + 1];
        outcomes = new byte[parameters];
        weights = new double[parameters];
        int entry = 1;
        int parameter = 0;
        for (Map.Entry<String, Context> affix : affixes.entrySet()) {
            String name = affix.getKey();
            if (name.length() < 1 || name.length() > MAX_LENGTH) {
                continue;
            }
            long key = pack(name, 0, name.length());
            keys[entry] = key;
            lengths[entry] = (byte) name.length();
            starts[entry] = parameter;
            int[] outcomeIndexes = affix.getValue().getOutcomes();
            double[] parameterValues = affix.getValue().getParameters();
            for (int i = 0; i < outcomeIndexes.length; i++) {
                outcomes[parameter] = (byte) outcomeIndexes[i];
                weights[parameter++] = parameterValues[i];
            }
            starts[entry + 1] = parameter;
            int keyHash = hashOf(key, name.length());
            int slot = keyHash >>> shift;
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = (long) keyHash << 32 | entry++;
        }
    }

    /**
     * Adds the weights of the affix {@code token[from, to)} to the sums by outcome; nothing if the
     * model does not know it.
     *
     * @param token any text
     * @param from the affix's start in it
     * @param to its end, {@code from + 1} to {@code from + }{@value #MAX_LENGTH}
     * @param sums the sums by outcome
     */
    void addTo(String token, int from, int to, double[] sums) {
        long key = pack(token, from, to);
        int length = to - from;
        int entry = find(key, length, hashOf(key, length));
        if (entry == 0) {
            return;
        }
        for (int parameter = starts[entry], end = starts[entry + 1]; parameter < end; parameter++) {
            sums[outcomes[parameter]] += weights[parameter];
        }
    }

    /** @return the entry of the affix, or 0 */
    private int find(long key, int length, int keyHash) {
        int mask = slots.length - 1;
        for (int slot = keyHash >>> shift; ; slot = (slot + 1) & mask) {
            long used = slots[slot];
            if (used == 0) {
                return 0;
            }
            int entry = (int) used;
            if ((int) (used >>> 32) == keyHash && keys[entry] == key && lengths[entry] == length) {
                return entry;
            }
        }
    }

    private int hashOf(long key, int length) {
        return hash.ofLong(key ^ (long) length << 62 ^ length);
    }

    private static long pack(String text, int from, int to) {
        long key = 0;
        for (int i = to - 1; i >= from; i--) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }
}
