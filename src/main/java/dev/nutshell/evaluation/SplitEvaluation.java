package dev.nutshell.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a sentence splitter's output for one paragraph against the gold sentences, by the
 * "Sentences" score of the CoNLL 2018 UD shared task computed per paragraph (Zeman et al., "CoNLL
 * 2018 Shared Task: Multilingual Parsing from Raw Text to Universal Dependencies", section 6):
 * <ol>
 *   <li>each predicted span is shrunk past whitespace at both ends, and dropped if nothing is left;
 *       whitespace is what Python's {@code str.isspace} calls whitespace (U+0009 to U+000D, U+001C to
 *       U+001F, U+0085 and the Unicode space separators);</li>
 *   <li>a distinct trimmed prediction is correct when it equals a gold span exactly: no partial credit
 *       for a sentence one character off, merged or cut;</li>
 *   <li>the paragraph is exact when the set of trimmed predictions equals the set of gold spans.</li>
 * </ol>
 * File totals are the sums of the paragraphs' counts ({@link SplitScore#plus(SplitScore)}).
 *
 * <p>Stateless and thread-safe. O(n log n) in the number of spans plus the whitespace trimmed.
 *
 * @since 0.1.0
 */
public final class SplitEvaluation {

    private SplitEvaluation() {
    }

    /**
     * Scores one paragraph.
     *
     * @param text the paragraph
     * @param gold its gold sentences, already trimmed, in UTF-16 offsets of {@code text}
     * @param predicted the splitter's sentences in UTF-16 offsets of {@code text}, in any order, overlaps
     *     and gaps allowed
     * @return the paragraph's counts, with {@code paragraphs == 1}
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if a span ends past the end of {@code text}
     */
    public static SplitScore score(String text, List<SentenceSpan> gold, List<SentenceSpan> predicted) {
        Objects.requireNonNull(text, "text");
        Set<SentenceSpan> goldSet = new HashSet<>();
        for (SentenceSpan span : Objects.requireNonNull(gold, "gold")) {
            goldSet.add(inside(text, Objects.requireNonNull(span, "gold sentence")));
        }
        Set<SentenceSpan> predictedSet = new HashSet<>();
        for (SentenceSpan span : Objects.requireNonNull(predicted, "predicted")) {
            SentenceSpan trimmed = trim(text, inside(text, Objects.requireNonNull(span, "predicted sentence")));
            if (trimmed.end() > trimmed.start()) {
                predictedSet.add(trimmed);
            }
        }
        int correct = (int) predictedSet.stream().filter(goldSet::contains).count();
        Set<Integer> goldCuts = innerCuts(goldSet);
        Set<Integer> predictedCuts = innerCuts(predictedSet);
        int missed = (int) goldCuts.stream().filter(cut -> !predictedCuts.contains(cut)).count();
        int falseCuts = (int) predictedCuts.stream().filter(cut -> !goldCuts.contains(cut)).count();
        return new SplitScore(1, goldSet.size(), predictedSet.size(), correct, goldSet.equals(predictedSet) ? 1 : 0,
                missed, falseCuts);
    }

    /** Whitespace as the scoring rule counts it, Python's {@code str.isspace} for UTF-16 code units. */
    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static SentenceSpan inside(String text, SentenceSpan span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span [" + span.start() + ", " + span.end()
                    + ") ends past the paragraph's " + text.length() + " characters");
        }
        return span;
    }

    private static SentenceSpan trim(String text, SentenceSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start == span.start() && end == span.end() ? span : new SentenceSpan(start, end);
    }

    /** The sentence ends but the last: where the paragraph is cut inside. */
    private static Set<Integer> innerCuts(Set<SentenceSpan> spans) {
        TreeSet<Integer> ends = new TreeSet<>();
        for (SentenceSpan span : spans) {
            ends.add(span.end());
        }
        if (!ends.isEmpty()) {
            ends.pollLast();
        }
        return ends;
    }
}
