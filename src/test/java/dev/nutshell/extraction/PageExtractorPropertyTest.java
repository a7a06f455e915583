package dev.nutshell.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random tag soup and random bytes from a fixed seed: every page gives a {@link Page} whose text
 * keeps the contract (paragraphs non-blank, trimmed, separated by exactly one blank line), the
 * same on every call.
 */
class PageExtractorPropertyTest {
    private static final List<String> PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<a href=x>",
            "</a>", "<nav>", "</nav>", "<article>", "</article>", "<h2>", "</h2>", "<li>", "<ul>", "</ul>", "<br>",
            "<table><tr><td>", "</td></tr></table>", "<div class=\"share\">", "<div class=\"content\">", "<script>x<y</script>",
            "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&nbsp;", "\u00a0", "\n\n\n", "\t", " ", ", ", ". ",
            "The council approved the budget", "after a long debate", "😀", "\u202e", "\u0000", "<", ">", "\"", "'",
            "<title>Budget</title>", "<h1>Budget</h1>", "<meta property=og:title content=\"Budget - Site\">");

    private final PageExtractor extractor = PageExtractor.standard();

    @Test
    void randomTagSoupGivesWellFormedText() {
        Random random = new Random(20251201);
        for (int page = 0; page < 500; page++) {
            StringBuilder html = new StringBuilder();
            int pieces = random.nextInt(200);
            for (int i = 0; i < pieces; i++) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            Page extracted = extractor.extract(html.toString());
            assertWellFormed(extracted.text(), html);
            assertEquals(extracted, extractor.extract(html.toString()), "deterministic");
        }
    }

    @Test
    void randomBytesGiveWellFormedText() {
        Random random = new Random(7);
        for (int page = 0; page < 200; page++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            assertWellFormed(extractor.extract(new ByteArrayInputStream(bytes)).text(), bytes.length + " random bytes");
        }
    }

    private static void assertWellFormed(String text, Object input) {
        assertFalse(text.contains("\n\n\n"), () -> "three line breaks in a row for " + input);
        for (String paragraph : text.isEmpty() ? List.<String>of() : List.of(text.split("\n\n", -1))) {
            assertFalse(paragraph.isBlank(), () -> "a blank paragraph for " + input);
            assertEquals(paragraph.strip(), paragraph, () -> "an untrimmed paragraph for " + input);
            assertTrue(paragraph.indexOf('\n') < 0, () -> "a line break inside a paragraph for " + input);
        }
    }
}
