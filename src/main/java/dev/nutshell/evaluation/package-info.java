/**
 * Evaluation of summaries with ROUGE, reproducing the original Perl ROUGE-1.5.5 as run for
 * published CNN/DailyMail results ({@code -c 95 -m -r 1000 -n 2 -a}, one sentence per line):
 * {@link dev.nutshell.evaluation.Rouge} scores one candidate against one reference (ROUGE-1,
 * ROUGE-2 and summary-level ROUGE-L, each as a {@link dev.nutshell.evaluation.RougeScore} of
 * precision, recall and F-measure, fractions from 0 to 1);
 * {@link dev.nutshell.evaluation.RougeAverage} averages per-document scores as {@code -a} does, and
 * {@link dev.nutshell.evaluation.RougeBootstrap} replays the Perl's bootstrap resampling to give the
 * averages and 95% confidence intervals it prints, digit for digit.
 *
 * <p>Every step follows the Perl script's code (subroutine names are cited in the javadoc):
 * its tokenization, its own Porter stemmer with the WordNet exception table, clipped n-gram
 * counts, union LCS with clipped hits, and per-document averaging. Checked against the Perl's
 * figures on CNN/DailyMail and BBC News Summary outputs (see {@code RougeReferenceScorerTest}).
 *
 * <p>Every type is immutable and thread-safe. No method of this package accepts or returns
 * {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.evaluation;
