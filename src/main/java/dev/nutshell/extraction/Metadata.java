package dev.nutshell.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline, byline, publication date and language, read from its markup before cleaning:
 * Open Graph and other {@code meta} tags, schema.org {@code itemprop}s, {@code h1}, {@code
 * <title>}, {@code lang}.
 */
record Metadata(Optional<String> title, Optional<String> byline, Optional<String> published, Optional<String> language) {
    /** Separators between a headline and the site's name in a {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—·»:] | :: ");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(\\||-|–|—|·|»|:|::)?\\s*$");
    private static final int MAX_BYLINE_CHARS = 200;
    private static final int MAX_TITLE_CHARS = 500;

    static Metadata of(Document document) {
        return new Metadata(title(document), byline(document), published(document), language(document));
    }

    private static Optional<String> title(Document document) {
        String h1 = firstText(document, "h1");
        String og = meta(document, "meta[property=og:title], meta[name=twitter:title]");
        String title = clean(document.title());
        String site = meta(document, "meta[property=og:site_name]");
        if (!h1.isEmpty() && (containsLoosely(og, h1) || containsLoosely(title, h1))) {
            return present(h1);
        }
        if (!og.isEmpty()) {
            return present(withoutSiteName(og, site));
        }
        if (!title.isEmpty()) {
            return present(withoutSiteName(title, site));
        }
        return present(h1);
    }

    /**
     * The headline part of a title such as "Storm floods homes - BBC News": the site's name when
     * the page states it, else the longest of the parts between separators.
     */
    static String withoutSiteName(String title, String site) {
        if (!site.isEmpty() && title.length() > site.length()
                && title.regionMatches(true, title.length() - site.length(), site, 0, site.length())) {
            String head = TRAILING_SEPARATOR.matcher(title.substring(0, title.length() - site.length())).replaceFirst("");
            if (!head.isEmpty()) {
                return head;
            }
        }
        String longest = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (part.trim().length() > longest.length()) {
                longest = part.trim();
            }
        }
        return longest.isEmpty() ? title : longest;
    }

    private static boolean containsLoosely(String text, String part) {
        return !text.isEmpty() && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> byline(Document document) {
        String byline = meta(document, "meta[name=author], meta[property=article:author], meta[name=byl], meta[name=parsely-author]");
        if (byline.isEmpty() || byline.startsWith("http")) {
            byline = firstText(document, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author");
        }
        return byline.length() > MAX_BYLINE_CHARS ? Optional.empty() : present(byline);
    }

    private static Optional<String> published(Document document) {
        String date = meta(document, "meta[property=article:published_time], meta[itemprop=datePublished],"
                + " meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=date],"
                + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=sailthru.date], meta[name=parsely-pub-date]");
        if (date.isEmpty()) {
            Element time = document.selectFirst("[itemprop=datePublished], time[datetime]");
            if (time != null) {
                date = clean(time.hasAttr("datetime") ? time.attr("datetime")
                        : time.hasAttr("content") ? time.attr("content") : time.text());
            }
        }
        return present(date);
    }

    private static Optional<String> language(Document document) {
        Element html = document.selectFirst("html");
        String language = html == null ? "" : clean(html.attr("lang"));
        if (language.isEmpty()) {
            language = meta(document, "meta[http-equiv=content-language], meta[property=og:locale]").replace('_', '-');
        }
        return present(language);
    }

    private static String meta(Document document, String query) {
        for (Element meta : document.select(query)) {
            String content = clean(meta.attr("content"));
            if (!content.isEmpty()) {
                return content;
            }
        }
        return "";
    }

    private static String firstText(Document document, String query) {
        for (Element element : document.select(query)) {
            String text = clean(element.text());
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static String clean(String text) {
        String collapsed = text.replaceAll("[\\s\\u00a0]+", " ").trim();
        return collapsed.length() > MAX_TITLE_CHARS ? collapsed.substring(0, MAX_TITLE_CHARS) : collapsed;
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
