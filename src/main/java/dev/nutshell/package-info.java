/**
 * Nutshell: extractive summarization. {@link dev.nutshell.Summarizer} is the facade; {@link
 * dev.nutshell.Length} the budget; {@link dev.nutshell.Summary} and {@link dev.nutshell.KeySentence}
 * the results, with offsets into the caller's text.
 *
 * <p>The packages below show the pipeline: {@code text} (splitting and tokenization, the only
 * package that uses OpenNLP) builds the {@code article} model, which {@code scoring} rates and
 * {@code selection} picks from. {@code internal} holds numeric kernels and is not API.
 *
 * <p>No method of this package accepts or returns {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell;
