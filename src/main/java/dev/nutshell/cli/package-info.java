/**
 * The {@code nutshell} command line ({@code summarize}, {@code split}, and for evaluation
 * {@code rouge}, {@code eval}, {@code tune}), built on picocli and
 * shipped as {@code nutshell-cli.jar}. Not API: only {@link dev.nutshell.cli.NutshellCommand}'s
 * {@code main} is public, and this package is not exported by the {@code dev.nutshell} module.
 * picocli is an optional dependency that library users do not inherit.
 */
package dev.nutshell.cli;
