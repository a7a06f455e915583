package dev.nutshell.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and other attributes say about it. Site builders name their
 * furniture (navigation, sharing buttons, cookie banners, related links, comments) in every
 * language's pages with the same English words, so these hints are general, not per site.
 *
 * <p>The patterns are plain alternations: no nested quantifier, so matching is linear in the
 * attribute's length.
 */
final class Hints {
    /** Names of page furniture (after Mozilla Readability's "unlikely candidates", extended). */
    private static final Pattern FURNITURE = Pattern.compile(
            "-ad-|^ads?[-_ ]|[-_ ]ads?$|[-_ ]ads?[-_ ]|^ads?$|advert|banner|breadcrumb|combx|comment|community|cookie|consent"
                    + "|disqus|gdpr|footer|header|legends|menu|newsletter|related|remark|replies|rss|shoutbox"
                    + "|sidebar|skyscraper|social|share|sharing|sponsor|supplemental|agegate|pagination|pager"
                    + "|popup|modal|promo|subscri|signup|sign-up|recommend|trending|popular|most-read|mostread"
                    + "|outbrain|taboola|toolbar|skip|widget|masthead|navbar|topnav|[-_ ]nav[-_ ]|^nav[-_ ]|[-_ ]nav$|^nav$"
                    + "|navigation|paywall|offer|teaser|tease|excerpt|overlay|login|popover|more-stories"
                    + "|read-more|readmore|see-also|seealso|also-read|byline|author|caption|credit|dateline"
                    + "|timestamp|[-_ ]tags?[-_ ]|^tags?[-_ ]|[-_ ]tags?$|^tags?$|tag-list|taglist|keywords|rating|feedback|^cta|[-_ ]cta");

    /** Names of the article itself, which keep a container whose name also has a furniture word. */
    private static final Pattern ARTICLE = Pattern.compile("article|body|content|main|story|entry|post-?text|text");

    /** Furniture that is never the article even inside it: sure to go wherever it is. */
    private static final Pattern SURE_FURNITURE = Pattern.compile(
            "cookie|consent|gdpr|newsletter|subscri|signup|sign-up|share|sharing|social|related|recommend"
                    + "|comment|disqus|promo|sponsor|advert|-ad-|^ads?[-_ ]|[-_ ]ads?$|[-_ ]ads?[-_ ]|^ads?$|outbrain|taboola"
                    + "|byline|author|caption|credit|dateline|timestamp|breadcrumb|toolbar|more-stories|read-more"
                    + "|readmore|see-also|seealso|also-read|[-_ ]tags?[-_ ]|^tags?[-_ ]|[-_ ]tags?$|^tags?$|tag-list|newsletter"
                    + "|paywall|popup|modal|overlay|rating|feedback|skip|teaser|excerpt|^cta|[-_ ]cta");

    /** Readability's positive class weight. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");
    /** Readability's negative class weight. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain"
                    + "|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");

    /** ARIA roles of furniture. */
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|tablist|toolbar");

    private static final int CLASS_WEIGHT = 25;
    private static final int MAX_NAMES_CHARS = 1000;

    private Hints() {
    }

    /**
     * The class and id of an element, lower case, space separated, at most {@value #MAX_NAMES_CHARS}
     * characters: no real class list is longer, and a megabyte-long one from a hostile page then
     * costs no more to match than a real one.
     */
    static String names(Element element) {
        String className = element.attr("class");
        String id = element.attr("id");
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        String names = className + " " + id;
        if (names.length() > MAX_NAMES_CHARS) {
            names = names.substring(0, MAX_NAMES_CHARS);
        }
        return names.toLowerCase(Locale.ROOT).trim();
    }

    /** Whether the element's names, role or attributes say it is furniture and nothing says it is the article. */
    static boolean isFurniture(Element element, Map<String, Boolean> verdicts) {
        if (isHidden(element) || FURNITURE_ROLE.matcher(bounded(element.attr("role"))).find()) {
            return true;
        }
        String names = names(element);
        if (names.isEmpty()) {
            return false;
        }
        // A page repeats a few dozen class names over thousands of elements: each is matched once.
        return verdicts.computeIfAbsent(names, key -> FURNITURE.matcher(key).find() && !ARTICLE.matcher(key).find());
    }

    /** Whether the element is furniture even inside the article (a caption, a share bar, a related box). */
    static boolean isSureFurniture(Element element, Map<String, Boolean> verdicts) {
        String names = names(element);
        if (!names.isEmpty() && verdicts.computeIfAbsent(names, key -> SURE_FURNITURE.matcher(key).find())) {
            return true;
        }
        String itemProperty = bounded(element.attr("itemprop"));
        return itemProperty.equals("author") || itemProperty.equals("datepublished") || itemProperty.equals("caption")
                || element.attr("rel").equalsIgnoreCase("author");
    }

    /** Readability's class weight: +25 for each of class and id that names content, −25 for furniture. */
    static int classWeight(Element element) {
        return weight(bounded(element.attr("class"))) + weight(bounded(element.attr("id")));
    }

    private static String bounded(String name) {
        return (name.length() > MAX_NAMES_CHARS ? name.substring(0, MAX_NAMES_CHARS) : name).toLowerCase(Locale.ROOT);
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    /** Hidden by the {@code hidden} attribute, ARIA or an inline style. */
    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = bounded(style).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }
}
