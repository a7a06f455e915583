/**
 * Keyphrase extraction: the phrases that say what an article is about, ranked, with every
 * occurrence's offsets. Start with {@link dev.nutshell.keyphrases.KeyphraseExtractor}, or with
 * {@code Summarizer.keyphrases}, which analyses the text first. Works on the article's {@link
 * dev.nutshell.article.ArticleWords}, never on OpenNLP types. No method of this package accepts or
 * returns {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.keyphrases;
