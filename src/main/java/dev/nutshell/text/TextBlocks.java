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
     * @param tableRow whether the block is a row of a table ({@link TableRows}): one line segment,
     *     not split into sentences
     */
    record Block(int start, int end, boolean singleLine, boolean tableRow) {
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
            // The untrimmed start is kept: table columns count from it.
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

    /**
     * Cuts one paragraph (its trimmed lines) into blocks. A line break is soft, a mere space inside
     * a hard-wrapped paragraph, when all of these hold: every line of the paragraph is at most
     * {@code max-wrapped-line-length} long; the line before the break is at least {@code
     * min-wrapped-line-length} long and full, i.e. the first word of the next line would not have
     * fitted on it within the paragraph's longest line (what any greedy wrapper guarantees, and
     * what a headline above a paragraph rarely satisfies); the next line is no list item; and the
     * text visibly goes on across the break (see {@link #goesOn}), or the paragraph has at least
     * two full lines of which one visibly goes on, which shows a wrapped paragraph whose other
     * breaks may fall between two capitalised words ("Anna / Berg"). A break after a title that
     * never ends a sentence ("Sen. / Laura Ames") is soft in any wrappable paragraph, and so is a
     * break between a line of at least {@code min-continued-line-length} without final punctuation
     * and a line starting in lower case, in a paragraph that has capitals at all: hand-wrapped text
     * need not fill its lines, but lower-case lists and logs are not prose.
     */
    private static void addParagraph(String text, List<int[]> lines, BoundaryRules rules, List<Block> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        int count = lines.size();
        boolean cased = Characters.hasUpperCase(text, lines.get(0)[0], lines.get(count - 1)[1]);
        boolean[] tableRow = TableRows.of(text, lines);
        int width = 0;
        boolean wrappable = count > 1;
        for (int i = 0; i < count; i++) {
            int length = lines.get(i)[1] - lines.get(i)[0];
            width = Math.max(width, tableRow[i] ? 0 : length);
            wrappable &= tableRow[i] || length <= rules.maxWrappedLineLength;
        }
        boolean[] full = new boolean[count];
        boolean[] goesOn = new boolean[count];
        int fullLines = 0;
        boolean anyGoesOn = false;
        for (int i = 0; wrappable && i + 1 < count; i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            int length = line[1] - line[0];
            full[i] = !tableRow[i] && !tableRow[i + 1] && length >= rules.minWrappedLineLength
                    && length + 1 + firstWordLength(text, next) > width && !startsListItem(text, next[0], next[1]);
            if (full[i]) {
                fullLines++;
                goesOn[i] = goesOn(text, line, next, rules);
                anyGoesOn |= goesOn[i];
            }
        }
        boolean wrappedParagraph = fullLines >= 2 && anyGoesOn;
        int blockStart = lines.get(0)[0];
        int linesInBlock = 1;
        for (int i = 0; i + 1 < count; i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            // A table row stands alone: the break before and after it is hard.
            boolean notListItem = !tableRow[i] && !tableRow[i + 1] && !startsListItem(text, next[0], next[1]);
            boolean afterTitle = wrappable && notListItem && endsWithTitle(text, line, rules);
            boolean continued = wrappable && cased && notListItem && continuesInLowerCase(text, line, next, rules);
            if (full[i] && (goesOn[i] || wrappedParagraph) || afterTitle || continued) {
                linesInBlock++;
            } else {
                blocks.add(new Block(blockStart, lines.get(i)[1], linesInBlock == 1, tableRow[i]));
                blockStart = lines.get(i + 1)[0];
                linesInBlock = 1;
            }
        }
        blocks.add(new Block(blockStart, lines.get(count - 1)[1], linesInBlock == 1, tableRow[count - 1]));
    }

    /**
     * Whether the text visibly goes on across the break after {@code line}: the next line starts
     * in lower case, or with a digit unless it is a short line without a final stop (a date or time
     * under a headline: "25 November 2025", "2 hours ago", "5 min read"); or the line ends with sentence punctuation (the detector then
     * judges the break as it judges any space, so "Mr. / Smith" stays whole), with a comma,
     * semicolon, colon, dash, hyphen, ampersand or slash; or with a {@code [line-continuing]} word.
     */
    private static boolean goesOn(String text, int[] line, int[] next, BoundaryRules rules) {
        int first = next[0];
        while (first < next[1] - 1 && Characters.isOpening(text.charAt(first))) {
            first++;
        }
        char start = text.charAt(first);
        if (Character.isLowerCase(start) || Character.isDigit(start) && !isDateLine(text, next, rules)) {
            return true;
        }
        int last = line[1] - 1;
        while (last > line[0] && Characters.isClosing(text.charAt(last))) {
            last--;
        }
        char end = text.charAt(last);
        if (Characters.isTerminal(end) || ",;:-–—&/".indexOf(end) >= 0) {
            return true;
        }
        int wordStart = line[1];
        while (wordStart > line[0] && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < line[1] && rules.isLineContinuing(text.substring(wordStart, line[1]));
    }


    /** A line of fewer than {@code min-sentence-words} words that does not end like a sentence. */
    private static boolean isDateLine(String text, int[] line, BoundaryRules rules) {
        int last = line[1] - 1;
        while (last > line[0] && Characters.isClosing(text.charAt(last))) {
            last--;
        }
        return !Characters.isTerminal(text.charAt(last)) && StandardTextAnalyzer.wordCount(text, line[0], line[1]) < rules.minSentenceWords;
    }

    /** An unfinished line of some length followed by a line that starts in lower case. */
    private static boolean continuesInLowerCase(String text, int[] line, int[] next, BoundaryRules rules) {
        if (line[1] - line[0] < rules.minContinuedLineLength || !Character.isLowerCase(text.charAt(next[0]))) {
            return false;
        }
        int last = line[1] - 1;
        while (last > line[0] && Characters.isClosing(text.charAt(last))) {
            last--;
        }
        return !Characters.isTerminal(text.charAt(last));
    }

    /** Whether the line ends with an abbreviation that never ends a sentence ("Sen.", "Mr."). */
    private static boolean endsWithTitle(String text, int[] line, BoundaryRules rules) {
        int period = line[1] - 1;
        if (text.charAt(period) != '.') {
            return false;
        }
        int start = period;
        while (start > line[0] && period - start < 8 && !Characters.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start < period && (start == line[0] || Characters.isSpace(text.charAt(start - 1)))
                && rules.isNeverFinal(text.substring(start, period));
    }

    /** Length of the first run of non-whitespace characters of a trimmed line. */
    private static int firstWordLength(String text, int[] line) {
        int end = line[0];
        while (end < line[1] && !Characters.isSpace(text.charAt(end))) {
            end++;
        }
        return end - line[0];
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

    /** The line without leading and trailing whitespace and the line's own start, or null if it is blank. */
    private static int[] trim(String text, int lineStart, int lineEnd) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && Characters.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new int[] {start, end, lineStart};
    }
}
