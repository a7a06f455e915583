package dev.nutshell.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ROUGE-1.5.5's tokenization: ASCII letters and digits only, hyphens split, optional stemming. */
class RougeTokenizerTest {

    private static List<List<String>> units(boolean stemming, String... sentences) {
        return new RougeTokenizer(stemming).units(List.of(sentences)).stream().map(Arrays::asList)
                .collect(Collectors.toList());
    }

    @Test
    void onlyAsciiLettersAndDigitsMakeTokens() {
        assertEquals(List.of(List.of("well", "known", "u", "s", "based", "firm", "lost", "6", "1bn", "don", "t")),
                units(false, "Well-known U.S.-based firm lost £6.1bn -- don't!"));
    }

    @Test
    void nonAsciiLettersSeparateTokensAsThePerlsBytesDo() {
        // The Perl reads bytes: each byte of "é" is neither a letter nor a digit.
        assertEquals(List.of(List.of("caf", "au", "lait", "cole")), units(false, "Café au lait ÉCOLE"));
    }

    @Test
    void stemmingTouchesTokensLongerThanThreeCharacters() {
        assertEquals(List.of(List.of("the", "children", "say", "news")), units(false, "The children say news"));
        assertEquals(List.of(List.of("the", "child", "say", "new")), units(true, "The children say news"));
        assertEquals(List.of(List.of("say", "be", "take", "datum")), units(true, "said been taken data"));
    }

    @Test
    void eachLineIsAUnitAndEmptyLinesAreSkipped() {
        assertEquals(List.of(List.of("one"), List.of("two"), List.of("three"), List.of()),
                units(false, "One", "", "two\nthree\n", "--"));
    }
}
