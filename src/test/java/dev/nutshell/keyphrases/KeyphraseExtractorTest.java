package dev.nutshell.keyphrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.article.PartOfSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
    /** The default summarizer, immutable and shared. */
    private static final Summarizer DEFAULT = Summarizer.builder().build();
    /**
     * The word graph's PageRank stops once no score moves by 1e-4; the fixed point is that close,
     * times about d / (1 − d).
     */
    private static final double ITERATION_TOLERANCE = 1e-3;

    /**
     * "a b c. c." without tags: candidates "a b c" and "c"; TextRank links adjacent words, a path
     * a — b — c. With {@code WS(i) = 0.15 + 0.85 Σ WS(j) / out(j)}: {@code WS(a) = WS(c) = 0.15 +
     * 0.425 WS(b)}, {@code WS(b) = 0.15 + 1.7 WS(a)}, so {@code WS(a) = 0.21375 / 0.2775 =
     * 0.770270…} and {@code WS(b) = 1.459459…}; "a b c" scores their sum, 3, and "c" 0.770270….
     */
    @Test
    void textRankScoresAPhraseByTheSumOfItsWordsPageRanks() {
        ArticleWords words = untagged("a b c. c.", new int[][] {{0, 0, 1}, {0, 2, 3}, {0, 4, 5}, {1, 7, 8}});

        List<Keyphrase> keyphrases = KeyphraseExtractor.of(KeyphraseRanking.TEXTRANK).extract(words, 10);

        assertEquals(List.of("a b c", "c"), keyphrases.stream().map(Keyphrase::text).toList());
        assertEquals(3.0, keyphrases.get(0).score(), ITERATION_TOLERANCE);
        assertEquals(0.21375 / 0.2775, keyphrases.get(1).score(), ITERATION_TOLERANCE);
    }

    /** "a b a": a at positions 1 and 3, b at 2; jump weights 1 + 1/3 and 1/2, scaled to sum to 2: 16/11 and 6/11. */
    @Test
    void positionRankJumpsToWordsInProportionToTheirInversePositions() {
        ArticleWords words = untagged("a b a", new int[][] {{0, 0, 1}, {0, 2, 3}, {0, 4, 5}});

        double[] weights = GraphRanker.positionWeights(Candidates.of(words, 5));

        assertEquals(16.0 / 11, weights[0], 1e-12);
        assertEquals(6.0 / 11, weights[1], 1e-12);
    }

    @Test
    void theDefaultBlendsByTheTextsLengthInWords() {
        LengthAdaptiveRanker ranker = (LengthAdaptiveRanker) KeyphraseRanking.NUTSHELL.ranker();

        assertEquals(0, ranker.longShare(Candidates.of(untaggedWords(150), 5)));
        assertEquals(0.5, ranker.longShare(Candidates.of(untaggedWords(225), 5)), 1e-12);
        assertEquals(1, ranker.longShare(Candidates.of(untaggedWords(300), 5)));
    }

    @Test
    void theDefaultTakesTheLongestRunsOfNounsAndAdjectivesBelow225Words() {
        PhraseRanker ranker = KeyphraseRanking.NUTSHELL.ranker();

        assertTrue(ranker.wantsLongestRuns(224));
        assertTrue(!ranker.wantsLongestRuns(225));
        assertTrue(!KeyphraseRanking.TEXTRANK.ranker().wantsLongestRuns(100));
    }

    /**
     * "product mass balance equation" tagged NOUN ADJ NOUN NOUN, then "systems theoretical" NOUN ADJ:
     * as noun phrases {@code ADJ* NOUN+}, "product", "mass balance equation" and "systems"; as longest
     * runs, the whole term, and "systems" (a run ends at its last noun).
     */
    @Test
    void longestRunsKeepATermWhoseNounTheTaggerCalledAnAdjective() {
        String text = "The product mass balance equation holds, systems theoretical.";
        Article article = Article.builder(text).addSentence(0, text.length(), List.of(), 8).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, true);
        Object[][] words = {
            {"The", PartOfSpeech.DET, ArticleWords.STOP_WORD}, {"product", PartOfSpeech.NOUN, 0}, {"mass", PartOfSpeech.ADJ, 0},
            {"balance", PartOfSpeech.NOUN, 0}, {"equation", PartOfSpeech.NOUN, 0}, {"holds", PartOfSpeech.VERB, 0},
            {"systems", PartOfSpeech.NOUN, ArticleWords.BOUNDARY_BEFORE}, {"theoretical", PartOfSpeech.ADJ, 0}};
        int from = 0;
        for (Object[] word : words) {
            int start = text.indexOf((String) word[0], from);
            from = start + ((String) word[0]).length();
            builder.add(0, start, from, ((String) word[0]).toLowerCase(Locale.ROOT), (PartOfSpeech) word[1], (Integer) word[2]);
        }
        ArticleWords tagged = builder.build();

        assertEquals(List.of("product", "mass balance equation", "systems"), phrases(Candidates.of(tagged, 5, false)));
        assertEquals(List.of("product mass balance equation", "systems"), phrases(Candidates.of(tagged, 5, true)));
    }

    /**
     * The default reads an abstract's title or a headline in sentence case, where it names the
     * subject, but not a title-case headline ("Solar Kites Rise Fast", news style): no phrase comes
     * from it. The published rankings read every headline.
     */
    @Test
    void theDefaultDoesNotReadATitleCaseHeadline() {
        KeyphraseExtractor extractor = KeyphraseExtractor.create();
        String shortBody = "wind farms grow. wind farms pay. solar kites sail.";
        String longBody = "wind farms grow. ".repeat(100) + "solar kites sail.";

        assertEquals(Set.of("Solar kites rise", "wind farms", "solar kites sail"),
                texts(extractor.extract(withHeadline("Solar kites rise", shortBody), 10)));
        assertEquals(Set.of("wind farms", "solar kites sail"),
                texts(extractor.extract(withHeadline("Solar Kites Rise Fast", shortBody), 10)));
        assertEquals(Set.of("Solar Kites", "wind farms", "solar kites sail"),
                texts(extractor.extract(withHeadline("Solar Kites", shortBody), 10)), "two words are no title case");
        ArticleWords longText = withHeadline("Solar Kites Rise Fast", longBody);
        assertTrue(longText.size() >= 300, "a long text, ranked as news");
        assertEquals(Set.of("wind farms", "solar kites sail"), texts(extractor.extract(longText, 10)));
        assertTrue(texts(extractor.extract(withHeadline("Solar kites rise", longBody), 10)).contains("Solar kites rise"));
        assertTrue(texts(KeyphraseExtractor.of(KeyphraseRanking.TEXTRANK).extract(withHeadline("Solar Kites Rise Fast",
                shortBody), 10)).contains("Solar Kites Rise Fast"), "the published rankings read every headline");
        assertEquals(Set.of("Solar Kites Rise Fast"), texts(extractor.extract(withHeadline("Solar Kites Rise Fast",
                "grow pay."), 10)), "a body without a candidate: the headline rather than nothing");
    }

    /**
     * A title before a name ("Mr", with or without its period) or a Latin abbreviation (the
     * language's abbreviations that never end a sentence) is in no keyphrase: the name is.
     */
    @Test
    void noKeyphraseHoldsATitleBeforeAName() {
        String text = "Mr Lewis Preston, the World Bank president, met Dr. Ruth Okafor in Geneva. Mr Preston said the "
                + "bank would lend more to poor countries, e.g. Chad. Dr. Okafor praised Mr Preston and the bank's plan.";

        List<String> keyphrases = defaultKeyphrases(text);

        assertContainsAll(keyphrases, "Lewis Preston", "Ruth Okafor");
        assertNoKeyphraseHolds(keyphrases, Set.of("mr", "dr", "e.g"));
        ArticleWords words = DEFAULT.analyzer().words(DEFAULT.analyzer().analyze(text));
        assertTrue(words.isStopWord(0), "Mr");
    }

    /**
     * A generic modifier ("new", "great") capitalised inside a sentence is part of a name and
     * stays in its phrase; lower-case, or first in its sentence, it is dropped from the front.
     */
    @Test
    void aCapitalisedGenericModifierInsideASentenceBelongsToAName() {
        List<String> keyphrases = defaultKeyphrases("Flooding hit the New York subway system and Great Britain. New "
                + "rail tunnels were closed. Engineers tried a new drainage method on the New York subway system.");

        assertContainsAll(keyphrases, "New York subway system", "Great Britain", "drainage method", "rail tunnels");
    }

    /**
     * An initial's period does not cut a name ("George W. Bush"); a capital letter whose period
     * ends the sentence, or that a lower-case word follows, stays a word of its own.
     */
    @Test
    void anInitialKeepsANameWhole() {
        List<String> keyphrases = defaultKeyphrases("President George W. Bush met Agriculture Secretary Richard E. Lyng "
                + "in Washington. The farm plan got grade A. then the vote came. Critics preferred Plan B.");

        assertContainsAll(keyphrases, "President George W. Bush", "Agriculture Secretary Richard E. Lyng");
        assertTrue(keyphrases.stream().noneMatch(keyphrase -> keyphrase.endsWith(".")), keyphrases::toString);
    }

    /** A day of the week or "today", "yesterday", which date a story's events, is in no keyphrase. */
    @Test
    void noKeyphraseHoldsTheDayOfAnEvent() {
        List<String> keyphrases = defaultKeyphrases("The German government yesterday approved a steel subsidy. Union "
                + "leaders met President Clinton Wednesday to discuss the steel subsidy, and steel workers marched in "
                + "Bonn today. The steel subsidy goes to parliament Monday night.");

        assertContainsAll(keyphrases, "German government", "President Clinton");
        assertNoKeyphraseHolds(keyphrases, Set.of("yesterday", "today", "wednesday", "monday"));
    }

    /** Tags given by hand: noun phrases, a compound as a noun, a generic modifier dropped from the start. */
    @Test
    void candidatesAreNounPhrasesWithoutGenericModifiersInFront() {
        String text = "New regulatory compliance units help the dot-com firms run.";
        Article article = Article.builder(text).addSentence(0, text.length(), List.of(), 10).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, true);
        Object[][] words = {
            {"New", "new", PartOfSpeech.ADJ, ArticleWords.GENERIC_MODIFIER}, {"regulatory", "regulatori", PartOfSpeech.ADJ, 0},
            {"compliance", "complianc", PartOfSpeech.NOUN, 0}, {"units", "unit", PartOfSpeech.NOUN, 0},
            {"help", "help", PartOfSpeech.VERB, 0}, {"the", "the", PartOfSpeech.DET, ArticleWords.STOP_WORD},
            {"dot-com", "dot-com", PartOfSpeech.ADJ, 0}, {"firms", "firm", PartOfSpeech.NOUN, 0},
            {"run", "run", PartOfSpeech.VERB, 0}};
        int from = 0;
        for (Object[] word : words) {
            int start = text.indexOf((String) word[0], from);
            from = start + ((String) word[0]).length();
            builder.add(0, start, from, (String) word[1], (PartOfSpeech) word[2], (Integer) word[3]);
        }

        List<Keyphrase> keyphrases = KeyphraseExtractor.create().extract(builder.build(), 10);

        assertEquals(Set.of("regulatory compliance units", "dot-com firms"),
                Set.copyOf(keyphrases.stream().map(Keyphrase::text).toList()));
    }

    @Test
    void everyOccurrenceIsGivenWithItsOffsetsAndTheTextAvoidsASentenceStart() {
        String text = "Neural networks learn from data. A neural network is a model of the brain. "
                + "Researchers train the neural networks on images.";
        Keyphrase network = Summarizer.builder().build().keyphrases(text, 10).stream()
                .filter(keyphrase -> keyphrase.text().equalsIgnoreCase("neural network")).findFirst().orElseThrow();

        assertEquals("neural network", network.text());
        assertEquals(List.of(new Keyphrase.Occurrence(0, 15), new Keyphrase.Occurrence(35, 49),
                new Keyphrase.Occurrence(text.indexOf("neural networks on"), text.indexOf(" on images"))), network.occurrences());
    }

    @Test
    void withoutATaggerPhrasesAreTheRunsBetweenStopWordsAndPunctuation() {
        String text = "Solar panels, wind turbines and heat pumps.";
        Article article = Article.builder(text).addSentence(0, text.length(), List.of(), 7).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, false);
        int from = 0;
        for (String word : List.of("Solar", "panels", "wind", "turbines", "and", "heat", "pumps")) {
            int start = text.indexOf(word, from);
            from = start + word.length();
            int flags = (word.equals("and") ? ArticleWords.STOP_WORD : 0) | (word.equals("wind") ? ArticleWords.BOUNDARY_BEFORE : 0);
            builder.add(0, start, from, word.toLowerCase(Locale.ROOT), PartOfSpeech.UNKNOWN, flags);
        }

        List<Keyphrase> keyphrases = KeyphraseExtractor.create().extract(builder.build(), 10);

        assertEquals(Set.of("Solar panels", "wind turbines", "heat pumps"), Set.copyOf(keyphrases.stream().map(Keyphrase::text).toList()));
    }

    /**
     * "Hurricane Gilbert's." then "Then Hurricane Gilbert." (untagged, "then" a stop word): one phrase
     * with two occurrences, shown as the second, which neither ends with a possessive nor starts a
     * sentence; "Then Exxon's." has only a possessive occurrence, shown without its {@code 's}, its
     * offsets still those of the words as written.
     */
    @Test
    void theTextOfAPhraseAvoidsAndOtherwiseLeavesOutAPossessiveEnding() {
        String text = "Hurricane Gilbert's. Then Hurricane Gilbert. Then Exxon\u2019s.";
        Article article = Article.builder(text).addSentence(0, 20, List.of(), 2).addSentence(21, 44, List.of(), 3)
                .addSentence(45, text.length(), List.of(), 2).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, false);
        int from = 0;
        int sentence = 0;
        for (String word : List.of("Hurricane", "Gilbert's", "Then", "Hurricane", "Gilbert", "Then", "Exxon\u2019s")) {
            int start = text.indexOf(word, from);
            from = start + word.length();
            sentence += word.equals("Then") ? 1 : 0;
            String key = word.toLowerCase(Locale.ROOT).replace("'s", "").replace("\u2019s", "");
            builder.add(sentence, start, from, key, PartOfSpeech.UNKNOWN, word.equals("Then") ? ArticleWords.STOP_WORD : 0);
        }

        List<Keyphrase> keyphrases = KeyphraseExtractor.create().extract(builder.build(), 10);

        assertEquals(List.of(new Keyphrase("Hurricane Gilbert", keyphrases.get(0).score(),
                        List.of(new Keyphrase.Occurrence(0, 19), new Keyphrase.Occurrence(26, 43))),
                new Keyphrase("Exxon", keyphrases.get(1).score(), List.of(new Keyphrase.Occurrence(50, 57)))), keyphrases);
    }

    /**
     * Tagged by hand as the tagger errs: "devastating" a verb after a determiner is a modifier;
     * "combining", a noun in -ing after an adposition at the start of a run, a gerund, is no part
     * of the phrase.
     */
    @Test
    void aParticipleAfterADeterminerModifiesAndAGerundAfterAnAdpositionDoesNot() {
        String text = "The devastating storms ended by combining forces.";
        Article article = Article.builder(text).addSentence(0, text.length(), List.of(), 7).build();
        ArticleWords.Builder builder = ArticleWords.builder(article, true);
        int from = 0;
        List<PartOfSpeech> tags = List.of(PartOfSpeech.DET, PartOfSpeech.VERB, PartOfSpeech.NOUN, PartOfSpeech.VERB,
                PartOfSpeech.ADP, PartOfSpeech.NOUN, PartOfSpeech.NOUN);
        List<String> written = List.of("The", "devastating", "storms", "ended", "by", "combining", "forces");
        for (int word = 0; word < written.size(); word++) {
            int start = text.indexOf(written.get(word), from);
            from = start + written.get(word).length();
            int flags = word == 0 || word == 4 ? ArticleWords.STOP_WORD : 0;
            builder.add(0, start, from, written.get(word).toLowerCase(Locale.ROOT), tags.get(word), flags);
        }

        List<Keyphrase> keyphrases = KeyphraseExtractor.of(KeyphraseRanking.TEXTRANK).extract(builder.build(), 10);

        assertEquals(Set.of("devastating storms", "forces"), Set.copyOf(keyphrases.stream().map(Keyphrase::text).toList()));
    }

    /** An analyzer of a language it knows nothing of: runs between punctuation, in pieces of at most 5 words. */
    @Test
    void theLanguageFreeDefaultCutsAtPunctuationOnly() {
        Summarizer summarizer = Summarizer.builder().analyzer(new UntaggedEnglish()).build();

        List<Keyphrase> keyphrases = summarizer.keyphrases("Solar panels, wind turbines and heat pumps cut carbon emissions.", 10);

        assertEquals(Set.of("Solar panels", "wind turbines and heat pumps", "cut carbon emissions"),
                Set.copyOf(keyphrases.stream().map(Keyphrase::text).toList()));
    }

    @Test
    void theSameTextGivesTheSameKeyphrasesFromManyThreads() throws Exception {
        Summarizer summarizer = Summarizer.builder().build();
        String text = "The city council voted to turn the abandoned rail yard into a public park. "
                + "The park will have walking trails and a playground. The rail yard closed in 1990.";
        List<Keyphrase> expected = summarizer.keyphrases(text, 5);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Keyphrase>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(threads.submit(() -> summarizer.keyphrases(text, 5)));
            }
            for (Future<List<Keyphrase>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void blankTextHasNoKeyphrasesAndACountBelowOneIsRejected() {
        Summarizer summarizer = Summarizer.builder().build();

        assertEquals(List.of(), summarizer.keyphrases("", 5));
        assertEquals(List.of(), summarizer.keyphrases("  \n ", 5));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> summarizer.keyphrases("Park.", 0));
        assertEquals("count must be >= 1, was 0", error.getMessage());
    }

    @Test
    void aHugeSentenceIsTaggedInRunsAndEveryOccurrenceFound() {
        String text = "solar panel ".repeat(5_000).trim() + ".";

        List<Keyphrase> keyphrases = Summarizer.builder().build().keyphrases(text, 3);

        assertTrue(keyphrases.stream().mapToInt(keyphrase -> keyphrase.occurrences().size()).sum() >= 1000, keyphrases::toString);
    }

    @Test
    void rankingsAreNamedValues() {
        assertEquals(KeyphraseRanking.POSITIONRANK, KeyphraseRanking.named("PositionRank"));
        assertEquals(List.of("nutshell", "positionrank", "singlerank", "textrank"), KeyphraseRanking.names());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> KeyphraseRanking.named("yake"));
        assertEquals("unknown keyphrase ranking 'yake', expected one of nutshell, positionrank, singlerank, textrank",
                error.getMessage());
    }

    @Test
    void containmentIsARunOfConsecutiveWords() {
        assertTrue(KeyphraseExtractor.contains(new int[] {1, 2, 3}, new int[] {2, 3}));
        assertTrue(!KeyphraseExtractor.contains(new int[] {1, 2, 3}, new int[] {1, 3}));
    }

    /**
     * Occurrences with the same words are one candidate, every occurrence is kept in order, and
     * candidates are numbered by first occurrence: on long random texts of a few words, so that
     * phrases repeat and their table grows.
     */
    @Test
    void candidatesGroupEveryOccurrenceOfTheSameWords() {
        java.util.Random random = new java.util.Random(3);
        String[] vocabulary = {"a", "b", "c", "d", "the"};
        for (int run = 0; run < 20; run++) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int word = 0; word < 3_000; word++) {
                String chosen = vocabulary[random.nextInt(vocabulary.length)];
                spans.add(new int[] {0, text.length(), text.length() + chosen.length()});
                text.append(chosen).append(' ');
            }
            Article.Builder article = Article.builder(text.toString());
            article.addSentence(0, text.length() - 1, List.of(), 1);
            Article built = article.build();
            ArticleWords.Builder builder = ArticleWords.builder(built, false);
            int pieces = 0;
            int runLength = 0;
            for (int[] span : spans) {
                String word = text.substring(span[1], span[2]);
                boolean stop = word.equals("the");
                builder.add(0, span[1], span[2], word, PartOfSpeech.UNKNOWN, stop ? ArticleWords.STOP_WORD : 0);
                runLength = stop ? 0 : runLength + 1;
                pieces += runLength % 3 == 1 ? 1 : 0; // runs are cut into pieces of at most 3 words
            }
            Candidates candidates = Candidates.of(builder.build(), 3);

            int occurrences = 0;
            for (int p = 0; p < candidates.size(); p++) {
                int[] nodes = candidates.phraseNodes.get(p);
                int[] starts = candidates.phraseStarts.get(p);
                assertEquals(starts.length, candidates.occurrences(p));
                for (int k = 0; k < starts.length; k++) {
                    assertTrue(k == 0 || starts[k] > starts[k - 1]);
                    assertTrue(java.util.Arrays.equals(nodes, 0, nodes.length, candidates.wordNode, starts[k], starts[k] + nodes.length));
                }
                assertTrue(p == 0 || starts[0] > candidates.phraseStarts.get(p - 1)[0], "numbered by first occurrence");
                for (int q = 0; q < p; q++) {
                    assertTrue(!java.util.Arrays.equals(nodes, candidates.phraseNodes.get(q)), "one candidate per sequence");
                }
                occurrences += starts.length;
            }
            assertEquals(pieces, occurrences);
            assertTrue(candidates.size() > 64, "the phrase table grew: " + candidates.size());
        }
    }

    /** The candidates' texts, from their first occurrences, in order of first occurrence. */
    private static List<String> phrases(Candidates candidates) {
        List<String> phrases = new ArrayList<>();
        String text = candidates.words.article().text();
        for (int phrase = 0; phrase < candidates.size(); phrase++) {
            int first = candidates.phraseStarts.get(phrase)[0];
            int last = first + candidates.phraseNodes.get(phrase).length - 1;
            phrases.add(text.substring(candidates.words.start(first), candidates.words.end(last)));
        }
        return phrases;
    }

    /**
     * The untagged words of a headline and a body of sentences ending in ". ", runs of letters
     * keyed by their lower case, "grow" and "pay" stop words.
     */
    private static ArticleWords withHeadline(String headline, String body) {
        String text = headline + "\n\n" + body;
        Article.Builder article = Article.builder(text).addHeadline(0, headline.length());
        List<int[]> sentences = new ArrayList<>();
        for (int start = headline.length() + 2, index = 0; start < text.length(); index++) {
            int end = text.indexOf('.', start) + 1;
            article.addSentence(start, end, List.of(), 1);
            sentences.add(new int[] {index, start, end});
            start = end + 1;
        }
        sentences.add(0, new int[] {ArticleWords.HEADLINE, 0, headline.length()});
        ArticleWords.Builder words = ArticleWords.builder(article.build(), false);
        for (int[] sentence : sentences) {
            Matcher word = Pattern.compile("\\p{L}+").matcher(text)
                    .region(sentence[1], sentence[2]);
            while (word.find()) {
                String key = word.group().toLowerCase(Locale.ROOT);
                words.add(sentence[0], word.start(), word.end(), key, PartOfSpeech.UNKNOWN,
                        Set.of("grow", "pay").contains(key) ? ArticleWords.STOP_WORD : 0);
            }
        }
        return words.build();
    }

    /** The default summarizer's 20 best keyphrases of a text, as written. */
    private static List<String> defaultKeyphrases(String text) {
        return DEFAULT.keyphrases(text, 20).stream().map(Keyphrase::text).toList();
    }

    private static void assertContainsAll(List<String> keyphrases, String... expected) {
        for (String keyphrase : expected) {
            assertTrue(keyphrases.contains(keyphrase), () -> keyphrase + " missing from " + keyphrases);
        }
    }

    /** No keyphrase holds any of the words, compared in lower case. */
    private static void assertNoKeyphraseHolds(List<String> keyphrases, Set<String> lowerCaseWords) {
        for (String keyphrase : keyphrases) {
            for (String word : keyphrase.toLowerCase(Locale.ROOT).split(" ")) {
                assertTrue(!lowerCaseWords.contains(word), () -> keyphrase + " in " + keyphrases);
            }
        }
    }

    private static Set<String> texts(List<Keyphrase> keyphrases) {
        return Set.copyOf(keyphrases.stream().map(Keyphrase::text).toList());
    }

    /** Words given as {sentence, start, end}, keyed by their lower-cased text, untagged. */
    private static ArticleWords untagged(String text, int[][] words) {
        Article.Builder article = Article.builder(text);
        int sentences = words[words.length - 1][0] + 1;
        int start = 0;
        for (int sentence = 0; sentence < sentences; sentence++) {
            int end = text.indexOf('.', start) < 0 ? text.length() : text.indexOf('.', start) + 1;
            article.addSentence(start, end, List.of(), 1);
            start = end + 1;
        }
        Article built = article.build();
        ArticleWords.Builder builder = ArticleWords.builder(built, false);
        for (int[] word : words) {
            builder.add(word[0], word[1], word[2], text.substring(word[1], word[2]), PartOfSpeech.UNKNOWN, 0);
        }
        return builder.build();
    }

    private static ArticleWords untaggedWords(int count) {
        String text = "w ".repeat(count).trim();
        int[][] words = new int[count][];
        for (int i = 0; i < count; i++) {
            words[i] = new int[] {0, 2 * i, 2 * i + 1};
        }
        return untagged(text, words);
    }

    /** The English analyzer with the default, language-free words: no tags, no stems, no stop words. */
    private static final class UntaggedEnglish implements dev.nutshell.text.TextAnalyzer {
        private final dev.nutshell.text.TextAnalyzer english = dev.nutshell.text.TextAnalyzer.english();

        @Override
        public List<dev.nutshell.text.TextSegment> split(String text) {
            return english.split(text);
        }

        @Override
        public Article analyze(String text) {
            return english.analyze(text);
        }

        @Override
        public Article analyze(List<String> sentences) {
            return english.analyze(sentences);
        }
    }
}
