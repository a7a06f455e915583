package dev.nutshell.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTest {
    private static Page page(String text) {
        return new Page(Optional.of("Title"), Optional.empty(), Optional.empty(), Optional.empty(), text);
    }

    @Test
    void paragraphsAreTheTextCutAtBlankLines() {
        assertEquals(List.of("One.", "Two.", "Three."), page("One.\n\nTwo.\n\nThree.").paragraphs());
        assertEquals(List.of(), page("").paragraphs());
    }

    @Test
    void toStringIsShortAndNeverCutsASurrogatePair() {
        String text = "a".repeat(39) + "😀" + "b".repeat(1_000_000);
        String description = page(text).toString();
        assertTrue(description.length() < 120, description);
        assertTrue(description.contains("a".repeat(39) + "…"), description);
        assertEquals("Page[title=Title, 0 characters: \"\"]", page("").toString());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> new Page(null, Optional.empty(), Optional.empty(), Optional.empty(), ""));
        assertThrows(NullPointerException.class, () -> page(null));
    }
}
