package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.scoring.Algorithm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd and hostile inputs, for every algorithm: the summary is well formed (valid offsets, document
 * order, budget respected, finite scores). Small inputs are files under
 * {@code src/test/resources/dev/nutshell/odd-inputs/}; large ones are generated here.
 *
 * <p>No time limit: on a shared machine a timed test fails for reasons that are not bugs. That the
 * work grows linearly is checked where it is done, by counting it (model runs, hash probes,
 * similarity products, LCS cells in the tests of those components); the time of each large input
 * is measured by {@code HostileInputBenchmark} in {@code benchmarks/}.
 */
class BadInputTest {
    private static final String RESOURCES = "/dev/nutshell/odd-inputs/";

    private static final Map<String, Supplier<String>> INPUTS = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Article> ARTICLES = new ConcurrentHashMap<>();
    private static final Map<String, Summarizer> SUMMARIZERS = new TreeMap<>();

    static {
        for (String file : List.of("empty.txt", "blank.txt", "one-sentence.txt", "no-punctuation.txt",
                "only-punctuation.txt", "only-numbers.txt", "only-stop-words.txt", "emoji-zwj-flags.txt",
                "rtl-arabic-hebrew.txt", "cjk.txt", "cr-line-ends.txt", "crlf-line-ends.txt",
                "control-characters.txt", "html-document.html", "json-document.json", "nested-brackets.txt",
                "source-code.txt", "bidi-and-zero-width.txt", "markdown-and-lists.md")) {
            INPUTS.put(file, () -> resource(file));
        }
        generated("no-space-1mb", BadInputTest::withoutSpaces);
        generated("3000-identical-sentences", () -> "The harbour reopened to small boats on Friday. ".repeat(3000));
        generated("50000-short-lines", BadInputTest::shortLines);
        generated("abbreviations-x10000", () -> "U.S. U.K. e.g. i.e. ".repeat(10_000));
        generated("nested-brackets-10000-deep", () -> "([{\"'«“".repeat(10_000) + "The harbour reopened. Boats went out."
                + "”»'\"}])".repeat(10_000));
        generated("lone-surrogates", () -> "A broken \uD83D pair sits here. A lone \uDE00 low surrogate follows. "
                + "Reversed \uDE00\uD83D halves end it.\uD83D");
        generated("sentences-of-every-length-to-400", BadInputTest::growingSentences);
        generated("letters-500kb-no-space-no-punctuation", () -> "harbourboats".repeat(500_000 / 12));
        generated("one-sentence-1mb-no-punctuation", () -> "the harbour boats storm market ".repeat(33_334));
        generated("periods-1mb", () -> ".".repeat(1_000_000));
        generated("spaced-periods-500k", () -> ". ".repeat(500_000));
        generated("question-exclamation-runs", () -> "Why?! Really?!? No!!! ".repeat(45_000));
        generated("ambiguous-abbreviations-1mb", () -> "Acme Inc. Widget Corp. Jones Ltd. Smith Bros. Plc. ".repeat(19_608));
        generated("initials-before-digits-1mb", () -> "J. 5 A. 7 B. 9 ".repeat(66_667));
        generated("lower-case-sentences-1mb", () -> "the boat left. the harbour closed. ".repeat(28_572));
        generated("lower-case-ellipses-1mb", () -> "and then... nothing more. so... ".repeat(31_250));
        generated("quotations-1mb", () -> "\"Why?\" he asked. 'Yes!' she said. “No…” ‘Maybe.’ ".repeat(20_000));
        generated("title-at-every-line-end", () -> "Mr.\n".repeat(100_000));
        generated("whitespace-of-every-kind-1mb", () -> " \t\n\r\n\u000B\f\u0085\u00A0\u2028\u2029\u3000\u202F".repeat(83_334));
        generated("random-unicode-1mb", BadInputTest::randomUnicode);
        generated("colliding-hash-words-500kb", BadInputTest::collidingWords);
        generated("item-sold-sentences-500kb", () -> items(500_000));
        generated("huge-block-then-copies-500kb", BadInputTest::hugeBlockThenCopies);
        generated("cjk-sentences-of-every-length-500k", BadInputTest::cjkSentencesOfEveryLength);
        generated("fixed-width-table-500kb", BadInputTest::fixedWidthTable);
        generated("csv-rows-500kb", () -> "2024-01-05,harbour,12.5,3\n".repeat(20_000));
        for (String algorithm : Algorithm.names()) {
            SUMMARIZERS.put(algorithm, Summarizer.builder().algorithm(algorithm).build());
        }
    }

    private static void generated(String name, Supplier<String> supplier) {
        INPUTS.put(name, supplier);
    }

