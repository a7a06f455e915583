package dev.nutshell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into blocks that no sentence crosses: paragraphs (separated by blank lines) and, inside
 * a paragraph, lines, unless the paragraph is hard-wrapped prose whose line breaks are mere spaces.
 *
 * <p>Why: headlines, teasers, bylines and navigation of scraped pages stand on lines of their own
 * without sentence punctuation, and a statistical detector would glue them to the next sentence.
 * O(n) in the text length.
 */
final class TextBlocks {

    /**
     * A block of text, trimmed of surrounding whitespace.
     *
     * @param start first character
     * @param end just past the last character
     * @param singleLine whether the block is one whole line of the text (a candidate for being a
     *     headline-like line rather than sentences)
     */
    record Block(int start, int end, boolean singleLine) {
    }

    private TextBlocks() {
    }

    static List<Block> of(String text, BoundaryRules rules) {
        List<Block> blocks = new ArrayList<>();
        List<int[]> paragraph = new ArrayList<>();
        int position = 0;
        int length = text.length();
        while (position < length) {
            int lineEnd = position;
            while (lineEnd < length && !Characters.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int[] trimmed = trim(text, position, lineEnd);
            if (trimmed == null) {
                addParagraph(text, paragraph, rules, blocks);
                paragraph.clear();
            } else {
                paragraph.add(trimmed);
            }
            position = lineEnd;
            if (position < length) {
                boolean crlf = text.charAt(position) == '\r' && position + 1 < length && text.charAt(position + 1) == '\n';
                position += crlf ? 2 : 1;
            }
        }
        addParagraph(text, paragraph, rules, blocks);
        return blocks;
    }

    private static void addParagraph(String text, List<int[]> lines, BoundaryRules rules, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        boolean wrapped = lines.size() > 1 && lines.stream().allMatch(line -> line[1] - line[0] <= rules.maxWrappedLineLength);
        int blockStart = lines.get(0)[0];
        int linesInBlock = 1;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            boolean softBreak = wrapped && line[1] - line[0] >= rules.minWrappedLineLength
                    && !startsListItem(text, next[0], next[1]);
            if (softBreak) {
                linesInBlock++;
            } else {
                blocks.add(new Block(blockStart, line[1], linesInBlock == 1));
                blockStart = next[0];
                linesInBlock = 1;
            }
        }
        blocks.add(new Block(blockStart, lines.get(lines.size() - 1)[1], linesInBlock == 1));
    }

    /** Bullets ("-", "*", "•") and numbered items ("1.", "2)", "a)") followed by a space. */
    static boolean startsListItem(String text, int start, int end) {
        char first = text.charAt(start);
        if ((first == '-' || first == '*' || first == '•' || first == '·' || first == '–' || first == '—')
                && start + 1 < end && Characters.isSpace(text.charAt(start + 1))) {
            return true;
        }
        int position = start;
        while (position < end && position - start < 3 && Character.isLetterOrDigit(text.charAt(position))) {
            position++;
        }
        boolean marker = position > start && position + 1 < end
                && (text.charAt(position) == '.' || text.charAt(position) == ')')
                && Characters.isSpace(text.charAt(position + 1));
        boolean numericOrSingleLetter = Character.isDigit(first) || position - start == 1;
        return marker && numericOrSingleLetter;
    }

    /** The line without leading and trailing whitespace, or null if it is blank. */
    private static int[] trim(String text, int start, int end) {
        while (start < end && Characters.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new int[] {start, end};
    }
}
