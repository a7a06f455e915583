package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.scoring.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sixteen threads sharing one summarizer get exactly what one thread gets: the analyzer pools its
 * non-thread-safe OpenNLP detectors and stemmers, and nothing else may leak between calls.
 *
 * <p>3,000 generated articles; the threads take summarizing jobs from one shared queue in which
 * every article appears twice, so each article is summarized by two threads at different moments,
 * next to whatever the other threads are doing, and both results must equal the single-threaded one.
 */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final int ARTICLES = 3_000;
    private static final int RUNS_PER_ARTICLE = 2;

    /** One request: raw text or pre-split sentences, and a budget. */
    private record Request(String text, List<String> sentences, Length length) {
        Summary run(Summarizer summarizer) {
            return text != null ? summarizer.summarize(text, length) : summarizer.summarize(sentences, length);
        }
    }

    private static final String[] SUBJECTS = {"The council", "A spokesman for Acme Inc.", "Dr. Patel", "The harbour master",
        "Local shop owners", "The U.S. embassy", "Engineers from Smith Bros.", "Mrs. O'Brien", "The ferry company",
        "Fishermen", "The mayor's office", "Residents of St. Ives"};
    private static final String[] VERBS = {"approved", "rejected", "questioned", "welcomed", "delayed", "announced",
        "criticised", "funded", "reviewed", "postponed"};
    private static final String[] OBJECTS = {"the new bridge", "a plan to dredge the harbour", "the budget for 2025",
        "repairs to the sea wall", "longer opening hours", "a fund for small shops", "the ferry timetable",
        "an inquiry into the storm damage", "the sale of the old quay", "new parking rules"};
    private static final String[] TAILS = {"on Monday", "after a long debate", "at 3 p.m. on Friday",
        "despite protests", "for the third time", "with a vote of 7 to 2", "in a statement", "", "e.g. by email",
        "according to the Gazette"};
    private static final String[] ENDINGS = {".", ".", ".", "!", "?", "…", ".\"", ".)"};

    private static final List<Request> REQUESTS = requests();

    /** Varied original articles from a fixed seed: headlines, bylines, abbreviations, CRLF, emoji, pre-split lists. */
    private static List<Request> requests() {
        Random random = new Random(2024);
        List<Request> requests = new ArrayList<>();
        for (int a = 0; a < ARTICLES; a++) {
            int sentenceCount = 1 + random.nextInt(25);
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < sentenceCount; s++) {
                String tail = TAILS[random.nextInt(TAILS.length)];
                String sentence = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                        + OBJECTS[random.nextInt(OBJECTS.length)] + (tail.isEmpty() ? "" : " " + tail)
                        + ENDINGS[random.nextInt(ENDINGS.length)];
                if (random.nextInt(10) == 0) {
                    sentence = "😀 " + sentence;
                }
                sentences.add(sentence);
            }
            Length length = switch (a % 4) {
                case 0 -> Length.sentences(1 + random.nextInt(5));
                case 1 -> Length.ratio(0.1 + random.nextInt(9) / 10.0);
                case 2 -> Length.words(10 + random.nextInt(60));
                default -> Length.chars(50 + random.nextInt(400));
            };
            if (a % 5 == 4) {
                requests.add(new Request(null, sentences, length));
                continue;
            }
            String newline = a % 3 == 0 ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder();
            if (random.nextBoolean()) {
                text.append("Harbour News For Week ").append(a).append(newline).append("By Staff").append(newline).append(newline);
            }
            for (int s = 0; s < sentences.size(); s++) {
                text.append(sentences.get(s)).append(random.nextInt(6) == 0 ? newline + newline : " ");
            }
            requests.add(new Request(text.toString(), null, length));
        }
        return requests;
    }

    static List<String> algorithms() {
        return List.copyOf(Algorithm.names());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void sixteenThreadsSharingOneSummarizerGetTheSingleThreadedResults(String algorithm) throws Exception {
        Summarizer summarizer = Summarizer.builder().algorithm(algorithm).build();
        List<Summary> expected = REQUESTS.stream().map(request -> request.run(summarizer)).toList();

        Summary[][] results = runConcurrently(job -> summarizer);

        assertAllEqual(expected, results);
    }

    /** Every job uses the summarizer of one algorithm, chosen by the article, so that all four run at once. */
    @Test
    void threadsUsingDifferentAlgorithmsAtOnceGetTheSingleThreadedResults() throws Exception {
        List<Summarizer> summarizers = algorithms().stream().map(name -> Summarizer.builder().algorithm(name).build()).toList();
        List<Summary> expected = new ArrayList<>();
        for (int i = 0; i < REQUESTS.size(); i++) {
            expected.add(REQUESTS.get(i).run(summarizers.get(i % summarizers.size())));
        }

        Summary[][] results = runConcurrently(article -> summarizers.get(article % summarizers.size()));

        assertAllEqual(expected, results);
    }

    @Test
    void theGeneratedArticlesAreVaried() {
        assertEquals(ARTICLES, REQUESTS.size());
        long preSplit = REQUESTS.stream().filter(r -> r.sentences() != null).count();
        long withHeadline = REQUESTS.stream().filter(r -> r.text() != null && r.text().startsWith("Harbour News")).count();
        assertTrue(preSplit > 250 && withHeadline > 250, preSplit + " pre-split, " + withHeadline + " with headlines");
    }

    private static void assertAllEqual(List<Summary> expected, Summary[][] results) {
        for (int run = 0; run < RUNS_PER_ARTICLE; run++) {
            for (int i = 0; i < REQUESTS.size(); i++) {
                if (!expected.get(i).equals(results[run][i])) {
                    assertEquals(expected.get(i), results[run][i], "run " + run + ", article " + i);
                }
            }
        }
    }

    private interface SummarizerForArticle {
        Summarizer of(int article);
    }

    /**
     * Sixteen threads, started together, take jobs from one counter until all are done; job k
     * summarizes article {@code k % ARTICLES}, so the two runs of an article are far apart in time.
     *
     * @return the summaries by run and article
     */
    private static Summary[][] runConcurrently(SummarizerForArticle summarizers) throws Exception {
        Summary[][] results = new Summary[RUNS_PER_ARTICLE][REQUESTS.size()];
        AtomicInteger nextJob = new AtomicInteger();
        int jobs = RUNS_PER_ARTICLE * REQUESTS.size();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int job = nextJob.getAndIncrement(); job < jobs; job = nextJob.getAndIncrement()) {
                        int article = job % REQUESTS.size();
                        // Distinct array cells per job; Future.get below publishes them to this thread.
                        results[job / REQUESTS.size()][article] = REQUESTS.get(article).run(summarizers.of(article));
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
