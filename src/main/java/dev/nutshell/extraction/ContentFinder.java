package dev.nutshell.extraction;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold a page's article, as Mozilla Readability does ({@code
 * _grabArticle}): every paragraph of at least {@value #MIN_PARAGRAPH_CHARS} characters gives its
 * ancestors points for its length and commas, the best-scored element after discounting its link
 * text is the article's container, and those of its siblings that score close to it or read like
 * prose join it. Linear in the number of elements (a paragraph scores at most
 * {@value #ANCESTOR_LEVELS} ancestors).
 */
final class ContentFinder {
    static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int CHARS_PER_POINT = 100;
    private static final int MAX_LENGTH_POINTS = 3;

    private final TextStatistics statistics;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    /** The scored elements in the order they were first scored: document order of their paragraphs. */
    private final List<Element> candidates = new ArrayList<>();

    private ContentFinder(TextStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * @param body the cleaned page body
     * @param statistics the body's text statistics
     * @return the article's elements in document order; just the body when no paragraph scored
     */
    static List<Element> find(Element body, TextStatistics statistics) {
        ContentFinder finder = new ContentFinder(statistics);
        Element top = finder.topCandidate(body);
        if (top == null) {
            return List.of(body);
        }
        top = finder.climb(top, body);
        return finder.withSiblings(top);
    }

    private Element topCandidate(Element body) {
        Element outside = body.parent();
        for (Element paragraph : statistics.paragraphs()) {
            TextStatistics.Counts counts = statistics.of(paragraph);
            if (counts.ownChars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double points = 1 + counts.ownCommas + Math.min(counts.ownChars / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            // Any block with text of its own counts as a paragraph, as Readability counts a div
            // that it turns into one; the candidates stay inside the body.
            Element ancestor = paragraph.parent();
            for (int level = 0; ancestor != null && ancestor != outside && level < ANCESTOR_LEVELS;
                    level++, ancestor = ancestor.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score(ancestor)[0] += points / divider;
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        // In the order first scored, so that of equal scores the first wins on every run (an
        // identity map's order changes from run to run).
        for (Element candidate : candidates) {
            double[] score = scores.get(candidate);
            score[0] *= 1 - statistics.of(candidate).linkDensity();
            if (score[0] > bestScore) {
                best = candidate;
                bestScore = score[0];
            }
        }
        return best;
    }

    private double[] score(Element element) {
        double[] score = scores.get(element);
        if (score == null) {
            score = new double[] {initialScore(element)};
            scores.put(element, score);
            candidates.add(element);
        }
        return score;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + Hints.classWeight(element);
    }

    private double scoreOf(Element element) {
        double[] score = scores.get(element);
        return score == null ? Double.NaN : score[0];
    }

    /**
     * Moves up from the best element while an ancestor scores nearly as well (the article is
     * split into several containers that each took points), and past wrappers with one child.
     */
    private Element climb(Element top, Element body) {
        double lastScore = scoreOf(top);
        double threshold = lastScore / 3;
        Element parent = top.parent();
        while (parent != null && parent != body) {
            double parentScore = scoreOf(parent);
            if (Double.isNaN(parentScore)) {
                parent = parent.parent();
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The top element and those of its siblings that belong to the article, in document order. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scoreOf(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            boolean sameClass = !topClass.isEmpty() && sibling.className().equals(topClass);
            if (sameClass && readsLikeProseContainer(sibling)) {
                chosen.add(sibling); // a part of the article its site cut in two, such as sections around a figure
                continue;
            }
            double bonus = sameClass ? topScore * 0.2 : 0;
            double score = scoreOf(sibling);
            // An unscored sibling (its paragraphs too deep to give it points) counts as 0, as in
            // Readability, so one of the same class as the article still joins it if it has prose.
            if (Double.isNaN(score)) {
                score = statistics.of(sibling).proseChars > 0 ? 0 : Double.NEGATIVE_INFINITY;
            }
            if (score + bonus >= threshold || readsLikeProse(sibling)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** A container whose text is mostly paragraphs of prose, with few links. */
    private boolean readsLikeProseContainer(Element sibling) {
        TextStatistics.Counts counts = statistics.of(sibling);
        return counts.proseChars * 2 >= counts.chars && counts.linkDensity() < 0.25 && counts.proseChars > 0;
    }

    /** A paragraph sibling that is long and has few links, or short, link-free and ends a sentence. */
    private boolean readsLikeProse(Element sibling) {
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        TextStatistics.Counts counts = statistics.of(sibling);
        if (counts.chars > 80) {
            return counts.linkDensity() < 0.25;
        }
        if (counts.chars == 0 || counts.linkChars > 0) {
            return false;
        }
        String text = sibling.text();
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith("\u3002");
    }
}
