/**
 * The {@code nutshell} command line, built on picocli and shipped as {@code nutshell-cli.jar}; its
 * commands are the subcommands {@link dev.nutshell.cli.NutshellCommand} registers, which
 * {@code nutshell --help} lists. Not API: only {@link dev.nutshell.cli.NutshellCommand}'s
 * {@code main} is public, and this package is not exported by the {@code dev.nutshell} module.
 * picocli is an optional dependency that library users do not inherit.
 */
package dev.nutshell.cli;
