/**
 * Text analysis: splitting text into sentences and standalone lines, tokenization, stop words and
 * stemming. The only package that uses Apache OpenNLP; its types never leave it. The rules it
 * applies are data, in the library's {@code models/} resources. No method of this package accepts
 * or returns {@code null}.
 *
 * @since 0.1.0
 */
package dev.nutshell.text;
