package dev.nutshell.extraction;

import static dev.nutshell.extraction.PageExtractorTest.FIRST;
import static dev.nutshell.extraction.PageExtractorTest.SECOND;
import static dev.nutshell.extraction.PageExtractorTest.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd pages: deep nesting, huge pages, broken markup, other charsets. Work is bounded
 * by the inputs' sizes; no test measures time.
 */
class PageExtractorBadInputTest {
    private static final String ARTICLE = FIRST + "\n\n" + SECOND + "\n\n" + THIRD;
    private static final String PARAGRAPHS = "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>";

    private final PageExtractor extractor = PageExtractor.standard();

    @Test
    void aHundredThousandNestedElementsDoNotOverflowTheStack() {
        int depth = 100_000;
        String html = "<body>" + "<div>".repeat(depth) + PARAGRAPHS + "</div>".repeat(depth) + "</body>";
        assertEquals(ARTICLE, extractor.extract(html).text());
    }

    @Test
    void aHundredThousandNestedInlineElementsDoNotOverflowTheStack() {
        int depth = 100_000;
        String html = "<body><p>" + "<span>a ".repeat(depth) + "</span>".repeat(depth) + "</p></body>";
        String text = extractor.extract(html).text();
        assertEquals(depth * 2 - 1, text.length());
    }

    @Test
    void aTenMegabytePageGivesItsArticle() {
        StringBuilder html = new StringBuilder("<body><nav>");
        while (html.length() < 10_000_000) {
            html.append("<a href=\"/section\">Section</a> ");
        }
        html.append("</nav><article>").append(PARAGRAPHS).append("</article></body>");
        assertEquals(ARTICLE, extractor.extract(html.toString()).text());
    }

    @Test
    void truncatedMarkupStillGivesTheTextBeforeTheCut() {
        String html = "<html><head><title>Cut</title></head><body><article>" + PARAGRAPHS + "<p>And then the pa";
        assertEquals(ARTICLE + "\n\nAnd then the pa", extractor.extract(html).text());
    }

    @Test
    void malformedMarkupIsRepairedNotRefused() {
        String html = "<body><article><p>" + FIRST + "<p>" + SECOND + "</b></i></div><p>" + THIRD
                + "</article></span><<>><!-- unclosed comment";
        assertEquals(ARTICLE, extractor.extract(html).text());
    }

    @Test
    void aFramesetPageHasNoArticle() {
        assertTrue(extractor.extract("<html><frameset><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>").isEmpty());
    }

    @Test
    void aMegabyteClassNameDoesNotHideTheArticle() {
        String names = "x".repeat(1_000_000) + " sidebar";
        String html = "<body><div class=\"" + names + "\"><p>Menu</p></div><article>" + PARAGRAPHS + "</article></body>";
        assertEquals(ARTICLE, extractor.extract(html).text());
    }

    @Test
    void aUtf8ByteOrderMarkIsHonoured() {
        byte[] page = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, umlautPage("").getBytes(StandardCharsets.UTF_8));
        assertEquals(UMLAUTS, extractor.extract(new ByteArrayInputStream(page)).text());
    }

    @Test
    void aUtf16ByteOrderMarkIsHonoured() {
        byte[] page = umlautPage("").getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertEquals(UMLAUTS, extractor.extract(new ByteArrayInputStream(page)).text());
    }

    @Test
    void aMetaCharsetIsHonoured() {
        byte[] page = umlautPage("<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"));
        assertEquals(UMLAUTS, extractor.extract(new ByteArrayInputStream(page)).text());
    }

    @Test
    void anHttpEquivCharsetIsHonoured() {
        byte[] page = umlautPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(UMLAUTS, extractor.extract(new ByteArrayInputStream(page)).text());
    }

    @Test
    void bytesWithoutADeclarationAreReadAsUtf8() {
        byte[] page = umlautPage("").getBytes(StandardCharsets.UTF_8);
        assertEquals(UMLAUTS, extractor.extract(new ByteArrayInputStream(page)).text());
    }

    @Test
    void aStreamLongerThanTheLimitIsRefused() {
        PageExtractor small = PageExtractor.builder().maxInputChars(1000).build();
        byte[] page = ("<body><p>" + "word ".repeat(400) + "</p></body>").getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> small.extract(new ByteArrayInputStream(page)));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
    }

    @Test
    void manyThreadsGetTheSameResult() throws Exception {
        String html = PageExtractorTest.page("<nav><a href=\"/\">Home</a></nav>", "<div class=\"share\">Share</div>", "");
        String expected = extractor.extract(html).text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> extractor.extract(html).text()));
            }
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String UMLAUTS = "Die Stadtverwaltung hat am Dienstag den Haushalt für das kommende Jahr"
            + " beschlossen, nach einer Debatte über Gebühren, Straßen und Grünflächen.";

    private static String umlautPage(String head) {
        return "<html><head>" + head + "<title>Haushalt</title></head><body><article><p>" + UMLAUTS
                + "</p></article></body></html>";
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
