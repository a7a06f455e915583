package dev.nutshell.scoring;

import dev.nutshell.article.Article;

/**
 * The lead baseline: the earlier a sentence, the higher its score ({@code 1 / (index + 1)}), so
 * a summary of {@code k} sentences is the article's first {@code k} sentences.
 *
 * <p>This is the baseline every news summarizer is compared with ("Lead-3" on CNN/DailyMail,
 * See et al. 2017). The scores do not depend on the {@link ScoringContext}. Built with {@link
 * #create()}; stateless and thread-safe; O(n) for n sentences.
 *
 * @since 0.1.0
 */
public final class LeadScorer implements SentenceScorer {

    private static final LeadScorer INSTANCE = new LeadScorer();

    private LeadScorer() {
    }

    /** @return the lead scorer; it has no settings */
    public static LeadScorer create() {
        return INSTANCE;
    }

    @Override
    public SentenceScores score(Article article, ScoringContext context) {
        return SentenceScores.of(article.sentences().size(), index -> 1.0 / (index + 1));
    }

    @Override
    public String toString() {
        return "lead";
    }
}
