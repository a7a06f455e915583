/**
 * Numeric kernels (similarity products, power iteration) used by the scorers, and the interrupt
 * check of every long loop ({@link dev.nutshell.internal.Interruption}). Not API: these classes
 * may change in any release.
 */
package dev.nutshell.internal;
