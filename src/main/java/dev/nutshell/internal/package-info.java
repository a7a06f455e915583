/**
 * Numeric kernels (similarity products, power iteration) used by the scorers. Not API: these
 * classes may change in any release.
 */
package dev.nutshell.internal;
