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
 * <p>How: the characters, three to a 48-bit coefficient, and then the length are the coefficients
 * of a polynomial evaluated at a secret point modulo the Mersenne prime 2⁶¹ − 1 (Carter–Wegman
 * polynomial hashing; Dietzfelbinger et al. 1992, "Polynomial hash functions are reliable"): two
 * different sequences of at most L characters give the same value with probability at most
 * (L/3 + 2) / (2⁶¹ − 1) over the key, whatever they are, and their difference is spread over the
 * whole field. The value is then folded into the 32 bits of the result by {@link #ofLong(long)},
 * which also hashes 64-bit keys (packed characters, cached {@code String.hashCode}s) on its own:
 * a multiplication by a secret odd number, then a strong fixed mixer. Tables take their slot from
 * the top bits of the result. The guarantees are those of universal hashing (with linear probing,
 * an expected O(log n) probes per operation on the worst set of keys: Pagh, Pagh and Ružić 2009,
 * "Linear probing with constant independence"); the mixer makes ordinary structured keys behave
 * as random ones, and no set of keys brings back the quadratic blow-up of a fixed hash.
 *
 * <p>Hashes differ from run to run, so nothing that is output may depend on them: tables that use
 * this hash must give results (ids, sets, orders) that depend only on their keys. Immutable and
 * thread-safe; O(length) per hash, one 64 × 64-bit multiplication per three characters.
 */
public final class SeededHash {
    /** The Mersenne prime 2⁶¹ − 1: the modulus of the polynomial. */
    private static final long PRIME = (1L << 61) - 1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final SeededHash PER_JVM = new SeededHash(randomSeed());

    /** The secret point at which the polynomial is evaluated, in [1, PRIME). */
    private final long point;
    /** The point squared, modulo the prime. */
    private final long pointSquared;
    /** A secret odd multiplier: multiply-shift hashing of 64-bit values. */
    private final long multiplier;

    /**
     * A hash with a given seed, for tests that must not depend on the random one.
     *
     * @param seed any value; equal seeds give equal hashes
     */
    public SeededHash(long seed) {
        // SplitMix64's sequence from the seed (the state steps by the golden gamma before each
        // mix), so that no seed, 0 included, gives a degenerate point such as 1.
        this.point = 1 + Long.remainderUnsigned(mix(seed + GOLDEN), PRIME - 1);
        this.multiplier = mix(seed + 2 * GOLDEN) | 1;
        this.pointSquared = reduce(times(point, point));
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
        for (; i + 6 <= length; i += 6) {
            value = twoChunks(value, chunk(chars, i), chunk(chars, i + 3));
        }
        for (; i + 3 <= length; i += 3) {
            value = times(value, point) + chunk(chars, i);
        }
        if (i < length) {
            long tail = chars.charAt(i);
            if (i + 1 < length) {
                tail |= (long) chars.charAt(i + 1) << 16;
            }
            value = times(value, point) + tail;
        }
        return finish(value, length);
    }

    private static long chunk(CharSequence chars, int i) {
        return chars.charAt(i) | (long) chars.charAt(i + 1) << 16 | (long) chars.charAt(i + 2) << 32;
    }

    /**
     * The hash of {@code chars[from, to)}, equal to {@link #of(CharSequence)} of the same
     * characters (the same steps over an array: a {@code CharSequence} view of it would make
     * every hot call site of {@code charAt} polymorphic).
     *
     * @param chars an array, not null
     * @param from the first index, {@code 0 <= from <= to}
     * @param to the end index, exclusive, {@code <= chars.length}
     * @return their hash
     */
    public int of(char[] chars, int from, int to) {
        long value = 0;
        int i = from;
        for (; i + 6 <= to; i += 6) {
            value = twoChunks(value, chunk(chars, i), chunk(chars, i + 3));
        }
        for (; i + 3 <= to; i += 3) {
            value = times(value, point) + chunk(chars, i);
        }
        if (i < to) {
            long tail = chars[i];
            if (i + 1 < to) {
                tail |= (long) chars[i + 1] << 16;
            }
            value = times(value, point) + tail;
        }
        return finish(value, to - from);
    }

    private static long chunk(char[] chars, int i) {
        return chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32;
    }

    /**
     * Two of Horner's steps at once, {@code (value × p + first) × p + second} as {@code value × p²
     * + first × p + second}: the same value, with two independent multiplications where Horner
     * chains two (the chain's latency is the cost of a short string).
     */
    private long twoChunks(long value, long first, long second) {
        return times(value, pointSquared) + times(first, point) + second;
    }

    /**
     * The hash of a 64-bit key (for example characters packed into a {@code long}): the key times a
     * secret odd multiplier (multiply-shift hashing, Dietzfelbinger et al. 1997, "A reliable
     * randomized algorithm for the closest-pair problem"), then a xorshift and a multiplication
     * by the SplitMix64 constant, whose top half is the hash. The mixing matters: alone, a
     * multiplication maps keys in arithmetic progression (consecutive {@code String.hashCode}s of
     * single characters) to slots in arithmetic progression, and for some multipliers the step is
     * one slot, which makes linear probing walk runs as long as the table. Every step is a
     * bijection, so different keys never share all 64 bits. Not comparable with the hash of
     * characters.
     *
     * @param value any value
     * @return its hash
     */
    public int ofLong(long value) {
        long z = value * multiplier;
        z = (z ^ z >>> 29) * 0xBF58476D1CE4E5B9L;
        return (int) (z >>> 32);
    }

    /**
     * The hash of a 32-bit key, such as a string's cached {@code String.hashCode}, by {@link
     * #ofLong(long)}. Equal keys hash alike, so a table that uses it must notice when too many of
     * its keys are equal (as {@code TermDictionary} does).
     *
     * @param value any value
     * @return its hash
     */
    public int ofInt(int value) {
        return ofLong(value & 0xFFFF_FFFFL);
    }

    /**
     * {@code value × factor} for a value below 2⁶² + 2⁵⁰ and a factor below the prime, reduced to
     * below 2⁶¹ + 4 and congruent modulo the prime.
     */
    private static long times(long value, long factor) {
        // The product has at most 124 bits, and 2^61 ≡ 1: add the 61-bit pieces.
        long low = value * factor;
        long high = Math.multiplyHigh(value, factor);
        long folded = (low & PRIME) + (low >>> 61) + (high << 3);
        return (folded & PRIME) + (folded >>> 61);
    }

    /**
     * The length is the last coefficient, so that sequences of different lengths never give the
     * same polynomial (a trailing U+0000 would otherwise vanish).
     */
    private int finish(long value, int length) {
        return fold(times(value, point) + length);
    }

    /** The value reduced modulo the prime, then hashed by {@link #ofLong(long)} into 32 bits. */
    private int fold(long value) {
        return ofLong(reduce(value));
    }

    /** A value below 2⁶³ reduced modulo the prime, to [0, prime). */
    private static long reduce(long value) {
        long reduced = (value & PRIME) + (value >>> 61);
        return reduced >= PRIME ? reduced - PRIME : reduced;
    }

    /**
     * The SplitMix64 finalizer (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number
     * generators"): a bijection of 64-bit values in which every output bit depends on every input
     * bit.
     */
    private static long mix(long value) {
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
