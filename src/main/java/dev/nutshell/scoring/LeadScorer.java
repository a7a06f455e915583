package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * The lead baseline: the earlier a sentence, the higher its score ({@code 1 / (index + 1)}), so
 * a summary of {@code k} sentences is the article's first {@code k} sentences.
 *
 * <p>This is the baseline every news summarizer is compared with ("Lead-3" on CNN/DailyMail,
 * See et al. 2017). Stateless and thread-safe; O(n) for n sentences.
 *
 * @since 0.1.0
 */
public final class LeadScorer implements SentenceScorer {

    /** Creates the lead scorer. */
    public LeadScorer() {
    }

    @Override
    public SentenceScores score(Article article) {
        return SentenceScores.of(article.sentences().size(), index -> 1.0 / (index + 1));
    }

    @Override
    public String toString() {
        return "lead";
    }
}
