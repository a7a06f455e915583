package dev.nutshell.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts the article's elements into paragraphs: a paragraph ends where a block element (a {@code
 * p}, heading, list item, table cell, {@code div}...) starts or ends, and at a line break; inline
 * elements (links, emphasis, spans) flow within it. Iterative and linear.
 */
final class BlockCollector implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<String> openBlocks = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean pendingSpace;

    private BlockCollector() {
    }

    static List<Block> collect(List<Element> content) {
        BlockCollector collector = new BlockCollector();
        for (Element element : content) {
            NodeTraversor.traverse(collector, element);
            collector.flush();
        }
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            if (Tags.isLineBreak(element)) {
                flush();
            } else if (Tags.isBlock(element)) {
                flush();
                openBlocks.push(element.normalName());
            } else if (Tags.isLink(element)) {
                linkDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (Tags.isBlock(element) && !Tags.isLineBreak(element)) {
                flush();
                openBlocks.poll();
            } else if (Tags.isLink(element)) {
                linkDepth--;
            }
        }
    }

    /** Appends text with every run of whitespace (no-break spaces too) made one space. */
    private void append(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && text.length() > 0) {
                text.append(' ');
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
            pendingSpace = false;
            text.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private void flush() {
        if (text.length() > 0) {
            String tag = openBlocks.isEmpty() ? "" : openBlocks.peek();
            blocks.add(new Block(text.toString(), tag, linkChars));
        }
        text.setLength(0);
        linkChars = 0;
        pendingSpace = false;
    }
}
