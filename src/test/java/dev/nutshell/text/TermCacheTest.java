package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The token buffer and its cache of terms, on their own. */
class TermCacheTest {
    private static final int MAX = 40;

    private final TermCache cache = new TermCache();

    /** Makes {@code token} the current token, one code point at a time; returns what find() says. */
    private int find(String token) {
        cache.startToken(MAX);
        token.codePoints().forEach(cache::appendTermCodePoint);
        return cache.find();
    }

    private void put(String token, String term) {
        int missing = find(token);
        assertTrue(missing < 0, token + " was cached already");
        cache.put(missing, term);
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
}
