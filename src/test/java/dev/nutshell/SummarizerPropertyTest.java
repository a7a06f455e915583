package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.scoring.Algorithm;
import dev.nutshell.text.HostileText;
import dev.nutshell.text.PropertyCheck;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of every summary, over random and adversarial text with random budgets of every kind
 * and every algorithm (fixed seeds, bounded tries): nothing is thrown; every sentence is the
 * verbatim slice of the source its offsets name, never cutting a surrogate pair; article sentences
 * are in document order without overlap; chosen sentences are article sentences in document order,
 * each with a letter or digit and no two alike; the budget is respected; scores are finite; the
 * same input gives the same summary.
 */
class SummarizerPropertyTest {
    private static final Map<String, Summarizer> SUMMARIZERS = new TreeMap<>();

    static {
        for (String algorithm : Algorithm.names()) {
            SUMMARIZERS.put(algorithm, Summarizer.builder().algorithm(algorithm).build());
        }
    }

    @Test
    void arbitraryUnicodeGivesWellFormedSummaries() {
        checkText(701L, 1_000, random -> HostileText.anyUnicode(random, 2_000));
    }

    @Test
    void sentenceLikeTextGivesWellFormedSummaries() {
        checkText(702L, 1_000, random -> HostileText.sentenceLike(random, 40));
    }

    @Test
    void preSplitSentencesGiveWellFormedSummaries() {
        Random seeds = new Random(PropertyCheck.seed(703L));
        for (int i = 0, tries = PropertyCheck.tries(1_000); i < tries; i++) {
            long seed = seeds.nextLong();
            Random random = new Random(seed);
            List<String> sentences = HostileText.preSplit(random);
            Length length = anyLength(random);
            Summarizer summarizer = anySummarizer(random);
            try {
                Summary summary = summarizer.summarize(sentences, length);
                assertWellFormed(String.join("\n", sentences), summary, length);
                assertEquals(sentences, summary.articleSentences().stream().map(KeySentence::text).toList());
                assertEquals(summary, summarizer.summarize(sentences, length), "the same input twice");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("try " + i + " (seed " + seed + ") with " + summarizer + " and " + length
                        + " failed on " + sentences.stream().map(PropertyCheck::escape).toList(), e);
            }
        }
    }

    private static void checkText(long seed, int tries, Function<Random, String> generator) {
        PropertyCheck.forAllTexts(seed, tries, generator, (trySeed, text) -> {
            Random random = new Random(trySeed);
            Length length = anyLength(random);
            Summarizer summarizer = anySummarizer(random);
            Summary summary = summarizer.summarize(text, length);
            assertSame(text, summary.source());
            assertWellFormed(text, summary, length);
            assertEquals(summary, summarizer.summarize(text, length), "the same input twice with " + summarizer);
        });
    }

    /** A budget of any kind, with values from the smallest valid one to the largest. */
    static Length anyLength(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Length.sentences(random.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(12));
            case 1 -> Length.ratio(random.nextInt(10) == 0 ? 1e-9 : 1 - random.nextDouble()); // in (0, 1]
            case 2 -> Length.words(random.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(150));
            default -> Length.chars(random.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(1_500));
        };
    }

    private static Summarizer anySummarizer(Random random) {
        List<Summarizer> summarizers = List.copyOf(SUMMARIZERS.values());
        return summarizers.get(random.nextInt(summarizers.size()));
    }

    static void assertWellFormed(String source, Summary summary, Length length) {
        assertEquals(source, summary.source());
        List<KeySentence> all = summary.articleSentences();
        int previousEnd = 0;
        int selectable = 0;
        for (int i = 0; i < all.size(); i++) {
            KeySentence sentence = all.get(i);
            assertEquals(i, sentence.index(), "article sentences are indexed in order");
            assertTrue(sentence.start() >= previousEnd, "overlapping or out of order: " + i);
            assertEquals(source.substring(sentence.start(), sentence.end()), sentence.text());
            assertTrue(Double.isFinite(sentence.score()), "score " + sentence.score());
            assertFalse(cutsAPair(source, sentence.start()) || cutsAPair(source, sentence.end()), "cuts a pair: " + i);
            previousEnd = sentence.end();
            selectable += hasLetterOrDigit(sentence.text()) ? 1 : 0;
        }
        List<KeySentence> chosen = summary.sentences();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            KeySentence sentence = chosen.get(i);
            assertEquals(all.get(sentence.index()), sentence, "a chosen sentence is an article sentence");
            assertTrue(i == 0 || chosen.get(i - 1).index() < sentence.index(), "document order");
            assertTrue(hasLetterOrDigit(sentence.text()), "chose a sentence without a letter or digit");
            assertTrue(texts.add(withoutWhitespace(sentence.text())), "chose the same text twice");
        }
        assertWithinBudget(chosen, length, selectable);
    }

    private static void assertWithinBudget(List<KeySentence> chosen, Length length, int selectable) {
        long words = chosen.stream().mapToLong(sentence -> words(sentence.text())).sum();
        long chars = chosen.stream().mapToLong(sentence -> sentence.text().length() + 1L).sum() - 1;
        if (length instanceof Length.Sentences sentences) {
            assertTrue(chosen.size() <= sentences.count(), chosen.size() + " sentences for " + length);
        } else if (length instanceof Length.Ratio ratio) {
            assertTrue(chosen.size() <= ratio.sentencesOf(selectable), chosen.size() + " sentences for " + length);
        } else if (length instanceof Length.Words budget) {
            assertTrue(words <= budget.count(), words + " words for " + length);
        } else if (length instanceof Length.Chars budget) {
            assertTrue(Math.max(chars, 0) <= budget.count(), chars + " chars for " + length);
        }
    }

    /** Words as {@link Length#words(int)} counts them: runs of non-whitespace characters. */
    private static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static String withoutWhitespace(String text) {
        StringBuilder key = new StringBuilder();
        text.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(c -> key.append((char) c));
        return key.toString();
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean cutsAPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
