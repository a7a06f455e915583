package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.testing.CollidingWords;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The token buffer and its cache of terms, on their own. */
class TermCacheTest {
    private static final int MAX = 40;

    private TermCache cache = new TermCache();

    /** Makes {@code token} the current token, one code point at a time; returns what find() says. */
    private int find(String token) {
        cache.startToken(MAX);
        token.codePoints().forEach(cache::appendTermCodePoint);
        return cache.find();
    }

    private void put(String token, String term) {
        assertTrue(find(token) < 0, token + " was cached already");
        cache.put(term);
    }

    private String termOf(String token) {
        int entry = find(token);
        assertTrue(entry > 0, token + " is not cached");
        return cache.termAt(entry);
    }

    @Test
    void aCachedTokenGivesItsTermAndAStopWordGivesNone() {
        put("running", "run");
        put("the", null);
        assertEquals("run", termOf("running"));
        assertNull(termOf("the"));
        assertTrue(find("run") < 0);
    }

    /**
     * "aÿß" and "bßþ" have the same {@code String.hashCode} (961 × 97 + 31 × 255 + 223 = 961 × 98 +
     * 31 × 223 + 254), and so do they with the same characters around them: short ones compare as
     * packed characters, long ones against the pool.
     */
    @Test
    void tokensWithEqualHashesKeepTheirOwnTerms() {
        List<String[]> pairs = List.of(new String[] {"aÿß", "bßþ"}, new String[] {"xaÿßyy", "xbßþyy"},
                new String[] {"aÿßqqqqqqqq", "bßþqqqqqqqq"}, new String[] {"жaÿß", "жbßþ"});
        for (String[] pair : pairs) {
            assertEquals(pair[0].hashCode(), pair[1].hashCode());
            put(pair[0], "first " + pair[0]);
            put(pair[1], "second " + pair[1]);
            assertEquals("first " + pair[0], termOf(pair[0]));
            assertEquals("second " + pair[1], termOf(pair[1]));
        }
    }

    @Test
    void eightCharactersOfUPlus00FFAreATokenLikeAnyOther() {
        put("ÿÿÿÿÿÿÿÿ", "eight");
        put("ÿÿÿÿÿÿÿ", "seven");
        put("ÿÿÿÿÿÿÿÿÿ", "nine");
        assertEquals("eight", termOf("ÿÿÿÿÿÿÿÿ"));
        assertEquals("seven", termOf("ÿÿÿÿÿÿÿ"));
        assertEquals("nine", termOf("ÿÿÿÿÿÿÿÿÿ"));
    }

    @Test
    void anAsciiTokenSetInOneGoIsTheSameTokenAsAppendedOneByOne() {
        put("marathon2024", "marathon2024");
        char[] chars = "  MaraThon2024 ".toCharArray();
        cache.setAsciiToken(chars, 2, 14, MAX);
        assertEquals("marathon2024", cache.termAt(cache.find()));
    }

    @Test
    void aTokenLongerThanTheMaximumIsTooLongEitherWay() {
        cache.setAsciiToken("a".repeat(MAX + 1).toCharArray(), 0, MAX + 1, MAX);
        assertTrue(cache.tokenTooLong());
        cache.setAsciiToken("a".repeat(MAX).toCharArray(), 0, MAX, MAX);
        assertTrue(!cache.tokenTooLong());
        find("é".repeat(MAX + 1));
        assertTrue(cache.tokenTooLong());
    }

    @Test
    void theCacheNeverHoldsMoreThanItsLimitAndStaysCorrectAfterStartingAfresh() {
        for (int i = 0; i < TermCache.LIMIT + 1_000; i++) {
            put("w" + i, "t" + i);
            assertTrue(cache.size() <= TermCache.LIMIT);
        }
        assertEquals("t" + (TermCache.LIMIT + 999), termOf("w" + (TermCache.LIMIT + 999)));
        assertTrue(find("w0") < 0, "the first tokens went when the cache started afresh");
    }

