package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One model run reused for neighbouring candidates gives the verdicts that a fresh window around
 * each candidate gives, at a cost linear in the text.
 */
class ModelVerdictsTest {
    private static final String[] TOKENS = {"Inc.", "Corp.", "J.", "A.", "U.S.", "the", "The", "Acme", "5",
        "harbour", "boats.", "said.", "...", "?", "\"", "(", ")", "Dr.", "St.", "Jan.", "a.m.", "x", "It", "lower",
        "e.g.", "No.", "12.", "wait!", "'yes.'", "end.)"};

    private static SentenceDetectorME detector;

    @BeforeAll
    static void loadModel() {
        detector = new SentenceDetectorME(SentenceBoundaryCorpusTest.loadModel());
    }

    /** Random token soup, one line, so that the whole text is one block; a fixed seed per text. */
    private static String tokenSoup(long seed, int tokens) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextInt(8) == 0 ? "  " : " ");
        }
        return text.toString().strip();
    }

    @Test
    void reusedRunsGiveTheVerdictsOfAFreshWindowPerCandidate() {
        int candidates = 0;
        for (long seed = 1; seed <= 40; seed++) {
            String text = tokenSoup(seed, 200 + (int) seed * 40);
            ModelVerdicts verdicts = new ModelVerdicts(text, 0, text.length(), detector);
            for (int[] candidate : candidates(text)) {
                boolean fresh = freshWindowSplits(text, candidate[0], candidate[1]);
                assertEquals(fresh, verdicts.splitsAt(candidate[0], candidate[1]),
                        "seed " + seed + ", candidate at " + candidate[0] + ": " + around(text, candidate[0]));
                candidates++;
            }
        }
        assertTrue(candidates > 5_000, "only " + candidates + " candidates compared");
    }

    /**
     * 200 KB of "J. 5 A. 7 B. 9": every period is a candidate that only the model can settle.
     * Asking it with a window per candidate gave it about 500 characters per candidate, 100 times
     * the text; one run per stretch gives it each character about once.
     */
    @Test
    void theModelReadsEachCharacterOfADenseBlockAboutOnce() {
        String text = "J. 5 A. 7 B. 9 ".repeat(13_334).strip();
        CountingDetector counting = new CountingDetector(detector);
        ModelVerdicts verdicts = new ModelVerdicts(text, 0, text.length(), counting);
        List<int[]> candidates = candidates(text);
        for (int[] candidate : candidates) {
            verdicts.splitsAt(candidate[0], candidate[1]);
        }
        assertEquals(40_002, candidates.size());
        assertTrue(counting.characters < 1.5 * text.length(),
                "the model read " + counting.characters + " characters of a " + text.length() + "-character block");
    }

    @Test
    void aBlockShorterThanTheContextIsOneRun() {
        String text = "Acme Inc. Widget Corp. makes things. Jones Ltd. Smith Bros. sells them.";
        CountingDetector counting = new CountingDetector(detector);
        ModelVerdicts verdicts = new ModelVerdicts(text, 0, text.length(), counting);
        for (int[] candidate : candidates(text)) {
            assertEquals(freshWindowSplits(text, candidate[0], candidate[1]), verdicts.splitsAt(candidate[0], candidate[1]));
        }
        assertEquals(1, counting.runs);
    }

    /** Periods followed by a space: {punctuation start, boundary}, in order. */
    private static List<int[]> candidates(String text) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                candidates.add(new int[] {i, i + 1});
            }
        }
        return candidates;
    }

    /** The model asked about one candidate with 240 characters of whole words on each side. */
    private static boolean freshWindowSplits(String text, int punctuationStart, int boundary) {
        int from = Math.max(0, punctuationStart - ModelVerdicts.CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < punctuationStart ? space + 1 : from;
        }
        int to = Math.min(text.length(), boundary + ModelVerdicts.CONTEXT);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to - 1);
            to = space > boundary ? space + 1 : to;
        }
        for (Span span : detector.sentPosDetect(text.substring(from, to))) {
            int end = from + span.getEnd();
            if (end > punctuationStart && end <= boundary && end < to) {
                return true;
            }
        }
        return false;
    }

    private static String around(String text, int position) {
        return text.substring(Math.max(0, position - 30), Math.min(text.length(), position + 30));
    }

    /** Counts the runs and the characters given to the model. */
    private static final class CountingDetector implements SentenceDetector {
        private final SentenceDetector delegate;
        private long characters;
        private int runs;

        CountingDetector(SentenceDetector delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] sentDetect(CharSequence text) {
            throw new UnsupportedOperationException("the splitter needs offsets");
        }

        @Override
        public Span[] sentPosDetect(CharSequence text) {
            characters += text.length();
            runs++;
            return delegate.sentPosDetect(text);
        }
    }
}
