package dev.nutshell.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the rows of tables among the lines of one paragraph, so that each row stays a segment of
 * its own (a line, never glued to the next row as hard-wrapped prose, never chosen for a summary).
 *
 * <p>A row is told by how it agrees with a neighbouring line, never by one line alone: two
 * consecutive lines, neither ending like a sentence, are rows of one table when they have
 * <ul>
 * <li>the same number of tabs between cells (at least one), or of pipes (at least two: {@code | a | b |});
 * <li>at least two column gaps each (runs of two or more spaces, or a tab, not after a full stop)
 * of which at least two, and two thirds of the fewer, line up (a gap starting or ending in the
 * same column of both lines: right- or left-aligned cells), and a digit in one of them; or
 * <li>both mostly numbers: digits and separators make up half of the characters other than
 * spaces, with two numbers at least.
 * </ul>
 * Three or more consecutive lines with the same number (at least two) of commas, or of
 * semicolons, are rows as well when no cell of theirs has more than three words and none ends
 * with the separator or like a sentence: CSV rows of words, told from prose whose clauses are
 * longer and whose wrapped lines end with a comma.
 *
 * <p>Stateless. O(total length of the lines).
 */
final class TableRows {
    private static final int MIN_SEPARATORS = 2;
    private static final int MAX_CELL_WORDS = 3;
    private static final int MIN_SEPARATED_ROWS = 3;
    private static final int MIN_ALIGNED_GAPS = 2;

    private TableRows() {
    }

    /**
     * @param text the text
     * @param lines the paragraph's lines: trimmed start, end, and the start of the untrimmed line
     *     (columns count from there)
     * @return per line, whether it is a table row
     */
    static boolean[] of(String text, List<int[]> lines) {
        int count = lines.size();
        boolean[] rows = new boolean[count];
        if (count < 2) {
            return rows;
        }
        LineShape[] shapes = new LineShape[count];
        for (int i = 0; i < count; i++) {
            shapes[i] = LineShape.of(text, lines.get(i));
        }
        for (int i = 0; i + 1 < count; i++) {
            if (sameTable(shapes[i], shapes[i + 1])) {
                rows[i] = true;
                rows[i + 1] = true;
            }
        }
        markSeparatedRuns(shapes, rows, true);
        markSeparatedRuns(shapes, rows, false);
        return rows;
    }

    private static boolean sameTable(LineShape a, LineShape b) {
        if (a.endsLikeSentence || b.endsLikeSentence) {
            return false;
        }
        return a.tabs >= 1 && a.tabs == b.tabs
                || a.pipes >= 2 && a.pipes == b.pipes
                || a.numeric && b.numeric
                || (a.hasDigit || b.hasDigit) && alignedGaps(a, b);
    }

    private static boolean alignedGaps(LineShape a, LineShape b) {
        int fewer = Math.min(a.gapStarts.length, b.gapStarts.length);
        if (fewer < MIN_ALIGNED_GAPS) {
            return false;
        }
        int aligned = a.gapStarts.length <= b.gapStarts.length ? alignedCount(a, b) : alignedCount(b, a);
        return aligned >= MIN_ALIGNED_GAPS && 3 * aligned >= 2 * fewer;
    }

    /** How many gaps of {@code a} start or end in a column where a gap of {@code b} starts or ends: two merges. */
    private static int alignedCount(LineShape a, LineShape b) {
        boolean[] aligned = new boolean[a.gapStarts.length];
        matchSorted(a.gapStarts, b.gapStarts, aligned);
        matchSorted(a.gapEnds, b.gapEnds, aligned);
        int count = 0;
        for (boolean match : aligned) {
            count += match ? 1 : 0;
        }
        return count;
    }

    private static void matchSorted(int[] columns, int[] others, boolean[] matched) {
        int other = 0;
        for (int i = 0; i < columns.length; i++) {
            while (other < others.length && others[other] < columns[i]) {
                other++;
            }
            matched[i] |= other < others.length && others[other] == columns[i];
        }
    }