    /** About 1 MB of words glued by punctuation, without a single whitespace character. */
    private static String withoutSpaces() {
        String[] words = {"harbour", "boats", "storm", "Friday", "market", "fish", "wall", "sea"};
        String glue = ".,;:-!?/";
        Random random = new Random(1);
        StringBuilder text = new StringBuilder(1_000_100);
        while (text.length() < 1_000_000) {
            text.append(words[random.nextInt(words.length)]).append(glue.charAt(random.nextInt(glue.length())));
        }
        return text.toString();
    }

    /** 50,000 short lines like "log entry 123 state storm": too short for sentences, so the lines become the candidates. */
    private static String shortLines() {
        String[] words = {"harbour", "boats", "storm", "market", "fish", "wall", "sea", "quay"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("log entry ").append(i).append(" state ").append(words[i % words.length]).append('\n');
        }
        return text.toString();
    }

    /**
     * Sentences of 1 to 400 terms, sentence k holding the first k terms of a shared vocabulary: every
     * term is shared by sentences of many different lengths, the worst case for grouping the
     * word-overlap product by sentence length (about 360 KB).
     */
    private static String growingSentences() {
        StringBuilder text = new StringBuilder();
        for (int length = 1; length <= 400; length++) {
            text.append("Start");
            for (int j = 1; j < length; j++) {
                text.append(" w").append(j);
            }
            text.append(". ");
        }
        return text.toString();
    }

    /** Sentences of words built from "an" and "c0", which have the same {@code String.hashCode}: every word collides. */
    private static String collidingWords() {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(500_100);
        while (text.length() < 500_000) {
            for (int word = 0; word < 12; word++) {
                for (int block = 0; block < 8; block++) {
                    text.append(random.nextBoolean() ? "an" : "c0");
                }
                text.append(word < 11 ? " " : ". ");
            }
        }
        return text.toString();
    }

    /** "Item 0 was sold today. Item 1 was sold today. ...": many distinct texts for the repeat check. */
    private static String items(int chars) {
        StringBuilder text = new StringBuilder(chars + 100);
        for (int i = 0; text.length() < chars; i++) {
            text.append("Item ").append(i).append(" was sold today. ");
        }
        return text.toString();
    }

    /** One unpunctuated block of distinct words over half the text, then copies of one sentence. */
    private static String hugeBlockThenCopies() {
        StringBuilder text = new StringBuilder(500_100);
        for (int word = 0; text.length() < 250_000; word++) {
            text.append('w').append(word).append(' ');
        }
        text.append(".\n\n");
        while (text.length() < 500_000) {
            text.append("The harbour reopened to small boats on Friday. ");
        }
        return text.toString();
    }

    /** CJK sentences of every length 1, 2, 3, ... sharing their ideographs: TextRank's worst case in CJK. */
    private static String cjkSentencesOfEveryLength() {
        StringBuilder text = new StringBuilder(500_100);
        for (int length = 1; text.length() < 500_000; length++) {
            for (int j = 0; j < length; j++) {
                text.append((char) ('\u4e00' + j % 500));
            }
            text.append('。');
        }
        return text.toString();
    }

    /** Rows of a fixed-width numeric table, which no sentence may glue together. */
    private static String fixedWidthTable() {
        Random random = new Random(8);
        StringBuilder text = new StringBuilder(500_100);
        for (int row = 0; text.length() < 500_000; row++) {
            text.append(String.format(java.util.Locale.ROOT, "%8d  %10.2f  %10.2f  %6d%n", row,
                    random.nextDouble() * 1e4, random.nextDouble() * 1e3, random.nextInt(1_000_000)));
        }
        return text.toString();
    }

