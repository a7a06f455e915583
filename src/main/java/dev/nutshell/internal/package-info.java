/**
 * Numeric kernels (similarity products, power iteration) used by the scorers, the interrupt check
 * of every long loop ({@link dev.nutshell.internal.Interruption}), and small helpers shared by the
 * API and the command line. Not API: these classes may change in any release.
 */
package dev.nutshell.internal;