    /**
     * Every token of 12 blocks "an" or "c0" has the same {@code String.hashCode} ({@code 31 × 'a' +
     * 'n' = 31 × 'c' + '0'}), so a table slotted by it puts all 4,096 in one probe chain.
     */
    @Test
    void tokensWhoseStringHashesCollideCostAFewProbesEach() {
        List<String> tokens = CollidingWords.ofBlocks(12);
        assertEquals(1, tokens.stream().mapToInt(String::hashCode).distinct().count());
        assertFewProbesPerOperation(tokens);
    }

    /**
     * Tokens of eight characters up to U+00FF, compared as one packed {@code long}, whose {@code
     * String.hashCode}s are equal: 7⁴ of them from four two-character blocks {@code (a, b)} with
     * {@code 31a + b} the same.
     */
    @Test
    void packedTokensWhoseStringHashesCollideCostAFewProbesEach() {
        List<String> blocks = new ArrayList<>();
        for (int a = 0x70 - 3; a <= 0x70 + 3; a++) {
            blocks.add(new String(new char[] {(char) a, (char) (0x70 + 31 * (0x70 - a))}));
        }
        List<String> tokens = List.of("");
        for (int block = 0; block < 4; block++) {
            List<String> longer = new ArrayList<>();
            for (String token : tokens) {
                blocks.forEach(next -> longer.add(token + next));
            }
            tokens = longer;
        }
        assertEquals(1, tokens.stream().mapToInt(String::hashCode).distinct().count());
        assertFewProbesPerOperation(tokens);
    }

    /** Single characters have consecutive hashes, which a weak slot function piles up in one run. */
    @Test
    void consecutiveSingleCharactersAndWordsCostAFewProbesEach() {
        List<String> tokens = new ArrayList<>();
        for (char c = '\u4E00'; c < '\u4E00' + 20_000; c++) {
            tokens.add(String.valueOf(c));
            tokens.add("w" + (int) c);
        }
        assertFewProbesPerOperation(tokens);
    }

    /**
     * Caches every token, then finds every one: at most 3 slots looked at per operation, on
     * average, with each of five fixed hash seeds (the JVM's own is random).
     */
    private void assertFewProbesPerOperation(List<String> tokens) {
        for (long seed = 0; seed < 5; seed++) {
            cache = new TermCache(new SeededHash(seed));
            for (String token : tokens) {
                put(token, token.toUpperCase(Locale.ROOT));
            }
            for (String token : tokens) {
                assertEquals(token.toUpperCase(Locale.ROOT), termOf(token));
            }
            long operations = 2L * tokens.size();
            assertTrue(cache.probes() <= 3 * operations, "seed " + seed + ": " + cache.probes() + " probes for " + operations + " operations");
        }
    }


    /**
     * An allocation that fails while the cache grows (injected: an {@link OutOfMemoryError} from the
     * seam just before the entry arrays are copied) leaves the cache as it was: what it held is
     * still found, the failed token is not, and it keeps caching new tokens.
     */
    @Test
    void aFailedAllocationWhileGrowingLeavesTheCacheUsable() {
        int kept = 0;
        while (cache.size() < 511) {
            put("w" + kept, "t" + kept);
            kept++;
        }
        cache.beforeGrowing = () -> {
            throw new OutOfMemoryError("injected");
        };
        assertTrue(find("failed") < 0);
        assertThrows(OutOfMemoryError.class, () -> cache.put("failed term"));
        cache.beforeGrowing = () -> { };

        assertTrue(find("failed") < 0, "the token whose caching failed is not cached");
        for (int i = 0; i < kept; i++) {
            assertEquals("t" + i, termOf("w" + i));
        }
        for (int i = 0; i < 2_000; i++) {
            put("new" + i, "n" + i);
        }
        assertEquals("n1999", termOf("new1999"));
        assertEquals("t0", termOf("w0"));
    }
}
