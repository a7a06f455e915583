package dev.nutshell.cli;

import dev.nutshell.extraction.Page;

/**
 * A record of a {@code batch} input, read: what identifies it and what to summarize.
 *
 * @param id a {@link String} or a {@link Long}, as the input gives it, or {@code null} when the
 *     record has none
 * @param text the article: plain text, or with {@code --html} a page's HTML; {@code null} when
 *     {@code page} is given
 * @param page a page already extracted from a file's bytes (a folder's {@code .html} file), or
 *     {@code null}
 */
record BatchDocument(Object id, String text, Page page) {
    /**
     * @param id the record's id, or null
     * @param text its text
     * @return a record of text to summarize as it is (or as HTML with {@code --html})
     */
    static BatchDocument ofText(Object id, String text) {
        return new BatchDocument(id, text, null);
    }
}
