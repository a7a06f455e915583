package dev.nutshell.text;

import dev.nutshell.internal.Interruption;
import java.util.Arrays;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * The OpenNLP model's verdicts on the ambiguous candidate boundaries of one block, where one run
 * of the model answers every candidate in a stretch of text.
 *
 * <p>Why: the model evaluates every sentence-final character of the text it is given, so asking
 * it about each candidate with its own window of context costs one evaluation per period in the
 * window for every candidate. Text made of ambiguous candidates ("J. 5 A. 7", "Acme Inc. Widget
 * Corp.", lower-case text without capitals) then took seconds per megabyte. The model decides a
 * candidate from the words around it only (the token with the period, the one before and the one
 * after: OpenNLP's {@code DefaultSDContextGenerator}), so one run over a longer stretch gives each
 * candidate in it the verdict that its own window would have given, as long as the candidate has
 * {@link #CONTEXT} characters of the run on each side. The cost is then about one evaluation per
 * period of the block, whatever the block holds.
 *
 * <p>Not thread-safe: one instance serves one block on one thread, asked about candidates in
 * increasing order of position.
 */
final class ModelVerdicts {
    /** Characters of context, whole words, that the model gets on each side of a candidate. */
    static final int CONTEXT = 240;
    /** How far past the candidate that starts a run the run reaches, for the candidates after it. */
    static final int REACH = 2_000;

    private final String text;
    private final int blockStart;
    private final int blockEnd;
    private final SentenceDetector model;
    /** The model's sentence ends in the current run, as offsets into {@code text}, increasing. */
    private int[] sentenceEnds = new int[0];
    /** Candidates whose boundary is at most this get their verdict from the current run. */
    private int answeredUntil = -1;

    /**
     * @param text the whole text
     * @param blockStart the block's first character
     * @param blockEnd just past the block's last character
     * @param model the detector, used by this thread only
     */
    ModelVerdicts(String text, int blockStart, int blockEnd, SentenceDetector model) {
        this.text = text;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.model = model;
    }

    /**
     * Whether the model ends a sentence at the candidate whose punctuation starts at {@code
     * punctuationStart} and whose closing quotes and brackets end at {@code boundary}.
     */
    boolean splitsAt(int punctuationStart, int boundary) {
        if (boundary > answeredUntil) {
            run(punctuationStart, boundary);
        }
        int first = Arrays.binarySearch(sentenceEnds, punctuationStart + 1);
        int index = first >= 0 ? first : -first - 1;
        return index < sentenceEnds.length && sentenceEnds[index] <= boundary;
    }

    /** Runs the model from {@link #CONTEXT} before the candidate to {@link #REACH} past it. */
    private void run(int punctuationStart, int boundary) {
        // A block may be the whole input, and the model is what costs in it: check before each run.
        Interruption.check("sentence splitting");
        int from = wordStartAfter(Math.max(blockStart, punctuationStart - CONTEXT), punctuationStart);
        int to = wordEndBefore(Math.min(blockEnd, boundary + CONTEXT + REACH), boundary);
        Span[] spans = model.sentPosDetect(text.substring(from, to));
        int[] ends = new int[spans.length];
        int count = 0;
        for (Span span : spans) {
            int end = from + span.getEnd();
            if (end < to) { // the end of the window is no verdict: the text goes on
                ends[count++] = end;
            }
        }
        sentenceEnds = Arrays.copyOf(ends, count);
        answeredUntil = to == blockEnd ? blockEnd : to - CONTEXT;
    }

    /**
     * {@code position}, or just after the first space from it before {@code limit}, so that the
     * run does not start inside a word.
     */
    private int wordStartAfter(int position, int limit) {
        if (position == blockStart) {
            return position;
        }
        int space = position;
        while (space < limit && !Characters.isSpace(text.charAt(space))) {
            space++;
        }
        return space < limit ? space + 1 : position;
    }

    /**
     * {@code position}, or just after the last space in the {@link #CONTEXT} characters before it
     * (but after the candidate), so that the run does not end inside a word. The look-back is
     * bounded so that a run always moves on by about {@link #REACH}: a word longer than that is cut.
     */
    private int wordEndBefore(int position, int boundary) {
        if (position == blockEnd) {
            return position;
        }
        int limit = Math.max(boundary + 1, position - CONTEXT);
        int space = position;
        while (space > limit && !Characters.isSpace(text.charAt(space - 1))) {
            space--;
        }
        return space > limit ? space : position;
    }
}
