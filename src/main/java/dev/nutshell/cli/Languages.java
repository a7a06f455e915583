package dev.nutshell.cli;

import dev.nutshell.text.TextAnalyzer;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code --language} codes the commands accept, and their analyzers: only English for now.
 *
 * <p>Thread-safe: stateless.
 */
final class Languages {
    /** The languages with an analyzer. */
    private static final Set<String> SUPPORTED = Set.of("en");

    private Languages() {
    }

    /**
     * @param code the code the user gave, case-insensitive
     * @return the language's analyzer
     * @throws UsageException if the language is not supported, listing those that are
     */
    static TextAnalyzer analyzer(String code) {
        if (!SUPPORTED.contains(code.toLowerCase(Locale.ROOT))) {
            throw new UsageException("unsupported language '" + code + "', supported: " + String.join(", ", SUPPORTED));
        }
        return TextAnalyzer.english();
    }
}
