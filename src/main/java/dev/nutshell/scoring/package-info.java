/**
 * Sentence scoring, the extension point: {@link dev.nutshell.scoring.SentenceScorer} rates the
 * sentences of an analysed article; the built-in scorers are lead, TF-IDF and TextRank, listed by
 * name in {@link dev.nutshell.scoring.Scorers}. No method of this package accepts or returns
 * {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.scoring;
