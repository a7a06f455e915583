package dev.nutshell.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of every element of a tree, counted in one pass: its characters, those inside links,
 * and its paragraphs (the block elements whose own text makes a paragraph). Built by an iterative
 * traversal with explicit stacks, so no depth of nesting can overflow the call stack; linear time.
 */
final class TextStatistics {
    /** Counts of one element's text, its descendants' included. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        /** Characters of the element's own paragraph text (in inline descendants, not in nested blocks). */
        int ownChars;
        int ownLinkChars;
        int ownCommas;
        /** Characters of the paragraphs in the element that read like prose: long, few links. */
        int proseChars;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** The shortest paragraph that counts as prose. */
    static final int MIN_PROSE_CHARS = 25;

    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private final List<Element> paragraphs = new ArrayList<>();

    private TextStatistics() {
    }

    /** Counts the text of {@code root} and everything in it. */
    static TextStatistics count(Element root) {
        TextStatistics statistics = new TextStatistics();
        NodeTraversor.traverse(statistics.new Counter(), root);
        return statistics;
    }

    /** @return the counts of an element of the tree; zero counts for an element that has no text */
    Counts of(Element element) {
        Counts found = counts.get(element);
        return found != null ? found : new Counts();
    }

    /** @return the block elements that have text of their own, in document order */
    List<Element> paragraphs() {
        return paragraphs;
    }

    private final class Counter implements NodeVisitor {
        private final Deque<Element> blocks = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                counts.put(element, new Counts());
                if (Tags.isLink(element)) {
                    linkDepth++;
                }
                if (Tags.isBlock(element)) {
                    blocks.push(element);
                }
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                count(text.getWholeText(), counts.get(parent));
            }
        }

        private void count(String text, Counts into) {
            int chars = visibleLength(text);
            if (chars == 0 || into == null) {
                return;
            }
            int commas = commas(text);
            into.chars += chars;
            into.commas += commas;
            if (linkDepth > 0) {
                into.linkChars += chars;
            }
            Element block = blocks.peek();
            if (block != null) {
                Counts blockCounts = counts.get(block);
                if (blockCounts.ownChars == 0) {
                    paragraphs.add(block);
                }
                blockCounts.ownChars += chars;
                blockCounts.ownCommas += commas;
                if (linkDepth > 0) {
                    blockCounts.ownLinkChars += chars;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            if (Tags.isLink(element)) {
                linkDepth--;
            }
            if (Tags.isBlock(element) && !blocks.isEmpty()) {
                blocks.pop();
            }
            Counts own = counts.get(element);
            if (own.ownChars >= MIN_PROSE_CHARS && own.ownLinkChars * 2 < own.ownChars) {
                own.proseChars += own.ownChars;
            }
            if (element.parent() != null && counts.get(element.parent()) != null) {
                Counts parent = counts.get(element.parent());
                parent.chars += own.chars;
                parent.linkChars += own.linkChars;
                parent.commas += own.commas;
                parent.proseChars += own.proseChars;
            }
        }
    }

    /** Characters with every run of whitespace counted as one. */
    static int visibleLength(String text) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                length += space && length > 0 ? 2 : 1;
                space = false;
            }
        }
        return length;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The commas of Latin, Arabic, CJK and fullwidth text.
            if (c == ',' || c == '\u060c' || c == '\u3001' || c == '\uff0c' || c == '\ufe50') {
                commas++;
            }
        }
        return commas;
    }
}
