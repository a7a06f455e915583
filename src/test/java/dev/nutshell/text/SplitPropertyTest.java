package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link TextAnalyzer#split(String)} and {@link TextAnalyzer#analyze(String)} over
 * random and adversarial text (fixed seeds, bounded tries): every segment is the trimmed, non-empty
 * substring its offsets name; segments are in order and do not overlap; only whitespace is left
 * out; no offset falls inside a surrogate pair; the same text splits the same way twice; and the
 * analysed article's sentences are segments of the split.
 */
class SplitPropertyTest {
    private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

    @Test
    void arbitraryUnicodeSplitsIntoWellFormedSegments() {
        checkSplit(601L, 1_000, random -> HostileText.anyUnicode(random, 2_000));
    }

    @Test
    void sentenceLikeTextSplitsIntoWellFormedSegments() {
        checkSplit(602L, 1_000, random -> HostileText.sentenceLike(random, 40));
    }

    @Test
    void analysedSentencesAreSegmentsOfTheSplit() {
        PropertyCheck.forAllTexts(603L, 1_000,
                random -> random.nextBoolean() ? HostileText.anyUnicode(random, 1_000) : HostileText.sentenceLike(random, 30),
                (seed, text) -> assertSentencesAreSegments(text));
    }

    /** The harness itself: a property that fails is reported, with its input shrunk to what fails. */
    @Test
    void aFailingPropertyIsReportedWithItsInputShrunk() {
        AssertionError error = assertThrows(AssertionError.class, () -> PropertyCheck.forAllTexts(7L, 100,
                random -> HostileText.sentenceLike(random, 20),
                (seed, text) -> assertFalse(text.contains("Dr."), "has a title")));

        assertTrue(error.getMessage().contains("to 3 chars: \"Dr.\""), error.getMessage());
    }

    private static void checkSplit(long seed, int tries, Function<Random, String> generator) {
        PropertyCheck.forAllTexts(seed, tries, generator, (trySeed, text) -> assertWellFormed(text, ANALYZER.split(text)));
    }

    static void assertWellFormed(String text, List<TextSegment> segments) {
        assertWellFormed(ANALYZER, text, segments);
    }

    /** {@code segments}, {@code analyzer}'s split of {@code text}, are well formed and split so again. */
    static void assertWellFormed(TextAnalyzer analyzer, String text, List<TextSegment> segments) {
        int previousEnd = 0;
        for (TextSegment segment : segments) {
            assertTrue(segment.start() >= previousEnd, "overlapping or out of order at " + segment.start());
            assertTrue(segment.start() < segment.end() && segment.end() <= text.length(), "empty or outside: " + segment);
            assertEquals(text.substring(segment.start(), segment.end()), segment.text());
            assertFalse(isSpace(text.charAt(segment.start())) || isSpace(text.charAt(segment.end() - 1)),
                    "not trimmed: " + segment.start());
            assertFalse(cutsAPair(text, segment.start()) || cutsAPair(text, segment.end()),
                    "cuts a surrogate pair: " + segment.start() + ".." + segment.end());
            assertOnlyWhitespace(text, previousEnd, segment.start());
            previousEnd = segment.end();
        }
        assertOnlyWhitespace(text, previousEnd, text.length());
        assertEquals(segments, analyzer.split(text), "the same text split twice");
    }

    private static void assertSentencesAreSegments(String text) {
        List<TextSegment> segments = ANALYZER.split(text);
        Article article = ANALYZER.analyze(text);
        int segment = 0;
        for (Sentence sentence : article.sentences()) {
            while (segment < segments.size() && segments.get(segment).start() < sentence.start()) {
                segment++;
            }
            assertTrue(segment < segments.size() && segments.get(segment).start() == sentence.start()
                    && segments.get(segment).end() == sentence.end(), "sentence " + sentence.index() + " is no segment");
        }
        assertEquals(segments.size(), article.sentences().size() + article.lines().size(), "sentences and lines");
    }

    private static void assertOnlyWhitespace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            assertTrue(isSpace(text.charAt(i)), "left out a non-space character at " + i);
        }
    }

    /**
     * Whitespace as the splitter trims it: Java whitespace, Unicode space separators, and NEL
     * (U+0085), which is neither but ends a line.
     */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean cutsAPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
