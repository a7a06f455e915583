package dev.nutshell.selection;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import dev.nutshell.scoring.SentenceScores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 * <p>Stateless and thread-safe; O(n log n) for n sentences, plus the similarity computations of
 * maximal marginal relevance.
 *
 * @since 0.1.0
 */
public final class SentenceSelector {

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
     */
    public static List<Sentence> select(Article article, SentenceScores scores, Budget budget) {
        return select(article, scores, budget, 0);
    }

    /**
     * Selects with a redundancy penalty: with {@code redundancy = λ > 0}, sentences are considered
     * by maximal marginal relevance, {@code (1 − λ) × score / max|score| − λ × (largest TF-IDF
     * cosine with a sentence already chosen)}, so that a summary does not say the same thing twice;
     * a near repeat (cosine at least 0.9) is considered only after every other sentence.
     *
     * @param article the scored article
     * @param scores its sentence scores, one per sentence
     * @param budget the limits to respect
     * @param redundancy λ, in [0, 1); 0 selects by score alone
     * @return the chosen sentences in document order, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the scores do not match the article's sentences, or
     *     {@code redundancy} is out of range
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
        CandidateOrder order = redundancy == 0 || sentences.size() < 2
                ? new ScoreOrder(scores) : new MarginalRelevanceOrder(article, scores, redundancy);
        boolean[] chosen = new boolean[sentences.size()];
        Set<String> chosenTexts = new HashSet<>();
        int count = 0;
        long words = 0;
        long chars = 0;
        for (int index = order.next(); index >= 0 && count < budget.sentences(); index = order.next()) {
            Sentence sentence = sentences.get(index);
            if (!isSelectable(sentence)) {
                continue;
            }
            long nextWords = words + sentence.wordCount();
            long nextChars = chars + sentence.text().length() + (count > 0 ? 1 : 0);
            if (nextWords <= budget.words() && nextChars <= budget.chars()
                    && chosenTexts.add(withoutWhitespace(sentence.text()))) {
                chosen[index] = true;
                order.accept(index);
                count++;
                words = nextWords;
                chars = nextChars;
            }
        }
        List<Sentence> result = new ArrayList<>(count);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                result.add(sentences.get(i));
            }
        }
        return result;
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

    private static String withoutWhitespace(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
