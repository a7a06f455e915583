package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path directory;

    @Test
    void printsTheMainTextWithParagraphsSeparatedByABlankLine() {
        assertEquals(Pages.TEXT + "\n", Invocation.run(Pages.NEWS, "extract").assertSuccess().out());
    }

    @Test
    void readsANamedFileInTheCharsetItDeclares() throws IOException {
        Path file = directory.resolve("page.html");
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Der Haushalt für das nächste Jahr"
                + " wurde am Dienstag beschlossen, nach langer Debatte.</p></body></html>";
        Files.write(file, page.getBytes(Charset.forName("ISO-8859-1")));
        assertEquals("Der Haushalt für das nächste Jahr wurde am Dienstag beschlossen, nach langer Debatte.\n",
                Invocation.run("", "extract", file.toString()).assertSuccess().out());
    }

    @Test
    void jsonHasTheContractsMembersInOrder() {
        String out = Invocation.run(Pages.NEWS, "extract", "--format", "json").assertSuccess().out();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", "Council passes budget");
        expected.put("byline", "Jane Smith");
        expected.put("published", "2025-11-25");
        expected.put("language", "en");
        expected.put("text", Pages.TEXT);
        assertEquals(expected, StrictJson.parse(out));
        assertEquals(List.of("title", "byline", "published", "language", "text"),
                List.copyOf(((Map<?, ?>) StrictJson.parse(out)).keySet()));
    }

    @Test
    void unknownMembersAreNull() {
        String out = Invocation.run("<p>Only a paragraph here, with nothing said about the page at all.</p>",
                "extract", "--format", "json").assertSuccess().out();
        assertEquals("{\"title\":null,\"byline\":null,\"published\":null,\"language\":null,"
                + "\"text\":\"Only a paragraph here, with nothing said about the page at all.\"}\n", out);
    }

    @Test
    void aPageWithoutAnArticlePrintsNothingAndANote() {
        Invocation result = Invocation.run(Pages.NO_ARTICLE, "extract");
        assertEquals(0, result.status());
        assertEquals("", result.out());
        assertEquals("nutshell: note: no article text found in the page\n", result.err());
    }

    @Test
    void aPageLongerThanMaxCharsBytesIsRefused() {
        String message = Invocation.run(Pages.NEWS, "extract", "--max-chars", "100").assertUsageError();
        assertTrue(message.contains("longer than 100 bytes"), message);
    }

    @Test
    void aMissingFileIsAUsageError() {
        String message = Invocation.run("", "extract", directory.resolve("none.html").toString()).assertUsageError();
        assertTrue(message.endsWith("no such file"), message);
    }
}
