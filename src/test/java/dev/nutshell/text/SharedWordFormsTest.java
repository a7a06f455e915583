package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.api.Test;

/** The word forms an analyzer's workers share: on its own, and behind the workers' own caches from many threads. */
class SharedWordFormsTest {
    private static WordForms.Form form(String token) {
        return new WordForms.Form(token.toLowerCase(), 0, false, false, token, null, 0, NeighbourWeights.NONE, 0, 0, 0, 0, 0);
    }

    @Test
    void aFormAddedIsFoundByItsCharactersAndNoOther() {
        SharedWordForms forms = new SharedWordForms(8);
        WordForms.Form apple = form("Apple");
        forms.add("Apple", apple);
        assertSame(apple, forms.find(new String(new char[] {'A', 'p', 'p', 'l', 'e'})));
        assertNull(forms.find("apple"));
        assertNull(forms.find("Apples"));
        assertNull(forms.find(""));
    }

    /** Generations of 4: a form used in the last generation stays, one unused for two is dropped, and no more than two generations are held. */
    @Test
    void aFormUsedInTheLastGenerationStaysAndOneUnusedForTwoIsDropped() {
        SharedWordForms forms = new SharedWordForms(4);
        WordForms.Form kept = form("kept");
        forms.add("kept", kept);
        forms.add("dropped", form("dropped"));
        for (int word = 0; word < 8; word++) {
            forms.add("w" + word, form("w" + word));
            if (word == 3) {
                assertSame(kept, forms.find("kept")); // in the older generation: added to the recent one
            }
            assertTrue(forms.size() <= 8, "forms held: " + forms.size());
        }
        assertSame(kept, forms.find("kept"));
        assertNull(forms.find("dropped"));
        assertNull(forms.find("w0"));
        assertEquals("w7", forms.find("w7").key());
    }

    /** 100,000 distinct forms through generations of 1,000: memory stays bounded by the generations, not by the forms seen. */
    @Test
    void theFormsHeldAreBoundedByTwoGenerations() {
        SharedWordForms forms = new SharedWordForms(1_000);
        for (int word = 0; word < 100_000; word++) {
            forms.add("w" + word, form("w" + word));
        }
        assertTrue(forms.size() <= 2_000, "forms held: " + forms.size());
        assertEquals("w99999", forms.find("w99999").key());
        assertNull(forms.find("w0"));
    }

    /** A second worker reading the same article analyses no form again: it finds them all among the first one's. */
    @Test
    void aWorkerFindsTheFormsAnotherWorkerAnalysed() {
        StandardTextAnalyzer analyzer = StandardTextAnalyzer.shared();
        Article article = analyzer.analyze("The biggest oil spill in U.S. history fouled 1,300 miles of Alaska's coastline. "
                + "Exxon said the cleanup of Prince William Sound would cost the company $2.5 billion.");
        WordReader reader = new WordReader(Set.of("the", "of", "in", "would"), Set.of("biggest"), Set.of(), word -> false);
        AnalysisWorker first = new AnalysisWorker(null, SnowballStemmer.ALGORITHM.ENGLISH);
        AnalysisWorker second = new AnalysisWorker(null, SnowballStemmer.ALGORITHM.ENGLISH);
        String read = describe(reader.tagged(article, first));
        assertTrue(first.formsAnalysed >= 25, "forms analysed: " + first.formsAnalysed);
        assertEquals(read, describe(reader.tagged(article, second)));
        assertEquals(0, second.formsAnalysed);
        AnalysisWorker alone = new AnalysisWorker(null, SnowballStemmer.ALGORITHM.ENGLISH);
        WordReader other = new WordReader(Set.of("the", "of", "in", "would"), Set.of("biggest"), Set.of(), word -> false);
        assertEquals(read, describe(other.tagged(article, alone)));
        assertEquals(first.formsAnalysed, alone.formsAnalysed, "another reader shares nothing with the first");
    }

    /**
     * Eight threads adding and finding forms through generations of 64 at once: every form found
     * is the one for its characters, and no more than two generations and a form per thread are held.
     */
    @Test
    void threadsChangingGenerationsAtOnceFindOnlyTheirOwnForms() throws Exception {
        SharedWordForms forms = new SharedWordForms(64);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> found = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                Random random = new Random(thread);
                found.add(pool.submit(() -> {
                    start.await();
                    int hits = 0;
                    for (int step = 0; step < 20_000; step++) {
                        String token = "w" + random.nextInt(200);
                        WordForms.Form form = forms.find(token);
                        if (form == null) {
                            forms.add(token, form(token));
                        } else {
                            assertEquals(token, form.token());
                            hits++;
                        }
                        assertTrue(forms.size() <= 2 * 64 + 2 * threads, "forms held: " + forms.size());
                    }
                    return hits;
                }));
            }
            for (Future<Integer> hits : found) {
                assertTrue(hits.get(5, TimeUnit.MINUTES) > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Eight threads reading the words of the same articles in different orders, with one
     * analyzer's shared forms filled by all of them at once and thousands of other words in
     * between, get exactly the words a single thread gets from a fresh analyzer.
     */
    @Test
    void threadsSharingTheFormsReadTheWordsOneThreadReads() throws Exception {
        List<String> texts = texts();
        StandardTextAnalyzer alone = StandardTextAnalyzer.shared().withMaxIdleWorkers(1);
        List<String> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(describe(alone.words(alone.analyze(text))));
        }
        StandardTextAnalyzer analyzer = StandardTextAnalyzer.shared().withMaxIdleWorkers(8);
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                List<Integer> order = new ArrayList<>();
                for (int text = 0; text < texts.size(); text++) {
                    order.add(text);
                }
                Collections.shuffle(order, new Random(thread));
                results.add(pool.submit(() -> {
                    start.await();
                    String[] words = new String[texts.size()];
                    for (int text : order) {
                        words[text] = describe(analyzer.words(analyzer.analyze(texts.get(text))));
                    }
                    return List.of(words);
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** News-like sentences, and among them many words each text has on its own, so that forms come and go. */
    private static List<String> texts() {
        String[] sentences = {
            "The biggest oil spill in U.S. history fouled 1,300 miles of Alaska's coastline.",
            "Exxon said the cleanup of Prince William Sound would cost the company $2.5 billion.",
            "Shares in Acme Inc. rose 4% on Monday after the board approved a new plan.",
            "Fishermen in Cordova don't expect the herring to come back this year.",
            "THE MAYOR'S OFFICE DELAYED THE VOTE, citing the storm.",
        };
        Random random = new Random(16);
        List<String> texts = new ArrayList<>();
        for (int text = 0; text < 60; text++) {
            StringBuilder builder = new StringBuilder();
            for (int sentence = 0; sentence < 12; sentence++) {
                builder.append(sentences[random.nextInt(sentences.length)]).append(' ');
                builder.append("Officials from Town").append(text * 1_000 + sentence).append(" met Ms. Name")
                        .append(random.nextInt(5_000)).append(" at the Hall").append(random.nextInt(300)).append(". ");
            }
            texts.add(builder.toString());
        }
        return texts;
    }

    /** Everything keyphrases read of each word. */
    private static String describe(ArticleWords words) {
        StringBuilder description = new StringBuilder();
        for (int word = 0; word < words.size(); word++) {
            description.append(words.key(word)).append('/').append(words.partOfSpeech(word))
                    .append(words.isStopWord(word) ? "s" : "").append(words.isCommon(word) ? "c" : "")
                    .append(words.isGenericModifier(word) ? "g" : "").append(words.boundaryBefore(word) ? "b" : "")
                    .append(' ');
        }
        return description.toString();
    }
}
