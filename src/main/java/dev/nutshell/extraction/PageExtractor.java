package dev.nutshell.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an HTML page: the article's paragraphs, sub-headings and list items
 * without the navigation, headers, footers, asides, related links, comments, share buttons,
 * cookie, consent and newsletter boxes around them, and without its headline, bylines and image
 * captions, which are given apart ({@link Page}).
 *
 * <pre>{@code
 * PageExtractor extractor = PageExtractor.standard();   // once; share it
 * Page page = extractor.extract(html);
 * String text = page.text();                            // paragraphs separated by a blank line
 * }</pre>
 *
 * <h2>How</h2>
 *
 * The page is parsed with jsoup (an HTML5 parser: any byte sequence gives a tree, malformed and
 * truncated markup included). What is never content goes first (scripts, media, forms, {@code
 * nav}, {@code aside}, {@code header}, {@code footer}, {@code figure}, hidden elements, and
 * elements whose class, id or ARIA role names furniture). Then, as Mozilla Readability does, every
 * paragraph scores its ancestors by its length and commas; the best container, discounted by its
 * share of link text, is the article, joined by those of its siblings that score close to it or
 * read like prose. Inside it, furniture by name (captions, bylines, share bars, related boxes,
 * newsletter prompts) goes too, and the remaining text is cut into paragraphs; those that are
 * mostly links, the headline and trailing headings are dropped. docs/html.md gives the measured
 * quality.
 *
 * <h2>Input handling</h2>
 *
 * <ul>
 *   <li>Any string or byte sequence gives a page: a page without an article gives an empty text,
 *       never an exception.
 *   <li>Input longer than {@link Builder#maxInputChars(int)} characters (or bytes, for a stream)
 *       throws {@link IllegalArgumentException}.
 *   <li>Every step is iterative: 100,000 nested elements do not overflow the stack. Time and
 *       memory are linear in the page's size.
 *   <li>Never touches the network: nothing the page links to is loaded.
 * </ul>
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * @since 0.1.0
 */
public final class PageExtractor {
    /** The default most characters (or bytes) of one page: 32 million, far beyond any real page. */
    public static final int DEFAULT_MAX_INPUT_CHARS = 32_000_000;

    private static final PageExtractor STANDARD = new PageExtractor(DEFAULT_MAX_INPUT_CHARS);

    private final int maxInputChars;

    private PageExtractor(int maxInputChars) {
        this.maxInputChars = maxInputChars;
    }

    /** @return the extractor with the default settings; shared, immutable */
    public static PageExtractor standard() {
        return STANDARD;
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts the main text of a page given as a string.
     *
     * @param html the page, any content (not necessarily well-formed HTML)
     * @return the page's main text and metadata; an empty text if it has no article
     * @throws NullPointerException if {@code html} is null
     * @throws IllegalArgumentException if {@code html} is longer than {@link #maxInputChars()}
     */
    public Page extract(String html) {
        Objects.requireNonNull(html, "html");
        if (html.length() > maxInputChars) {
            throw new IllegalArgumentException("page is " + html.length() + " characters, more than the limit of "
                    + maxInputChars + " (PageExtractor.Builder.maxInputChars)");
        }
        return extract(Jsoup.parse(html));
    }

    /**
     * Extracts the main text of a page given as bytes, decoded as a browser would: by its byte
     * order mark, else its {@code <meta charset>} or {@code http-equiv} declaration, else as UTF-8.
     * The stream is read to its end but not closed.
     *
     * @param html the page's bytes
     * @return the page's main text and metadata; an empty text if it has no article
     * @throws NullPointerException if {@code html} is null
     * @throws IllegalArgumentException if the stream holds more than {@link #maxInputChars()} bytes
     * @throws UncheckedIOException if reading the stream fails
     */
    public Page extract(InputStream html) {
        Objects.requireNonNull(html, "html");
        try {
            return extract(Jsoup.parse(new LimitedInputStream(html, maxInputChars), null, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Page extract(Document document) {
        Metadata metadata = Metadata.of(document);
        Element body = document.body();
        Cleaner.clean(body);
        TextStatistics statistics = TextStatistics.count(body);
        List<Element> content = ContentFinder.find(body, statistics);
        Cleaner.removeSureFurniture(content, statistics);
        List<Block> blocks = BlockFilter.filter(BlockCollector.collect(content), metadata.title());
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (text.length() > 0) {
                text.append(Page.PARAGRAPH_SEPARATOR);
            }
            text.append(block.text());
        }
        return new Page(metadata.title(), metadata.byline(), metadata.published(), metadata.language(), text.toString());
    }

    /** @return the most characters (or bytes, for a stream) one page may have, {@code >= 1} */
    public int maxInputChars() {
        return maxInputChars;
    }

    @Override
    public String toString() {
        return "PageExtractor[maxInputChars=" + maxInputChars + "]";
    }

    /** Configures a {@link PageExtractor}. Not thread-safe; the extractors it builds are. */
    public static final class Builder {
        private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;

        private Builder() {
        }

        /**
         * @param maxInputChars the most characters of a string page, or bytes of a stream, {@code
         *     >= 1}; default {@value PageExtractor#DEFAULT_MAX_INPUT_CHARS}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxInputChars < 1}
         */
        public Builder maxInputChars(int maxInputChars) {
            if (maxInputChars < 1) {
                throw new IllegalArgumentException("maxInputChars must be >= 1, was " + maxInputChars);
            }
            this.maxInputChars = maxInputChars;
            return this;
        }

        /** @return the extractor */
        public PageExtractor build() {
            return new PageExtractor(maxInputChars);
        }
    }
}
