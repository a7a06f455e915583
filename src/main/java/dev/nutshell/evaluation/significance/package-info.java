/**
 * Whether one summarizer is better than another on the same documents: a paired permutation test
 * and a paired bootstrap interval of the mean per-document difference, for {@code nutshell
 * compare} and {@code nutshell tune}.
 *
 * <p>Not exported and not API. It is the only package besides {@code dev.nutshell.cli} that uses
 * Apache Commons Math, an optional dependency: summarizing never loads it, so library users do not
 * need Commons Math on their class or module path.
 *
 * <p>Every class here is stateless or immutable, and thread-safe.
 */
package dev.nutshell.evaluation.significance;
