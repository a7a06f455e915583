package dev.nutshell.internal.hashing;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * A keyed hash of character sequences for the hash tables of the library: strings that collide
 * under {@link String#hashCode()} (all words built of the blocks "an" and "c0", for instance) or
 * have consecutive hashes (single characters) get unrelated hashes, and no input can be crafted to
 * collide without knowing the key, which is drawn at random once per JVM.
 *
 * <p>How: the characters, three to a 48-bit coefficient, and the length are the coefficients of a
 * polynomial evaluated at a secret point modulo the Mersenne prime 2⁶¹ − 1 (Carter–Wegman
 * polynomial hashing; Dietzfelbinger et al. 1992, "Polynomial hash functions are reliable"): two
 * different sequences of at most L characters collide with probability at most (L/3 + 2) / (2⁶¹ − 1)
 * over the key, whatever they are. The value then goes through a strong 64-bit mixer (the
 * SplitMix64 finalizer, Steele et al. 2014) xored with a second secret, so that every bit of the
 * 32-bit result, in particular the low bits a table uses for its slot, depends on every input bit.
 *
 * <p>Hashes differ from run to run, so nothing that is output may depend on them: tables that use
 * this hash must give results (ids, sets, orders) that depend only on their keys. Immutable and
 * thread-safe; O(length) per hash, one 64-bit multiplication per three characters.
 */
public final class SeededHash {
    /** The Mersenne prime 2⁶¹ − 1: the modulus of the polynomial. */
    private static final long PRIME = (1L << 61) - 1;
    private static final SeededHash PER_JVM = new SeededHash(randomSeed());

    /** The secret point at which the polynomial is evaluated, in [2, PRIME). */
    private final long point;
    /** The secret xored into the polynomial's value before mixing. */
    private final long key;

    /**
     * A hash with a given seed, for tests that must not depend on the random one.
     *
     * @param seed any value; equal seeds give equal hashes
     */
    public SeededHash(long seed) {
        long mixed = mix(seed);
        this.point = Math.max(2, Long.remainderUnsigned(mixed, PRIME));
        this.key = mix(mixed + 0x9E3779B97F4A7C15L);
    }

    /** @return the hash of this JVM, keyed with a random seed drawn once */
    public static SeededHash perJvm() {
        return PER_JVM;
    }

    /**
     * @param chars any characters, not null
     * @return their hash
     */
    public int of(CharSequence chars) {
        int length = chars.length();
        long value = 0;
        int i = 0;
        for (; i + 3 <= length; i += 3) {
            value = times(value) + (chars.charAt(i) | (long) chars.charAt(i + 1) << 16 | (long) chars.charAt(i + 2) << 32);
        }
        if (i < length) {
            long tail = chars.charAt(i);
            if (i + 1 < length) {
                tail |= (long) chars.charAt(i + 1) << 16;
            }
            value = times(value) + tail;
        }
        return finish(value, length);
    }

    /**
     * The hash of {@code chars[from, to)}, equal to {@link #of(CharSequence)} of the same characters.
     *
     * @param chars an array, not null
     * @param from the first index, {@code 0 <= from <= to}
     * @param to the end index, exclusive, {@code <= chars.length}
     * @return their hash
     */
    public int of(char[] chars, int from, int to) {
        long value = 0;
        int i = from;
        for (; i + 3 <= to; i += 3) {
            value = times(value) + (chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32);
        }
        if (i < to) {
            long tail = chars[i];
            if (i + 1 < to) {
                tail |= (long) chars[i + 1] << 16;
            }
            value = times(value) + tail;
        }
        return finish(value, to - from);
    }

    /**
     * The hash of a 64-bit key (for example characters packed into a {@code long}): the polynomial
     * of its two halves. Not comparable with the hash of characters.
     *
     * @param value any value
     * @return its hash
     */
    public int ofLong(long value) {
        return finish(times(value >>> 32) + (value & 0xFFFF_FFFFL), 0);
    }

    /** Horner's step: {@code value × point}, reduced to below 2⁶¹ + 3 (congruent modulo the prime). */
    private long times(long value) {
        // value < 2^62 and point < 2^61: the product has at most 123 bits, and 2^61 ≡ 1.
        long low = value * point;
        long high = Math.multiplyHigh(value, point);
        long folded = (low & PRIME) + (low >>> 61) + (high << 3);
        return (folded & PRIME) + (folded >>> 61);
    }

    /**
     * The length is the last coefficient, so that sequences of different lengths never give the
     * same polynomial (a trailing U+0000 would otherwise vanish); then the keyed mix.
     */
    private int finish(long value, int length) {
        long polynomial = times(value) + length;
        long mixed = mix(polynomial ^ key);
        return (int) (mixed ^ mixed >>> 32);
    }

    /** The SplitMix64 finalizer: a bijection of 64-bit values in which every output bit depends on every input bit. */
    static long mix(long value) {
        long z = (value ^ value >>> 30) * 0xBF58476D1CE4E5B9L;
        z = (z ^ z >>> 27) * 0x94D049BB133111EBL;
        return z ^ z >>> 31;
    }

    /**
     * A random seed from the operating system: /dev/urandom where there is one (a fraction of a
     * millisecond), else {@link SecureRandom} (whose set-up takes a tenth of a second or more).
     */
    private static long randomSeed() {
        try (InputStream random = new FileInputStream("/dev/urandom")) {
            byte[] bytes = random.readNBytes(Long.BYTES);
            if (bytes.length == Long.BYTES) {
                long seed = 0;
                for (byte b : bytes) {
                    seed = seed << 8 | (b & 0xFF);
                }
                return seed;
            }
        } catch (IOException | SecurityException e) {
            // No /dev/urandom (Windows) or not allowed to read it: the slower source below.
        }
        return new SecureRandom().nextLong();
    }
}
