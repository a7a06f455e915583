/**
 * The analysed article: immutable sentences with offsets and term ids, the lines kept apart from
 * them, and the term vocabulary with frequencies. What every scorer sees; independent of the text
 * analysis that built it. No method of this package accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.article;
