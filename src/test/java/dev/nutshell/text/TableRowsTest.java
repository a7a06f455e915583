package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines of one paragraph are table rows: each rule with a table it finds and prose it leaves alone. */
class TableRowsTest {

    /** The paragraph's lines as TextBlocks gives them: trimmed start and end, untrimmed start. */
    private static boolean[] rows(String... lines) {
        String text = String.join("\n", lines);
        List<int[]> spans = new ArrayList<>();
        int lineStart = 0;
        for (String line : lines) {
            int start = lineStart;
            int end = lineStart + line.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            spans.add(new int[] {start, end, lineStart});
            lineStart += line.length() + 1;
        }
        return TableRows.of(text, spans);
    }

    @Test
    void linesWithTheSameNumberOfTabsAreRows() {
        assertArrayEquals(new boolean[] {true, true, false},
                rows("Year\tCountry\tGrowth", "2019\tFrance\t0.3", "The figures\tare provisional."));
    }

    @Test
    void linesWithTheSameNumberOfPipesAreRows() {
        assertArrayEquals(new boolean[] {true, true, true}, rows("| a | b |", "|---|---|", "| 1 | 2 |"));
        assertArrayEquals(new boolean[] {false, false}, rows("| a | b |", "| 1 | 2 | 3 |"));
    }

    @Test
    void linesWhoseColumnGapsLineUpAreRows() {
        assertArrayEquals(new boolean[] {true, true, true}, rows(
                "  Year    Revenue    Costs",
                "  2018     1204.5    980.2",
                "  2019     1350.1   1011.7"));
    }

    @Test
    void gapsThatDoNotLineUpMakeNoTable() {
        assertArrayEquals(new boolean[] {false, false}, rows(
                "Sales  rose 4  per cent in the year to",
                "March, the firm  said  in a statement 7"));
    }

    /** Justified prose has many gaps, some in the same columns by chance, but no digit. */
    @Test
    void justifiedProseWithoutDigitsIsNoTable() {
        assertArrayEquals(new boolean[] {false, false}, rows(
                "The  committee  met  on  Monday  to  discuss  the  new  budget,  which",
                "includes  spending  cuts  in  several  departments  and  a  rise  in"));
    }

    @Test
    void twoSpacesAfterAFullStopAreNoColumnGap() {
        assertArrayEquals(new boolean[] {false, false}, rows(
                "The storm reached the coast at 6.  Roads were closed for 2 hours and",
                "trains were cancelled.  Schools in 3 towns stayed shut on Monday,"));
    }

    @Test
    void twoLinesOfMostlyNumbersAreRows() {
        assertArrayEquals(new boolean[] {true, true}, rows("2018 1204.5 980.2 224.3", "2019 1350.1 1011.7 338.4"));
    }

    @Test
    void aLineOfNumbersAloneIsNoTable() {
        assertArrayEquals(new boolean[] {false, false}, rows("2018 1204.5 980.2 224.3", "Profits rose again in 2019."));
    }

    @Test
    void aLineEndingLikeASentenceIsNoRow() {
        assertArrayEquals(new boolean[] {false, false}, rows("Scores were 2, 3, 4 and 5.", "Then 6, 7, 8 and 9."));
    }

    @Test
    void threeLinesWithTheSameCommaCountAndShortCellsAreRows() {
        assertArrayEquals(new boolean[] {true, true, true}, rows(
                "name, city, country", "Anna Berg, Leeds, England", "Tom Hale, Cardiff, Wales"));
        assertArrayEquals(new boolean[] {false, false}, rows("name, city, country", "Anna Berg, Leeds, England"));
    }

    @Test
    void commaSeparatedClausesOfProseAreNoRows() {
        assertArrayEquals(new boolean[] {false, false, false}, rows(
                "Revenue rose to 1,204.5 million in 2018, 1,350.1 million in",
                "2019 and 1,122.9 million in 2020, while costs were 980.2,",
                "1,011.7 and 995.0 million, the company said on Tuesday."));
        assertArrayEquals(new boolean[] {false, false, false}, rows(
                "The market sold apples, pears, plums,",
                "figs, dates, limes, lemons and cherries,",
                "and the stalls stayed open until late"));
    }
}
