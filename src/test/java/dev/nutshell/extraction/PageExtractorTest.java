package dev.nutshell.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Main-text extraction on short pages written for the purpose, one kind of page furniture each:
 * the article's paragraphs stay, the furniture goes.
 */
class PageExtractorTest {
    static final String FIRST = "The city council approved the new budget on Tuesday, after a debate that lasted"
            + " well into the night and drew hundreds of residents to the town hall.";
    static final String SECOND = "Under the plan, spending on public transport rises by a fifth, while the money"
            + " for road repairs stays flat, a choice that the mayor defended at length.";
    static final String THIRD = "Opponents said the increase would force higher fares within two years, and"
            + " promised to bring the matter back before the council in the spring.";

    private final PageExtractor extractor = PageExtractor.standard();

    /** A page whose article is the three paragraphs above, with {@code furniture} around and inside it. */
    static String page(String before, String inside, String after) {
        return "<!doctype html><html lang=\"en\"><head><title>Council passes budget - Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\"></head><body>" + before
                + "<main><article><h1>Council passes budget</h1>"
                + "<p>" + FIRST + "</p>" + inside + "<p>" + SECOND + "</p><p>" + THIRD + "</p></article></main>"
                + after + "</body></html>";
    }

    private String text(String html) {
        return extractor.extract(html).text();
    }

    private static final String ARTICLE = FIRST + "\n\n" + SECOND + "\n\n" + THIRD;

    @Test
    void paragraphsAreSeparatedByABlankLineAndTheHeadlineIsLeftOut() {
        Page page = extractor.extract(page("", "", ""));
        assertEquals(ARTICLE, page.text());
        assertEquals(Optional.of("Council passes budget"), page.title());
        assertEquals(Optional.of("en"), page.language());
        assertEquals(List.of(FIRST, SECOND, THIRD), page.paragraphs());
    }

    @Test
    void navigationHeaderAndFooterAreDropped() {
        String nav = "<header><div class=\"logo\">Example News</div><nav><ul><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>";
        String footer = "<footer><p>© 2025 Example News Ltd. All rights reserved. Registered in England and Wales,"
                + " company number 01234567.</p><a href=\"/privacy\">Privacy policy</a></footer>";
        assertEquals(ARTICLE, text(page(nav, "", footer)));
    }

    @Test
    void skipLinksAndMenusNamedByClassAreDropped() {
        String menu = "<div class=\"skip-link\"><a href=\"#main\">Skip to main content</a></div>"
                + "<div class=\"site-menu\"><p>Sections: news, business, opinion, culture and a few more.</p></div>";
        assertEquals(ARTICLE, text(page(menu, "", "")));
    }

    @Test
    void asidesAndRelatedLinksAreDropped() {
        String related = "<div class=\"related-articles\"><h3>Related</h3><ul>"
                + "<li><a href=\"/a\">Mayor faces questions over late-night council sessions</a></li>"
                + "<li><a href=\"/b\">Bus fares to rise again next year, operator warns</a></li></ul></div>";
        String aside = "<aside><p>Most read: the ten best walks in the county, chosen by our readers.</p></aside>";
        assertEquals(ARTICLE, text(page(aside, related, "")));
    }

    @Test
    void readMoreLinksInsideTheArticleAreDropped() {
        String readMore = "<p><a href=\"/c\">READ MORE: Why the city's buses run late, and what could fix it</a></p>";
        assertEquals(ARTICLE, text(page("", readMore, "")));
    }

    @Test
    void commentsAreDropped() {
        String comments = "<section id=\"comments\"><h2>3 comments</h2><div class=\"comment\"><p>This is a disgrace,"
                + " fares are already far too high for ordinary families in this city.</p></div>"
                + "<p>You are commenting using your account. Log out and change your settings.</p></section>";
        assertEquals(ARTICLE, text(page("", "", comments)));
    }

    @Test
    void shareWidgetsAreDropped() {
        String share = "<div class=\"share-bar\"><span>Share this article</span><a href=\"#\">Facebook</a>"
                + "<a href=\"#\">Twitter</a><a href=\"#\">Email</a></div>";
        assertEquals(ARTICLE, text(page("", share, "")));
    }

    @Test
    void cookieAndConsentBannersAreDropped() {
        String cookie = "<div id=\"cookie-banner\"><p>We use cookies to personalise content and ads, to provide"
                + " social media features and to analyse our traffic. By continuing you agree.</p>"
                + "<button>Accept all</button></div>";
        String consent = "<div class=\"gdpr-consent\"><p>Your privacy matters to us and our 142 partners, who"
                + " store and access information on your device.</p></div>";
        assertEquals(ARTICLE, text(page(cookie, "", consent)));
    }

    @Test
    void newsletterBoxesAreDropped() {
        String newsletter = "<div class=\"newsletter-signup\"><h3>Get the morning briefing</h3><p>Sign up for our"
                + " newsletter and get the day's top stories in your inbox every morning.</p>"
                + "<form><input type=\"email\"><button>Subscribe</button></form></div>";
        assertEquals(ARTICLE, text(page("", newsletter, "")));
    }

    @Test
    void callToActionBoxesAreDropped() {
        String cta = "<div class=\"member-cta\"><h4>Something to consider</h4><p>If you enjoyed this article, become a"
                + " member: members read everything, the magazine included, and support our reporting.</p></div>";
        assertEquals(ARTICLE, text(page("", cta, "")));
    }