    /** A megabyte of code units from the Basic Multilingual Plane, lone surrogates and controls included, one in twenty a space. */
    private static String randomUnicode() {
        Random random = new Random(6);
        StringBuilder text = new StringBuilder(1_000_000);
        while (text.length() < 1_000_000) {
            text.append(random.nextInt(20) == 0 ? ' ' : (char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    private static String resource(String name) {
        try (InputStream in = BadInputTest.class.getResourceAsStream(RESOURCES + name)) {
            assertNotNull(in, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String input) {
        return TEXTS.computeIfAbsent(input, name -> INPUTS.get(name).get());
    }

    /** The input analysed once: analysis does not depend on the algorithm. */
    private static Article article(String input) {
        return ARTICLES.computeIfAbsent(input, name -> SUMMARIZERS.get("lead").analyzer().analyze(text(name)));
    }

    static Stream<Arguments> inputsAndAlgorithms() {
        List<Arguments> arguments = new ArrayList<>();
        for (String input : INPUTS.keySet()) {
            for (String algorithm : SUMMARIZERS.keySet()) {
                arguments.add(Arguments.of(input, algorithm));
            }
        }
        return arguments.stream();
    }

    static List<String> algorithms() {
        return List.copyOf(SUMMARIZERS.keySet());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("inputsAndAlgorithms")
    void everyOddInputGivesAWellFormedSummary(String input, String algorithm) {
        String text = text(input);
        Summarizer summarizer = SUMMARIZERS.get(algorithm);

        assertWellFormed(text, summarizer.summarize(text, Length.sentences(3)), Length.sentences(3));
        Article article = article(input);
        for (Length length : List.of(Length.sentences(1), Length.ratio(0.1), Length.words(25), Length.chars(200))) {
            assertWellFormed(text, summarizer.summarize(article, length), length);
        }
    }

    private static void assertWellFormed(String text, Summary summary, Length length) {
        assertSame(text, summary.source());
        List<KeySentence> all = summary.articleSentences();
        int previousEnd = 0;
        int candidates = 0;
        java.util.Set<String> distinctCandidates = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            KeySentence sentence = all.get(i);
            assertEquals(i, sentence.index());
            assertTrue(sentence.start() >= previousEnd, "overlapping or out of order: " + sentence.index());
            assertTrue(sentence.end() <= text.length());
            assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
            assertTrue(Double.isFinite(sentence.score()));
            assertFalse(splitsAPair(text, sentence.start()) || splitsAPair(text, sentence.end()),
                    "cuts a surrogate pair: " + sentence.index());
            previousEnd = sentence.end();
            if (hasLetterOrDigit(sentence.text())) {
                candidates++;
                distinctCandidates.add(sentence.text().replaceAll("\\s+", ""));
            }
        }
        List<KeySentence> chosen = summary.sentences();
        long words = 0;
        long chars = -1;
        for (int i = 0; i < chosen.size(); i++) {
            KeySentence sentence = chosen.get(i);
            assertEquals(all.get(sentence.index()), sentence, "a chosen sentence is an article sentence");
            assertTrue(i == 0 || chosen.get(i - 1).index() < sentence.index(), "document order");
            assertTrue(hasLetterOrDigit(sentence.text()), "chose a sentence without letters or digits");
            words += words(sentence.text());
            chars += sentence.text().length() + 1;
        }
        if (length instanceof Length.Sentences sentences) {
            assertEquals(Math.min(sentences.count(), distinctCandidates.size()), chosen.size(), "sentence budget " + sentences.count());
        } else if (length instanceof Length.Ratio ratio) {
            assertEquals(Math.min(ratio.sentencesOf(candidates), distinctCandidates.size()), chosen.size(), "ratio " + ratio.ratio());
        } else if (length instanceof Length.Words budget) {
            assertTrue(words <= budget.count(), words + " words over a budget of " + budget.count());
        } else if (length instanceof Length.Chars budget) {
            assertTrue(Math.max(chars, 0) <= budget.count(), chars + " chars over a budget of " + budget.count());
        }
    }

    /** Words as {@link Length#words(int)} defines them: maximal runs of non-whitespace characters. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean splitsAPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    // ---- what particular inputs give -----------------------------------------------------------

    @ParameterizedTest
    @MethodSource("algorithms")
    void emptyInputGivesAnEmptySummary(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("empty.txt"), Length.sentences(3));
        assertTrue(summary.isEmpty());
        assertEquals(List.of(), summary.articleSentences());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void blankInputGivesAnEmptySummary(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("blank.txt"), Length.sentences(3));
        assertTrue(summary.isEmpty());
        assertEquals(List.of(), summary.articleSentences());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void oneSentenceGivesItself(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("one-sentence.txt"), Length.sentences(3));
        assertEquals("The harbour reopened to small boats on Friday morning.", summary.text());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void textWithoutPunctuationStillGivesASummary(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("no-punctuation.txt"), Length.sentences(3));
        assertFalse(summary.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void onlyPunctuationGivesAnEmptySummary(String algorithm) {
        assertTrue(SUMMARIZERS.get(algorithm).summarize(text("only-punctuation.txt"), Length.sentences(3)).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void onlyNumbersStillGiveASummary(String algorithm) {
        assertEquals(3, SUMMARIZERS.get(algorithm).summarize(text("only-numbers.txt"), Length.sentences(3)).sentences().size());
    }

    /** No sentence has a term left after stop-word removal; all tie, so the first three are chosen. */
    @ParameterizedTest
    @MethodSource("algorithms")
    void onlyStopWordsGiveTheFirstSentences(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("only-stop-words.txt"), Length.sentences(3));
        assertEquals(List.of(0, 1, 2), summary.sentences().stream().map(KeySentence::index).toList());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void identicalSentencesAreChosenOnlyOnce(String algorithm) {
        Summary summary = SUMMARIZERS.get(algorithm).summarize(text("3000-identical-sentences"), Length.sentences(3));
        assertEquals(3000, summary.articleSentences().size());
        assertEquals(List.of("The harbour reopened to small boats on Friday."),
                summary.sentences().stream().map(KeySentence::text).toList());
        if (!algorithm.equals("lexrank")) {
            // LexRank compares sentences at most 100 apart, so those in the middle have more links.
            assertEquals(List.of(0), summary.sentences().stream().map(KeySentence::index).toList());
        }
    }

    @Test
    void shortLinesWithoutSentencesBecomeTheCandidates() {
        assertEquals(50_000, article("50000-short-lines").sentences().size());
    }

    @Test
    void aMegabyteWithoutSpacesIsOneCandidate() {
        Summary summary = SUMMARIZERS.get("textrank").summarize(text("no-space-1mb"), Length.sentences(3));
        assertEquals(1, summary.sentences().size());
        assertEquals(text("no-space-1mb"), summary.text());
    }

    @Test
    void cjkTextIsSplitAtFullWidthStops() {
        assertTrue(article("cjk.txt").sentences().size() >= 9, "sentences: " + article("cjk.txt").sentences().size());
    }

    @Test
    void crAndCrlfLineEndsGiveTheSameSentences() {
        List<String> cr = article("cr-line-ends.txt").sentences().stream().map(s -> s.text()).toList();
        List<String> crlf = article("crlf-line-ends.txt").sentences().stream().map(s -> s.text()).toList();
        assertEquals(4, cr.size());
        assertEquals(cr, crlf);
    }

    @Test
    void whitespaceOfEveryKindIsBlank() {
        Summary summary = SUMMARIZERS.get("textrank").summarize(text("whitespace-of-every-kind-1mb"), Length.sentences(3));
        assertTrue(summary.isEmpty());
        assertEquals(List.of(), summary.articleSentences());
    }

    @Test
    void periodsAloneGiveAnEmptySummary() {
        assertTrue(SUMMARIZERS.get("textrank").summarize(text("periods-1mb"), Length.sentences(3)).isEmpty());
        assertTrue(SUMMARIZERS.get("textrank").summarize(text("spaced-periods-500k"), Length.sentences(3)).isEmpty());
    }

    @Test
    void halfAMegabyteOfLettersIsOneCandidate() {
        Summary summary = SUMMARIZERS.get("tfidf").summarize(text("letters-500kb-no-space-no-punctuation"), Length.sentences(3));
        assertEquals(text("letters-500kb-no-space-no-punctuation"), summary.text());
    }

    /**
     * "J. 5 A. 7 B. 9" repeated: the model ends a sentence after every "B." (before the digit),
     * the same verdict a megabyte into the block as at its start, whichever model run gave it.
     */
    @Test
    void initialsBeforeDigitsSplitTheSameWayAllAlong() {
        Article article = article("initials-before-digits-1mb");
        List<String> sentences = article.sentences().stream().map(s -> s.text()).toList();
        assertEquals(66_667, sentences.size());
        assertEquals("J. 5 A. 7 B.", sentences.get(0));
        assertTrue(sentences.subList(1, sentences.size()).stream().allMatch("9 J. 5 A. 7 B."::equals));
        assertEquals(List.of("9"), article.lines().stream().map(line -> line.text()).toList(), "the unpunctuated tail");
    }

    /** Lone surrogates are accepted and passed through verbatim; offsets still slice the caller's text. */
    @Test
    void loneSurrogatesPassThroughVerbatim() {
        String text = text("lone-surrogates");
        Summary summary = SUMMARIZERS.get("lead").summarize(text, Length.sentences(3));
        assertEquals(List.of("A broken \uD83D pair sits here.", "A lone \uDE00 low surrogate follows.",
                "Reversed \uDE00\uD83D halves end it.\uD83D"), summary.sentences().stream().map(KeySentence::text).toList());
    }

    @Test
    void aSurrogatePairIsNeverCutEvenAtASentenceEnd() {
        String text = "Flags end this sentence 🇺🇸. 😀 Emoji start this one. It ends with one 🎉";
        for (KeySentence sentence : SUMMARIZERS.get("lead").summarize(text, Length.sentences(5)).articleSentences()) {
            assertFalse(splitsAPair(text, sentence.start()) || splitsAPair(text, sentence.end()), sentence.text());
        }
        assertEquals(3, SUMMARIZERS.get("lead").summarize(text, Length.sentences(5)).sentences().size());
    }
}
