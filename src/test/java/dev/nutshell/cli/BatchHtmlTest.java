package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --html}, and a folder's HTML files: the pages' main text summarized as {@code summarize --html} does. */
class BatchHtmlTest {
    @TempDir
    Path directory;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) StrictJson.parse(json);
    }

    private static Map<String, Object> summarizeHtml(String page) {
        return object(Invocation.run(page, "summarize", "--html", "--format", "json", "--sentences", "2").out());
    }

    @Test
    void aJsonFieldOfHtmlGivesTheSummaryAndTitleOfSummarizeHtml() {
        String input = new JsonWriter().beginObject().member("id", "news").member("html", Pages.NEWS).endObject() + "\n";

        Invocation run = Invocation.run(input, "batch", "--html", "--text-field", "html", "--sentences", "2");

        assertEquals(0, run.status(), run::err);
        Map<String, Object> line = object(run.outLines().get(0));
        Map<String, Object> expected = summarizeHtml(Pages.NEWS);
        assertFalse(((List<?>) line.get("sentences")).isEmpty());
        assertEquals(expected.get("sentences"), line.get("sentences"));
        assertEquals("Council passes budget", line.get("title"));
        assertEquals(expected.get("headline"), line.get("title"));
    }

    @Test
    void aFoldersHtmlFilesArePagesAndItsTextFilesText() throws IOException {
        Files.writeString(directory.resolve("a-news.html"), Pages.NEWS, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("b-story.txt"), BatchCommandTest.article(5), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("c-empty.HTM"), Pages.NO_ARTICLE, StandardCharsets.UTF_8);

        Invocation run = Invocation.run("", "batch", "--input", directory.toString(), "--sentences", "2");

        assertEquals(0, run.status(), run::err);
        List<String> lines = run.outLines();
        assertEquals(3, lines.size());
        assertEquals(summarizeHtml(Pages.NEWS).get("sentences"), object(lines.get(0)).get("sentences"));
        assertEquals(object(Invocation.run(BatchCommandTest.article(5), "summarize", "--format", "json", "--sentences", "2").out())
                .get("sentences"), object(lines.get(1)).get("sentences"));
        assertEquals(List.of(), object(lines.get(2)).get("sentences"), "a page without an article");
        assertEquals("c-empty.HTM", object(lines.get(2)).get("id"));
    }

    @Test
    void withHtmlEveryFileOfTheFolderIsAPage() throws IOException {
        Files.writeString(directory.resolve("page.txt"), Pages.NEWS, StandardCharsets.UTF_8);

        Invocation run = Invocation.run("", "batch", "--input", directory.toString(), "--html", "--sentences", "2");

        assertEquals(summarizeHtml(Pages.NEWS).get("sentences"), object(run.outLines().get(0)).get("sentences"));
    }

    @Test
    void aPageOverTheLimitIsItsRecordsErrorInTheLibrarysWords() throws IOException {
        String input = new JsonWriter().beginObject().member("id", "news").member("html", Pages.NEWS).endObject() + "\n";
        Files.writeString(directory.resolve("news.html"), Pages.NEWS, StandardCharsets.UTF_8);

        Invocation fromField = Invocation.run(input, "batch", "--html", "--text-field", "html", "--max-chars", "300");
        Invocation fromFile = Invocation.run("", "batch", "--input", directory.toString(), "--max-chars", "300");

        assertEquals(3, fromField.status(), fromField::err);
        String fieldError = (String) object(fromField.outLines().get(0)).get("error");
        assertFalse(fieldError.startsWith("internal error"), fieldError);
        assertTrue(fieldError.contains("300"), fieldError);
        assertEquals(3, fromFile.status(), fromFile::err);
        assertEquals("input is longer than 300 bytes (raise the limit with --max-chars)",
                object(fromFile.outLines().get(0)).get("error"));
    }
}
