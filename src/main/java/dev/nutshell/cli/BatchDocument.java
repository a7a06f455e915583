package dev.nutshell.cli;

/**
 * A record of a {@code batch} input, read: what identifies it and what to summarize.
 *
 * @param id a {@link String} or a {@link Long}, as the input gives it, or {@code null} when the
 *     record has none
 * @param text the article, plain text
 */
record BatchDocument(Object id, String text) {
}
