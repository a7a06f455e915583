package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.testing.TestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the boundary corpus ({@code boundary-cases.txt}) through Nutshell's English splitter and,
 * for comparison, through the bare OpenNLP sentence model; Nutshell must get at least
 * {@value #REQUIRED_ACCURACY} of the cases wholly right.
 */
class SentenceBoundaryCorpusTest {
    private static final double REQUIRED_ACCURACY = 0.95;

    private static List<BoundaryCorpus.Case> cases;

    @BeforeAll
    static void loadCorpus() {
        cases = BoundaryCorpus.load();
    }

    @Test
    void corpusHasAtLeast150Cases() {
        assertTrue(cases.size() >= 150, "only " + cases.size() + " cases");
    }

    @Test
    void nutshellSplitsAtLeast95PercentOfTheCorpusRightAndBeatsTheBareModel() {
        TextAnalyzer analyzer = TextAnalyzer.english();
        SentenceDetectorME bare = new SentenceDetectorME(loadModel());
        List<String> failures = new ArrayList<>();
        int nutshellRight = 0;
        int bareRight = 0;
        for (BoundaryCorpus.Case c : cases) {
            List<String> expected = expectedWithKinds(c);
            List<String> actual = new ArrayList<>();
            for (TextSegment segment : analyzer.split(c.text())) {
                actual.add(describe(segment.text(), segment.kind()));
            }
            if (expected.equals(actual)) {
                nutshellRight++;
            } else {
                failures.add(c + "\n    expected " + expected + "\n    actual   " + actual);
            }
            List<String> bareTexts = new ArrayList<>();
            for (Span span : bare.sentPosDetect(c.text())) {
                String text = BoundaryCorpus.normalize(span.getCoveredText(c.text()).toString());
                if (!text.isEmpty()) {
                    bareTexts.add(text);
                }
            }
            List<String> expectedTexts = c.expected().stream().map(e -> BoundaryCorpus.normalize(e.text())).toList();
            if (expectedTexts.equals(bareTexts)) {
                bareRight++;
            }
        }
        double nutshell = (double) nutshellRight / cases.size();
        double bareAccuracy = (double) bareRight / cases.size();
        TestReport.print(String.format(Locale.ROOT, "boundary corpus: %d cases; Nutshell %d right (%.1f%%); bare OpenNLP %d right (%.1f%%)",
                cases.size(), nutshellRight, 100 * nutshell, bareRight, 100 * bareAccuracy));
        failures.forEach(failure -> TestReport.print("FAIL " + failure));
        assertTrue(nutshell >= REQUIRED_ACCURACY, String.format(Locale.ROOT,
                "Nutshell accuracy %.3f < %.2f; failing cases:%n%s", nutshell, REQUIRED_ACCURACY, String.join("\n", failures)));
        assertTrue(nutshell > bareAccuracy, "Nutshell " + nutshell + " not above the bare model " + bareAccuracy);
    }

    @Test
    void everySegmentOfTheCorpusIsItsExactTrimmedSubstringInOrder() {
        TextAnalyzer analyzer = TextAnalyzer.english();
        for (BoundaryCorpus.Case c : cases) {
            int previousEnd = 0;
            for (TextSegment segment : analyzer.split(c.text())) {
                assertEquals(c.text().substring(segment.start(), segment.end()), segment.text(), c.toString());
                assertFalse(segment.text().isEmpty(), c.toString());
                assertFalse(Characters.isSpace(segment.text().charAt(0)), c + ": leading whitespace");
                assertFalse(Characters.isSpace(segment.text().charAt(segment.text().length() - 1)), c + ": trailing whitespace");
                assertTrue(segment.start() >= previousEnd, c + ": segments overlap or are out of order");
                previousEnd = segment.end();
            }
        }
    }

    private static List<String> expectedWithKinds(BoundaryCorpus.Case c) {
        return c.expected().stream().map(e -> describe(e.text(), e.kind())).toList();
    }

    private static String describe(String text, TextSegment.Kind kind) {
        String normalized = BoundaryCorpus.normalize(text);
        return kind == TextSegment.Kind.LINE ? "LINE: " + normalized : normalized;
    }

    static SentenceModel loadModel() {
        try (InputStream in = SentenceBoundaryCorpusTest.class.getResourceAsStream(StandardTextAnalyzer.SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(StandardTextAnalyzer.SENTENCE_MODEL + " missing from the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
