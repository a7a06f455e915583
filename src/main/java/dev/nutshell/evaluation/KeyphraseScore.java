package dev.nutshell.evaluation;

/**
 * Precision, recall and F1 of one document's top-k keyphrases against its gold keyphrases, as
 * {@link KeyphraseEvaluation#score(java.util.List, java.util.List, int)} computes them; fractions
 * from 0 to 1.
 *
 * @param precision matches over the number of predictions in the top k (0 if there is none)
 * @param recall matches over the number of gold keyphrases
 * @param f1 the harmonic mean of the two, 0 when both are 0
 * @since 0.1.0
 */
public record KeyphraseScore(double precision, double recall, double f1) {
}
