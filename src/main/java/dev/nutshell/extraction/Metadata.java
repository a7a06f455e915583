package dev.nutshell.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's headline, byline, publication date and language, read from its markup before cleaning:
 * Open Graph and other {@code meta} tags, schema.org {@code itemprop}s, {@code h1}, {@code
 * <title>}, {@code lang}. One pass over the elements.
 */
record Metadata(Optional<String> title, Optional<String> byline, Optional<String> published, Optional<String> language) {
    /** Separators between a headline and the site's name in a {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—·»:] | :: ");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(\\||-|–|—|·|»|:|::)?\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");
    private static final int MAX_BYLINE_CHARS = 200;
    private static final int MAX_TITLE_CHARS = 500;

    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "byl", "parsely-author");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "datepublished", "pubdate",
            "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date");
    private static final List<String> LANGUAGE_KEYS = List.of("content-language", "og:locale");

    static Metadata of(Document document) {
        Found found = new Found();
        for (Element element : document.getAllElements()) {
            found.visit(element);
        }
        return new Metadata(found.title(document), found.byline(), found.published(), found.language(document));
    }

    /** What one pass over the elements found: meta contents by key, and the first of a few elements. */
    private static final class Found {
        private final Map<String, String> meta = new HashMap<>();
        private Element h1;
        private Element author;
        private Element date;

        void visit(Element element) {
            switch (element.normalName()) {
                case "meta" -> meta(element);
                case "h1" -> h1 = h1 != null || clean(element.text()).isEmpty() ? h1 : element;
                default -> { }
            }
            if (author == null && (element.attr("itemprop").equalsIgnoreCase("author") || element.attr("rel").equalsIgnoreCase("author")
                    || element.hasClass("byline") || element.hasClass("author"))) {
                author = element;
            }
            if (date == null && (element.attr("itemprop").equalsIgnoreCase("datePublished")
                    || element.normalName().equals("time") && element.hasAttr("datetime"))) {
                date = element;
            }
        }

        private void meta(Element element) {
            String content = clean(element.attr("content"));
            if (content.isEmpty()) {
                return;
            }
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = element.attr(attribute).toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key, content);
                }
            }
        }

        private String first(List<String> keys) {
            for (String key : keys) {
                String value = meta.get(key);
                if (value != null) {
                    return value;
                }
            }
            return "";
        }

        Optional<String> title(Document document) {
            String heading = h1 == null ? "" : clean(h1.text());
            String og = first(TITLE_KEYS);
            String title = clean(document.title());
            String site = meta.getOrDefault("og:site_name", "");
            if (!heading.isEmpty() && (containsLoosely(og, heading) || containsLoosely(title, heading))) {
                return present(heading);
            }
            if (!og.isEmpty()) {
                return present(withoutSiteName(og, site));
            }
            if (!title.isEmpty()) {
                return present(withoutSiteName(title, site));
            }
            return present(heading);
        }

        Optional<String> byline() {
            String byline = first(AUTHOR_KEYS);
            if ((byline.isEmpty() || byline.startsWith("http")) && author != null) {
                Element name = author.selectFirst("[itemprop=name]");
                byline = clean((name != null ? name : author).text());
            }
            return byline.length() > MAX_BYLINE_CHARS ? Optional.empty() : present(byline);
        }

        Optional<String> published() {
            String published = first(DATE_KEYS);
            if (published.isEmpty() && date != null) {
                published = clean(date.hasAttr("datetime") ? date.attr("datetime")
                        : date.hasAttr("content") ? date.attr("content") : date.text());
            }
            return present(published);
        }

        Optional<String> language(Document document) {
            Element html = document.selectFirst("html");
            String language = html == null ? "" : clean(html.attr("lang"));
            if (language.isEmpty()) {
                language = first(LANGUAGE_KEYS).replace('_', '-');
            }
            return present(language);
        }
    }

    /**
     * The headline part of a title such as "Storm floods homes - BBC News": without the site's name
     * when the page states it, else the longest of the parts between separators.
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

    private static String clean(String text) {
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ").trim();
        return collapsed.length() > MAX_TITLE_CHARS ? collapsed.substring(0, MAX_TITLE_CHARS) : collapsed;
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
