package dev.nutshell.cli;

import dev.nutshell.text.TextAnalyzer;

/**
 * The {@code --language} codes the commands accept, and their analyzers: every language of {@link
 * TextAnalyzer#languages()}, and {@code auto}.
 *
 * <p>Thread-safe: stateless.
 */
final class Languages {
    /** The text shown in each command's help for {@code --language}. */
    static final String DESCRIPTION = "The text's language: an ISO 639-1 code (en, de, fr, es, it, pt, nl, ru, pl,"
            + " sv; zh and ja basic), or auto to detect it per text. Default: ${DEFAULT-VALUE}.";

    private Languages() {
    }

    /**
     * @param code the code the user gave, case-insensitive
     * @return the language's analyzer
     * @throws UsageException if the language is not supported, listing those that are
     */
    static TextAnalyzer analyzer(String code) {
        try {
            return TextAnalyzer.forLanguage(code);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ", auto");
        }
    }
}