    /** Marks runs of at least three lines with the same count of short-celled commas (or semicolons). */
    private static void markSeparatedRuns(LineShape[] shapes, boolean[] rows, boolean commas) {
        int runStart = 0;
        for (int i = 1; i <= shapes.length; i++) {
            boolean continues = i < shapes.length && separated(shapes[i], commas)
                    && separators(shapes[i], commas) == separators(shapes[i - 1], commas);
            if (!continues) {
                if (separated(shapes[runStart], commas) && i - runStart >= MIN_SEPARATED_ROWS) {
                    Arrays.fill(rows, runStart, i, true);
                }
                runStart = i;
            }
        }
    }

    private static boolean separated(LineShape shape, boolean commas) {
        return !shape.endsLikeSentence && separators(shape, commas) >= MIN_SEPARATORS
                && (commas ? shape.shortCommaCells : shape.shortSemicolonCells);
    }

    private static int separators(LineShape shape, boolean commas) {
        return commas ? shape.commas : shape.semicolons;
    }

    /** What one line looks like, to compare it with its neighbours. */
    private static final class LineShape {
        int tabs;
        int pipes;
        int commas;
        int semicolons;
        boolean shortCommaCells;
        boolean shortSemicolonCells;
        /** Columns (from the untrimmed line start) where each gap begins and just past where it ends, ascending. */
        int[] gapStarts;
        int[] gapEnds;
        boolean hasDigit;
        boolean numeric;
        boolean endsLikeSentence;

        static LineShape of(String text, int[] line) {
            LineShape shape = new LineShape();
            int start = line[0];
            int end = line[1];
            shape.countCharacters(text, start, end);
            shape.findGaps(text, start, end, line[2]);
            shape.shortCommaCells = shortCells(text, start, end, ',', shape.commas);
            shape.shortSemicolonCells = shortCells(text, start, end, ';', shape.semicolons);
            int last = end - 1;
            while (last > start && Characters.isClosing(text.charAt(last))) {
                last--;
            }
            shape.endsLikeSentence = Characters.isTerminal(text.charAt(last));
            return shape;
        }

        private void countCharacters(String text, int start, int end) {
            int nonSpace = 0;
            int numberLike = 0;
            int numbers = 0;
            boolean inNumber = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                tabs += c == '\t' ? 1 : 0;
                pipes += c == '|' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                boolean digit = c >= '0' && c <= '9';
                numbers += digit && !inNumber ? 1 : 0;
                inNumber = digit;
                if (!Characters.isSpace(c)) {
                    nonSpace++;
                    numberLike += digit || ",;:.-+/%|()".indexOf(c) >= 0 ? 1 : 0;
                }
            }
            hasDigit = numbers > 0;
            numeric = numbers >= 2 && 2 * numberLike >= nonSpace;
        }

        /** Gaps: runs of two or more whitespace characters, or a tab, inside the line, not after a full stop. */
        private void findGaps(String text, int start, int end, int lineStart) {
            int[] starts = new int[8];
            int[] ends = new int[8];
            int gaps = 0;
            int i = start;
            while (i < end) {
                if (!Characters.isSpace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int runEnd = i;
                boolean tab = false;
                while (runEnd < end && Characters.isSpace(text.charAt(runEnd))) {
                    tab |= text.charAt(runEnd) == '\t';
                    runEnd++;
                }
                if ((runEnd - i >= 2 || tab) && !Characters.isTerminal(text.charAt(i - 1))) {
                    if (gaps == starts.length) {
                        starts = Arrays.copyOf(starts, 2 * gaps);
                        ends = Arrays.copyOf(ends, 2 * gaps);
                    }
                    starts[gaps] = i - lineStart;
                    ends[gaps++] = runEnd - lineStart;
                }
                i = runEnd;
            }
            gapStarts = Arrays.copyOf(starts, gaps);
            gapEnds = Arrays.copyOf(ends, gaps);
        }

        /** Whether at least two separators cut the line into cells of at most three words each. */
        private static boolean shortCells(String text, int start, int end, char separator, int separators) {
            if (separators < MIN_SEPARATORS) {
                return false;
            }
            int words = 0;
            boolean inWord = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == separator) {
                    words = 0;
                    inWord = false;
                } else if (Characters.isSpace(c)) {
                    inWord = false;
                } else if (!inWord) {
                    inWord = true;
                    if (++words > MAX_CELL_WORDS) {
                        return false;
                    }
                }
            }
            return text.charAt(end - 1) != separator;
        }
    }
}
