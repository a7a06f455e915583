package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.extraction.Page;
import dev.nutshell.extraction.PageExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummarizeHtmlTest {
    private static final String FIRST = "The city council approved the new budget on Tuesday, after a debate that"
            + " lasted well into the night.";
    private static final String SECOND = "Spending on public transport rises by a fifth, while road repairs stay flat.";
    private static final String THIRD = "Opponents said the increase would force higher fares within two years.";
    private static final String PAGE = "<html><head><title>Council passes budget - Example News</title>"
            + "<meta property=\"og:site_name\" content=\"Example News\"></head><body>"
            + "<nav><a href=\"/\">Skip to main content</a> <a href=\"/news\">News</a></nav>"
            + "<div class=\"cookie-banner\"><p>We use cookies to personalise content and ads on this site.</p></div>"
            + "<article><h1>Council passes budget</h1><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
            + "</p></article></body></html>";

    private final Summarizer summarizer = Summarizer.builder().build();

    @Test
    void offsetsReferToTheExtractedMainText() {
        Summary summary = summarizer.summarizeHtml(PAGE, Length.sentences(2));
        assertEquals(FIRST + "\n\n" + SECOND + "\n\n" + THIRD, summary.source());
        assertEquals(2, summary.sentences().size());
        for (KeySentence sentence : summary.sentences()) {
            assertEquals(sentence.text(), summary.source().substring(sentence.start(), sentence.end()));
        }
    }

    @Test
    void theHeadlineIsThePagesTitle() {
        assertEquals(Optional.of("Council passes budget"), summarizer.summarizeHtml(PAGE, Length.sentences(1)).headline());
    }

    @Test
    void bytesAreDecodedByTheirDeclaredCharset() {
        String page = "<meta charset=\"windows-1252\"><p>Die Stadt hat den Haushalt für das nächste Jahr beschlossen.</p>";
        Summary summary = summarizer.summarizeHtml(new ByteArrayInputStream(page.getBytes(Charset.forName("windows-1252"))),
                Length.sentences(1));
        assertEquals("Die Stadt hat den Haushalt für das nächste Jahr beschlossen.", summary.text());
    }

    @Test
    void aPageWithoutAnArticleGivesAnEmptySummary() {
        Summary summary = summarizer.summarizeHtml("<nav><a href=\"/\">Home</a></nav><form><button>Go</button></form>",
                Length.sentences(3));
        assertTrue(summary.isEmpty());
        assertEquals("", summary.source());
    }

    @Test
    void summarizingAPageEqualsSummarizingItsText() {
        Page page = PageExtractor.standard().extract(PAGE);
        assertEquals(summarizer.summarize(page.text(), Length.words(30)).sentences(),
                summarizer.summarize(page, Length.words(30)).sentences());
    }

    @Test
    void theExtractorsLimitApplies() {
        Summarizer small = Summarizer.builder().pageExtractor(PageExtractor.builder().maxInputChars(50).build()).build();
        assertThrows(IllegalArgumentException.class, () -> small.summarizeHtml(PAGE, Length.sentences(1)));
        assertFalse(summarizer.summarizeHtml(PAGE, Length.sentences(1)).isEmpty());
    }
}
