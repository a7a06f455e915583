package dev.nutshell.cli;

/** Short HTML pages for the command-line tests. */
final class Pages {
    static final String FIRST = "The city council approved the new budget on Tuesday, after a debate that lasted"
            + " well into the night.";
    static final String SECOND = "Spending on public transport rises by a fifth, while the money for road repairs"
            + " stays flat.";
    static final String THIRD = "Opponents said the increase would force higher fares within two years.";
    /** The main text of {@link #NEWS}. */
    static final String TEXT = FIRST + "\n\n" + SECOND + "\n\n" + THIRD;

    /** A news page with navigation, a byline, a caption, a share bar and a cookie banner. */
    static final String NEWS = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Council passes budget | Example News</title>"
            + "<meta name=\"author\" content=\"Jane Smith\">"
            + "<meta property=\"article:published_time\" content=\"2025-11-25\"></head><body>"
            + "<div id=\"cookie-notice\"><p>We use cookies to improve your experience on our site and for ads.</p></div>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<article><h1>Council passes budget</h1><p class=\"byline\">By Jane Smith</p>"
            + "<p>" + FIRST + "</p><figure><img src=\"a.jpg\"><figcaption>The town hall on Tuesday.</figcaption></figure>"
            + "<p>" + SECOND + "</p><div class=\"share-tools\"><a href=\"#\">Share on Facebook</a></div>"
            + "<p>" + THIRD + "</p></article><footer>© Example News</footer></body></html>";

    /** A page with no article. */
    static final String NO_ARTICLE = "<html><head><title>Sign in</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<form><input><button>Sign in</button></form></body></html>";

    private Pages() {
    }
}
