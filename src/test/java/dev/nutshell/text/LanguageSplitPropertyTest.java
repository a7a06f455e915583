package dev.nutshell.text;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language's splitter keeps the contract of {@link SplitPropertyTest} (segments are trimmed,
 * ordered, non-overlapping substrings that leave out only whitespace, the same each time) on
 * random text and on text made of the very tokens its rules look around: spaced abbreviations,
 * ordinals, quotation marks of every kind, dashes, colons and lower-case starts.
 */
class LanguageSplitPropertyTest {
    private static final List<String> TOKENS = List.of("z.", "B.", "u.", "a.", "3.", "19.", "Oktober", "am", "der",
            "г.", "т.", "е.", "1990", "XIX", "w.", "r.", "min.", "dell'art.", "art.", "p.", "ej.", "Dr.", "M.", "St.",
            "„", "“", "”", "»", "«", "« ", " »", ",,", "``", "''", "–", "--", ":", ";", "?", "!", "..", "...", "¿", "¡",
            "(", ")", "/", "Die", "Le", "Он", "bo", "ale", "il", "de", "\n", "\n\n", " ", " ", " ", "\u00a0",
            "&#39;", "&quot;", "&#x201C;", "&laquo;", "&", "&#", ";", "др.", "им.", "см.", "(~", "№", "парку.", "потом");

    static List<String> languages() {
        return TextAnalyzer.languages();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void arbitraryUnicodeSplitsIntoWellFormedSegments(String language) {
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
        PropertyCheck.forAllTexts(611L, 200, random -> HostileText.anyUnicode(random, 1_000),
                (seed, text) -> SplitPropertyTest.assertWellFormed(analyzer, text, analyzer.split(text)));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void textOfTheRulesOwnTokensSplitsIntoWellFormedSegments(String language) {
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
        PropertyCheck.forAllTexts(612L, 300, LanguageSplitPropertyTest::ruleTokens,
                (seed, text) -> SplitPropertyTest.assertWellFormed(analyzer, text, analyzer.split(text)));
    }

    private static String ruleTokens(Random random) {
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(80);
        for (int i = 0; i < tokens; i++) {
            text.append(TOKENS.get(random.nextInt(TOKENS.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
