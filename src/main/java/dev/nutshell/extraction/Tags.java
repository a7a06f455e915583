package dev.nutshell.extraction;

import java.util.Set;
import org.jsoup.nodes.Element;

/** What HTML elements are, for extraction: never content, inline, or a block of text. */
final class Tags {
    /** Elements whose content is never part of the main text: code, media, controls, and furniture by tag. */
    private static final Set<String> NEVER_CONTENT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "frame", "frameset",
            "object", "embed", "applet", "video", "audio", "picture", "source", "track", "map", "area",
            "button", "input", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend",
            "datalist", "output", "progress", "meter", "dialog", "menu", "menuitem", "link", "meta",
            "nav", "aside", "footer", "header", "figure", "figcaption", "head", "title");

    /** Furniture by tag, which a site may still wrap its article in. */
    private static final Set<String> STRUCTURE = Set.of("nav", "aside", "footer", "header", "figure", "menu", "dialog");

    /** Elements that flow inside a paragraph rather than start one. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "img", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "nobr");

    /** Headings: part of the text when they head a section, never the page's headline. */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Tags() {
    }

    static boolean isNeverContent(Element element) {
        return NEVER_CONTENT.contains(element.normalName());
    }

    /** Elements whose content is not text for a reader: scripts, styles, media, controls. */
    static boolean isCode(Element element) {
        return isNeverContent(element) && !STRUCTURE.contains(element.normalName());
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    static boolean isBlock(Element element) {
        return !INLINE.contains(element.normalName());
    }

    static boolean isHeading(Element element) {
        return HEADINGS.contains(element.normalName());
    }

    static boolean isLink(Element element) {
        return element.normalName().equals("a");
    }

    static boolean isLineBreak(Element element) {
        return element.normalName().equals("br") || element.normalName().equals("hr");
    }
}
