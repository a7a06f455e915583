/**
 * Sentence scoring, the extension point: a {@link dev.nutshell.scoring.SentenceScorer} rates the
 * sentences of an analysed article for the summary a {@link dev.nutshell.scoring.ScoringContext}
 * describes, and an {@link dev.nutshell.scoring.Algorithm} is a scorer with the redundancy penalty
 * its selection uses by default. {@link dev.nutshell.scoring.Algorithm} lists the built-in
 * algorithms. Every scorer class is built the same way: {@code create()} for its defaults, and
 * {@code builder()} when it has settings. No method of this package accepts or returns
 * {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.scoring;
