/**
 * Selection of the best-scored sentences under a budget, in document order; shared by every
 * scorer. No method of this package accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.selection;
