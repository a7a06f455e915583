package dev.nutshell.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.article.TestArticles;
import dev.nutshell.internal.RandomArticles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SentenceScorer}, as one reusable suite (after Lucene's
 * {@code BaseTokenStreamTestCase}): every scorer must give exactly one finite score per sentence,
 * for any article and any context, the same scores every time and from any number of threads, and
 * scores that a lambda passing the context on reproduces exactly.
 *
 * <p>To check a scorer, extend this class and return it from {@link #scorer()}:
 * <pre>{@code
 * class MyScorerTest extends SentenceScorerContract {
 *     protected SentenceScorer scorer() { return new MyScorer(); }
 * }
 * }</pre>
 * {@code BuiltInScorerContractTest} runs it for every built-in {@link Algorithm}.
 */
public abstract class SentenceScorerContract {
    /** Summary lengths from one sentence to far more than any article here has. */
    private static final List<ScoringContext> CONTEXTS = List.of(1, 2, 3, 5, 10, 1000).stream()
            .map(ScoringContext::ofSummarySentences).toList();

    /** For subclasses: a test class per scorer. */
    protected SentenceScorerContract() {
    }
    /** Random term lists with a fixed seed: 1 to 60 sentences over small vocabularies, empty and one-term sentences. */
    private static final List<Article> RANDOM = RandomArticles.generate(60, 20240611L).stream()
            .map(TestArticles::ofTerms).toList();
    private static final int THREADS = 8;

    /** @return the scorer under test */
    protected abstract SentenceScorer scorer();

    @Test
    void anArticleWithoutSentencesGetsNoScores() {
        Article empty = TestArticles.ofTerms(List.of());
        for (ScoringContext context : CONTEXTS) {
            assertEquals(0, scorer().score(empty, context).size(), context::toString);
        }
    }

    @Test
    void aOneSentenceArticleGetsOneFiniteScore() {
        assertOneFiniteScorePerSentence(TestArticles.ofSentences("The harbour reopened to small boats on Friday."));
        assertOneFiniteScorePerSentence(TestArticles.ofTerms(List.of(List.of())));
    }

    @Test
    void sentencesOfStopWordsOnlyGetFiniteScores() {
        assertOneFiniteScorePerSentence(withoutTerms("It was what it is.", "And so it was, and so it is.", "Was it?"));
        Article mixed = Article.builder("It was. The storm closed the harbour. It is.")
                .addSentence(0, 7, List.of(), 2)
                .addSentence(8, 37, List.of("storm", "close", "harbour"), 5)
                .addSentence(38, 44, List.of(), 2)
                .build();
        assertOneFiniteScorePerSentence(mixed);
    }

    @Test
    void duplicateSentencesGetFiniteScores() {
        String sentence = "The harbour reopened to small boats on Friday.";
        assertOneFiniteScorePerSentence(TestArticles.ofSentences(sentence, sentence, sentence, sentence));
        assertOneFiniteScorePerSentence(TestArticles.ofSentences(sentence, "Fishermen cheered the news.", sentence,
                "Fishermen cheered the news.", sentence));
    }

    @Test
    void everySentenceOfRandomArticlesGetsOneFiniteScore() {
        RANDOM.forEach(SentenceScorerContract.this::assertOneFiniteScorePerSentence);
    }

    @Test
    void theSameArticleGetsTheSameScoresEveryTime() {
        SentenceScorer scorer = scorer();
        for (List<List<String>> terms : RandomArticles.generate(20, 77L)) {
            Article article = TestArticles.ofTerms(terms);
            for (ScoringContext context : CONTEXTS) {
                SentenceScores first = scorer.score(article, context);
                assertEquals(first, scorer.score(article, context));
                assertEquals(first, scorer.score(TestArticles.ofTerms(terms), ScoringContext.ofSummarySentences(
                        context.summarySentences())), "an equal article and context, built again");
            }
        }
    }

    @Test
    void manyThreadsGetTheSameScoresAsOne() throws Exception {
        SentenceScorer scorer = scorer();
        List<SentenceScores> expected = scoreAll(scorer, RANDOM);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<SentenceScores>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    start.await();
                    return scoreAllRotated(scorer, offset);
                }));
            }
            start.countDown();
            for (Future<List<SentenceScores>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLambdaPassingTheContextOnScoresExactlyAsTheScorer() {
        SentenceScorer scorer = scorer();
        SentenceScorer wrapped = (article, context) -> scorer.score(article, context);
        for (Article article : RANDOM) {
            for (ScoringContext context : CONTEXTS) {
                assertEquals(scorer.score(article, context), wrapped.score(article, context), context::toString);
            }
        }
    }

    @Test
    void aLambdaPassingTheContextOnSummarizesExactlyAsTheScorer() {
        SentenceScorer scorer = scorer();
        SentenceScorer wrapped = (article, context) -> scorer.score(article, context);
        Article article = TestArticles.ofSentences("The river council voted to rebuild the bridge.",
                "Engineers warned that the bridge could not carry traffic.", "The new bridge will have two lanes.",
                "Work on the bridge starts in spring.", "A ferry will carry people across the river.",
                "Shop owners fear fewer customers.", "The council promised a fund for shops.");
        for (double redundancy : new double[] {0, 0.2}) {
            Summarizer plain = Summarizer.builder().scorer(scorer).redundancy(redundancy).build();
            Summarizer viaLambda = Summarizer.builder().scorer(wrapped).redundancy(redundancy).build();
            for (Length length : List.of(Length.sentences(1), Length.sentences(3), Length.ratio(0.6), Length.words(20))) {
                assertEquals(plain.summarize(article, length), viaLambda.summarize(article, length), length::toString);
            }
        }
    }

    private void assertOneFiniteScorePerSentence(Article article) {
        SentenceScorer scorer = scorer();
        for (ScoringContext context : CONTEXTS) {
            SentenceScores scores = scorer.score(article, context);
            assertEquals(article.sentences().size(), scores.size(), () -> context + " on " + article.text());
            assertTrue(scores.stream().allMatch(Double::isFinite), () -> scores + " for " + context);
        }
    }

    /** An article of these sentences, separated by one space, none of whose words is a term. */
    private static Article withoutTerms(String... sentences) {
        Article.Builder builder = Article.builder(String.join(" ", sentences));
        int start = 0;
        for (String sentence : sentences) {
            builder.addSentence(start, start + sentence.length(), List.of(), sentence.split(" ").length);
            start += sentence.length() + 1;
        }
        return builder.build();
    }

    private static List<SentenceScores> scoreAll(SentenceScorer scorer, List<Article> articles) {
        List<SentenceScores> scores = new ArrayList<>();
        for (Article article : articles) {
            for (ScoringContext context : CONTEXTS) {
                scores.add(scorer.score(article, context));
            }
        }
        return scores;
    }

    /** All the random articles, starting at a different one in each thread, in the order of {@link #scoreAll}. */
    private static List<SentenceScores> scoreAllRotated(SentenceScorer scorer, int offset) {
        List<Article> rotated = new ArrayList<>(RANDOM);
        Collections.rotate(rotated, offset);
        List<SentenceScores> scores = scoreAll(scorer, rotated);
        Collections.rotate(scores, -offset * CONTEXTS.size());
        return scores;
    }
}
