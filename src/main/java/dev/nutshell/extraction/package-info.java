/**
 * Main-text extraction from HTML pages: {@link dev.nutshell.extraction.PageExtractor} turns a
 * page into a {@link dev.nutshell.extraction.Page}, its article's paragraphs without the page's
 * furniture, with its headline, byline, date and language apart. With {@code dev.nutshell.text},
 * the only package that uses a third-party parser (jsoup).
 *
 * <p>Every type is immutable and thread-safe. No method of this package accepts or returns {@code
 * null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.extraction;
