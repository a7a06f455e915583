package dev.nutshell.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes what is never the article from a page's tree, in place; iterative and linear. */
final class Cleaner {
    /**
     * An element holding more than this share of the page's prose (or, inside the article, of the
     * article's text) is kept whatever its name says: it is the article, misnamed by its site.
     */
    private static final double KEPT_SHARE = 0.5;

    private Cleaner() {
    }

    /**
     * Removes comments, code, media, controls, furniture by tag (navigation, asides, headers,
     * footers, figures) and elements whose names or roles say furniture.
     */
    static void clean(Element body) {
        TextStatistics statistics = TextStatistics.count(body);
        int kept = (int) (statistics.of(body).proseChars * KEPT_SHARE);
        Map<String, Boolean> verdicts = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element element && element != body && removable(element, verdicts)
                        && (Tags.isCode(element) || statistics.of(element).proseChars <= kept)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    private static boolean removable(Element element, Map<String, Boolean> verdicts) {
        if (Tags.isNeverContent(element)) {
            return true;
        }
        String tag = element.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("a")) {
            return false;
        }
        return Hints.isFurniture(element, verdicts);
    }

    /**
     * Inside the article's elements, removes what is furniture wherever it stands (captions,
     * bylines, share bars, related links), unless it holds most of the article's text, which a
     * container misnamed by its site would.
     */
    static void removeSureFurniture(List<Element> content, TextStatistics statistics) {
        int total = 0;
        for (Element element : content) {
            total += statistics.of(element).chars;
        }
        int limit = (int) (total * KEPT_SHARE);
        Map<String, Boolean> verdicts = new HashMap<>();
        for (Element element : content) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element inner && inner != element && Hints.isSureFurniture(inner, verdicts)
                            && statistics.of(inner).chars < limit) {
                        return FilterResult.REMOVE;
                    }
                    return node instanceof TextNode ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
            }, element);
        }
    }
}
