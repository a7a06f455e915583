package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML character references the splitter reads as the quotation marks they stand for. */
class CharacterReferencesTest {

    @Test
    void namedDecimalAndHexadecimalReferencesStandForTheirCharacter() {
        assertAll(
                () -> assertEquals('"', at("&quot;")),
                () -> assertEquals('\'', at("&#39;")),
                () -> assertEquals('“', at("&#x201C;")),
                () -> assertEquals('”', at("&#X201d;")),
                () -> assertEquals('«', at("&laquo;")),
                () -> assertEquals('»', at("&#187; and on")));
    }

    @Test
    void lengthCoversTheAmpersandToTheSemicolon() {
        assertAll(
                () -> assertEquals(5, CharacterReferences.length("&#39;&#39;", 0, 10)),
                () -> assertEquals(5, CharacterReferences.length("&#39;&#39;", 5, 10)),
                () -> assertEquals(8, CharacterReferences.length("x &#x201C;", 2, 10)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"&quot", "& quot;", "&;", "&#;", "&#x;", "&#0;", "&#55296;", "&#128512;", "&nosuchname;",
        "&averylongname;", "&#39", "&", "&#3 9;", "quot;", "&q\u00fcot;"})
    void anythingElseStandsForNothing(String text) {
        assertEquals(0, at(text));
    }

    @Test
    void aReferenceCutOffByTheEndOfTheRangeStandsForNothing() {
        assertEquals(0, CharacterReferences.at("&#39;", 0, 4));
        assertEquals(0, CharacterReferences.length("&#39;", 0, 4));
    }

    private static char at(String text) {
        return CharacterReferences.at(text, 0, text.length());
    }
}
