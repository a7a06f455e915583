package dev.nutshell.cli;

/**
 * What a {@code batch} worker made of one record.
 *
 * @param line the output line, ending with a line feed
 * @param failed whether it is an error line
 */
record BatchOutcome(String line, boolean failed) {
}
