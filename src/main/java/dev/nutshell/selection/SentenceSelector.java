package dev.nutshell.selection;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.internal.BestFirst;
import dev.nutshell.internal.Interruption;
import dev.nutshell.scoring.SentenceScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks the best sentences under a budget and returns them in document order; shared by every
 * scorer.
 *
 * <p>Sentences are considered by decreasing score, ties going to the earlier sentence, so the
 * result is deterministic. Each considered sentence is kept if it still fits every limit; one that
 * does not fit is skipped and later, shorter ones may still be kept. Sentences without a single
 * letter or digit (blank or punctuation-only units of pre-split input) are never picked, and a
 * sentence whose text repeats one already picked (whitespace aside) is skipped, so a page that
 * repeats a paragraph does not get a summary that repeats itself.
 *
 * <p>With a redundancy penalty, sentences are considered by maximal marginal relevance instead of
 * score alone (see {@link #select(Article, SentenceScores, Budget, double)}).
 *
 * <p>Stateless and thread-safe; without a redundancy penalty O(n + k log n) for n sentences of
 * which the best k are looked at, O(n log n) at most; with one, plus the similarity computations
 * of maximal marginal relevance. A selection whose thread is interrupted ends with a {@link
 * java.util.concurrent.CancellationException} within 64 sentences, the interrupt status left set.
 *
 * @since 0.1.0
 */
public final class SentenceSelector {
    /** Selection checks for interruption every 64 sentences considered. */
    static final int CHECK_INTERVAL = 63;
    static final String WORK = "sentence selection";

    private SentenceSelector() {
    }

    /**
     * Selects without a redundancy penalty: plain decreasing score.
     *
     * @param article the scored article
     * @param scores its sentence scores, one per sentence
     * @param budget the limits to respect
     * @return the chosen sentences in document order, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the scores do not match the article's sentences
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static List<Sentence> select(Article article, SentenceScores scores, Budget budget) {
        return select(article, scores, budget, 0);
    }

    /**
     * Selects with a redundancy penalty: with {@code redundancy = λ > 0}, sentences are considered
     * by maximal marginal relevance, {@code (1 − λ) × score / max|score| − λ × (largest TF-IDF
     * cosine with a sentence already chosen)}, the scores divided by their maximum magnitude
     * {@code max|score|}, so that a summary does not say the same thing twice; a near repeat
     * (cosine at least 0.9) is considered only after every other sentence.
     *
     * @param article the scored article
     * @param scores its sentence scores, one per sentence
     * @param budget the limits to respect
     * @param redundancy λ, in [0, 1); 0 selects by score alone
     * @return the chosen sentences in document order, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the scores do not match the article's sentences, or
     *     {@code redundancy} is out of range
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static List<Sentence> select(Article article, SentenceScores scores, Budget budget, double redundancy) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(budget, "budget");
        if (!(redundancy >= 0 && redundancy < 1)) {
            throw new IllegalArgumentException("redundancy must be in [0, 1), was " + redundancy);
        }
        List<Sentence> sentences = article.sentences();
        if (scores.size() != sentences.size()) {
            throw new IllegalArgumentException("scorer returned " + scores.size()
                    + " scores for " + sentences.size() + " sentences");
        }
        // A heap rather than a sort: a budget of a few sentences looks at a few of the best only.
        CandidateOrder order = redundancy == 0 || sentences.size() < 2
                ? new RankHeap(scores) : new MarginalRelevanceOrder(article, scores, redundancy);
        boolean[] chosen = choose(sentences, order, budget);
        List<Sentence> result = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                result.add(sentences.get(i));
            }
        }
        return result;
    }

    /** Takes the candidates in the order's order while they fit, skipping repeats; marks the ones taken. */
    private static boolean[] choose(List<Sentence> sentences, CandidateOrder order, Budget budget) {
        boolean[] chosen = new boolean[sentences.size()];
        ChosenTexts chosenTexts = new ChosenTexts(sentences);
        int count = 0;
        long words = 0;
        long chars = 0;
        int considered = 0;
        for (int index = order.next(); index >= 0 && count < budget.sentences(); index = order.next()) {
            if ((considered++ & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            Sentence sentence = sentences.get(index);
            long nextWords = words + sentence.wordCount();
            long nextChars = chars + sentence.text().length() + (count > 0 ? 1 : 0);
            if (isSelectable(sentence) && nextWords <= budget.words() && nextChars <= budget.chars()
                    && chosenTexts.add(index)) {
                chosen[index] = true;
                order.accept(index);
                count++;
                words = nextWords;
                chars = nextChars;
            }
        }
        return chosen;
    }

    /**
     * Whether a sentence can be picked at all: it has at least one letter or digit.
     *
     * @param sentence a sentence
     * @return {@code false} for blank and punctuation-only sentences
     */
    public static boolean isSelectable(Sentence sentence) {
        String text = sentence.text();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** Sentence indices by decreasing score, ties to the earlier sentence ({@link BestFirst}). */
    private static final class RankHeap implements CandidateOrder {
        private final BestFirst order;

        RankHeap(SentenceScores scores) {
            double[] score = new double[scores.size()];
            for (int i = 0; i < score.length; i++) {
                score[i] = scores.get(i);
            }
            order = new BestFirst(score);
        }

        @Override
        public int next() {
            return order.isEmpty() ? -1 : order.next();
        }

        @Override
        public void accept(int index) {
            // The order does not depend on what was taken.
        }
    }
}
