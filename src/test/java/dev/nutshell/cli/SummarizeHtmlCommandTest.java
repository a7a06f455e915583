package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummarizeHtmlCommandTest {
    @Test
    void summarizesTheMainTextOnly() {
        List<String> lines = Invocation.run(Pages.NEWS, "summarize", "--html", "--sentences", "2").assertSuccess().outLines();
        assertEquals(2, lines.size());
        assertTrue(List.of(Pages.FIRST, Pages.SECOND, Pages.THIRD).containsAll(lines), lines::toString);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonCarriesThePagesTitleBylineAndDateAndOffsetsIntoTheMainText() {
        String out = Invocation.run(Pages.NEWS, "summarize", "--html", "--format", "json", "--words", "40")
                .assertSuccess().out();
        Map<String, Object> document = (Map<String, Object>) StrictJson.parse(out);
        assertEquals(List.of("sentences", "headline", "language", "title", "byline", "published"), List.copyOf(document.keySet()));
        assertEquals("Council passes budget", document.get("headline"));
        assertEquals("Council passes budget", document.get("title"));
        assertEquals("Jane Smith", document.get("byline"));
        assertEquals("2025-11-25", document.get("published"));
        for (Map<String, Object> sentence : (List<Map<String, Object>>) document.get("sentences")) {
            int start = ((Number) sentence.get("start")).intValue();
            int end = ((Number) sentence.get("end")).intValue();
            assertEquals(Pages.TEXT.substring(start, end), sentence.get("text"));
        }
    }

    @Test
    void aPageWithoutAnArticleGivesAnEmptySummaryAndANote() {
        Invocation result = Invocation.run(Pages.NO_ARTICLE, "summarize", "--html", "--format", "json");
        assertEquals(0, result.status());
        assertEquals("{\"sentences\":[],\"headline\":\"Sign in\",\"language\":\"en\",\"title\":\"Sign in\",\"byline\":null,\"published\":null}\n",
                result.out());
        assertEquals("nutshell: note: no article text found in the page\n", result.err());
    }

    @Test
    void presplitAndHtmlDoNotGoTogether() {
        String message = Invocation.run(Pages.NEWS, "summarize", "--html", "--presplit").assertUsageError();
        assertEquals("--presplit cannot be combined with --html or --url", message);
    }
}