    @Test
    void captionsAndPhotoCreditsAreLeftOut() {
        String figure = "<figure><img src=\"hall.jpg\" alt=\"\"><figcaption>Residents queue outside the town hall"
                + " on Tuesday evening. Photo: Jane Smith / Example News</figcaption></figure>"
                + "<div class=\"image-caption\">FILE PHOTO: The council chamber during an earlier session.</div>";
        assertEquals(ARTICLE, text(page("", figure, "")));
    }

    @Test
    void bylinesAndDatelinesAreGivenApartNotInTheText() {
        String html = "<html><head><title>Council passes budget</title>"
                + "<meta name=\"author\" content=\"Jane Smith\">"
                + "<meta property=\"article:published_time\" content=\"2025-11-25T08:00:00Z\"></head><body><article>"
                + "<h1>Council passes budget</h1><div class=\"byline\">By Jane Smith, City Reporter</div>"
                + "<time class=\"timestamp\" datetime=\"2025-11-25\">25 November 2025</time>"
                + "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></article></body></html>";
        Page page = extractor.extract(html);
        assertEquals(ARTICLE, page.text());
        assertEquals(Optional.of("Jane Smith"), page.byline());
        assertEquals(Optional.of("2025-11-25T08:00:00Z"), page.published());
    }

    @Test
    void subheadingsAndListItemsAreParagraphsOfTheirOwn() {
        String inside = "<h2>What changes</h2><ul><li>Bus fares are frozen until April.</li>"
                + "<li>Two new tram lines open in the east of the city.</li></ul>";
        assertEquals(FIRST + "\n\nWhat changes\n\nBus fares are frozen until April.\n\n"
                + "Two new tram lines open in the east of the city.\n\n" + SECOND + "\n\n" + THIRD,
                text(page("", inside, "")));
    }

    @Test
    void inlineMarkupFlowsWithinAParagraphAndLineBreaksSplitIt() {
        String html = "<body><article><p>The <b>council</b> <a href=\"/c\">approved</a> the <em>new</em> budget on"
                + " Tuesday, after a long debate that drew residents to the hall.<br>A second line follows here,"
                + " with more words about the budget and the debate.</p>"
                + "<p>" + SECOND + "</p><p>" + THIRD + "</p></article></body>";
        assertEquals("The council approved the new budget on Tuesday, after a long debate that drew residents"
                + " to the hall.\n\nA second line follows here, with more words about the budget and the debate.\n\n"
                + SECOND + "\n\n" + THIRD, text(html));
    }

    @Test
    void theTitleLosesTheSiteName() {
        assertEquals("Storm floods homes", PageMetadataTitles.of("Storm floods homes - BBC News", "BBC News"));
        assertEquals("Storm floods homes", PageMetadataTitles.of("Storm floods homes | The Daily Example", ""));
        assertEquals("Brexit: what happens now", PageMetadataTitles.of("Brexit: what happens now - BBC News", "BBC News"));
        assertEquals("No separator here", PageMetadataTitles.of("No separator here", ""));
    }

    @Test
    void theTitleComesFromOpenGraphWithoutAnH1() {
        String html = "<html><head><title>Home | Example</title><meta property=\"og:title\" content=\"Budget passes\">"
                + "</head><body><p>" + FIRST + "</p></body></html>";
        assertEquals(Optional.of("Budget passes"), extractor.extract(html).title());
    }

    @Test
    void entitiesAreDecoded() {
        String html = "<body><article><p>Fares &amp; tickets rise by 5&nbsp;% &mdash; &quot;too much&quot;, say"
                + " riders &#8211; and &#x201C;unfair&#x201D; too, according to a survey of commuters.</p></article></body>";
        assertEquals("Fares & tickets rise by 5 % — \"too much\", say riders – and “unfair” too, according to a"
                + " survey of commuters.", text(html));
    }

    @Test
    void aPageWithoutAnArticleGivesAnEmptyText() {
        String html = "<html><head><title>Login</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<form><label>User</label><input><button>Sign in</button></form>"
                + "<footer>© Example</footer></body></html>";
        Page page = extractor.extract(html);
        assertTrue(page.isEmpty());
        assertEquals(List.of(), page.paragraphs());
        assertEquals(Optional.of("Login"), page.title());
    }

    @Test
    void emptyAndNonHtmlInputGiveAPage() {
        assertTrue(extractor.extract("").isEmpty());
        assertEquals(Optional.empty(), extractor.extract("").title());
        assertEquals("Just some plain text, not HTML at all, but long enough to count as a paragraph.",
                text("Just some plain text, not HTML at all, but long enough to count as a paragraph."));
    }

    @Test
    void aContainerNamedLikeFurnitureIsKeptWhenItHoldsTheArticle() {
        String html = "<body><div class=\"page-ad-margins\"><div class=\"sidebar\"><p>Popular: a short teaser"
                + " of another story, with a few words.</p></div><div class=\"story\"><p>" + FIRST + "</p><p>" + SECOND
                + "</p><p>" + THIRD + "</p></div></div></body>";
        assertEquals(ARTICLE, text(html));
    }

    @Test
    void pagesLongerThanTheLimitAreRefused() {
        PageExtractor small = PageExtractor.builder().maxInputChars(100).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.extract("x".repeat(101)));
        assertTrue(e.getMessage().contains("101"), e.getMessage());
        assertFalse(small.extract("x".repeat(100)).text().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PageExtractor.builder().maxInputChars(0));
    }
}
