package dev.nutshell.text;

import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;

/**
 * Finds the sentence boundaries inside one block of text: Nutshell's rules settle the clear cases
 * and the OpenNLP model decides the ambiguous ones.
 *
 * <p>A candidate boundary is a run of sentence-final punctuation ({@code . ! ? …}), with any
 * closing quotes or brackets after it, followed by whitespace (a spaced ". . ." counts as one
 * run; CJK full stops need no space). The rules, with their word lists in {@code
 * sentence-rules.txt}, reject candidates inside abbreviations, initials, list numbers, before a
 * comma and in quotations that go on in lower case; they accept those followed by a capital, a
 * digit or a stand-alone period (tokenised text), and those after an abbreviation when a word that
 * starts sentences follows ("in the U.S. The"); they leave the rest (an ambiguous abbreviation
 * before another capitalised word, lower-case text without any capitals) to the statistical model,
 * which sees a window of text around the candidate only ({@link ModelVerdicts}: one model run
 * answers all the candidates of a stretch of text). Every look-around is bounded, so the cost is
 * linear in the block's length whatever the block holds.
 *
 * <p>Immutable and thread-safe; the {@link SentenceDetector} passed in is used by one thread.
 */
final class SentenceBoundaryDetector {
    private enum Verdict { BOUNDARY, NO_BOUNDARY, ASK_MODEL }

    private final BoundaryRules rules;

    SentenceBoundaryDetector(BoundaryRules rules) {
        this.rules = rules;
    }

    /**
     * Adds the sentences of the block {@code [start, end)} to {@code spans} as {start, end} pairs,
     * trimmed of whitespace, in order.
     */
    void split(String text, int start, int end, SentenceDetector detector, List<int[]> spans) {
        boolean cased = Characters.hasUpperCase(text, start, end);
        ModelVerdicts model = new ModelVerdicts(text, start, end, detector);
        int sentenceStart = start;
        int position = start;
        while ((position = nextTerminal(text, position, end)) < end) {
            int punctuationStart = position;
            int punctuationEnd = position;
            while (punctuationEnd < end && Characters.isTerminal(text.charAt(punctuationEnd))) {
                punctuationEnd++;
            }
            punctuationEnd = afterSpacedEllipsis(text, punctuationStart, punctuationEnd, end);
            int boundary = punctuationEnd;
            while (boundary < end && Characters.isClosing(text.charAt(boundary))) {
                boundary++;
            }
            boundary = afterSpacedClosingQuote(text, boundary, end);
            position = boundary;
            if (boundary >= end) {
                break;
            }
            boolean spaceless = Characters.isSpacelessTerminal(text.charAt(punctuationEnd - 1));
            if (!spaceless && !Characters.isSpace(text.charAt(boundary))) {
                continue;
            }
            Verdict verdict = spaceless ? Verdict.BOUNDARY
                    : judge(text, sentenceStart, punctuationStart, punctuationEnd, boundary, end, cased);
            if (verdict == Verdict.BOUNDARY
                    || verdict == Verdict.ASK_MODEL && model.splitsAt(punctuationStart, boundary)) {
                addTrimmed(text, sentenceStart, boundary, spans);
                sentenceStart = boundary;
            }
        }
        addTrimmed(text, sentenceStart, end, spans);
    }

    /**
     * The first sentence-final character in {@code text[from, end)}, or {@code end}.
     *
     * <p>A method of its own so that the loop over every character is not {@link #split}'s: the
     * JIT then compiles this small loop on stack, instead of compiling the whole of {@code split}
     * with the rules inlined into it (seconds of C2 time, repeated whenever a rule takes a branch
     * no earlier text took; see docs/command-line.md, batch, threads).
     */
    private static int nextTerminal(String text, int from, int end) {
        int position = from;
        while (position < end && !Characters.isTerminal(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private Verdict judge(String text, int sentenceStart, int punctuationStart, int punctuationEnd,
            int boundary, int end, boolean cased) {
        int next = firstSignificant(text, boundary, end);
        if (next >= end || onlyClosingFollows(text, next, end)) {
            return Verdict.NO_BOUNDARY; // only quotes or brackets follow: they close this sentence
        }
        char nextChar = text.charAt(next);
        boolean nextLower = Character.isLowerCase(nextChar);
        int wordStart = wordStart(text, sentenceStart, punctuationStart);
        String word = text.substring(wordStart, punctuationStart);
        String punctuation = text.substring(punctuationStart, punctuationEnd).replace(" ", "");
        if (punctuation.indexOf('.') < 0 || punctuation.length() > 1) {
            // "?", "!", "?!", "...", "…": a question, exclamation or ellipsis that a lower-case
            // word continues ("'Why?' he asked", "and then... nothing") is one sentence; so is
            // one whose closing quote a lower-case word follows in tokenised text ("why ? '' he").
            if (nextLower && (cased || boundary > punctuationEnd)) {
                return Verdict.NO_BOUNDARY;
            }
            return nextLower && (punctuation.startsWith("..") || punctuation.equals("…"))
                    ? Verdict.ASK_MODEL : Verdict.BOUNDARY;
        }
        return judgePeriod(text, sentenceStart, wordStart, word, next, end, cased);
    }

    private Verdict judgePeriod(String text, int sentenceStart, int wordStart, String word, int next, int end,
            boolean cased) {
        char nextChar = text.charAt(next);
        boolean nextLower = Character.isLowerCase(nextChar);
        boolean nextDigit = Character.isDigit(nextChar);
        if (nextChar == ',' || nextChar == ';' || nextChar == ':') {
            return Verdict.NO_BOUNDARY; // "in San Jose, Calif., where"; tokenised "calif. , where"
        }
        if (word.isEmpty()) {
            return Verdict.BOUNDARY; // a stand-alone period, as in tokenised text
        }
        if (wordStart == sentenceStart && isListMarker(word)) {
            return Verdict.NO_BOUNDARY; // "1. The first point", "b. Another"
        }
        if (rules.isNeverFinal(word) || rules.isBeforeNumber(word) && nextDigit) {
            return Verdict.NO_BOUNDARY;
        }
        if (rules.isNameOrFinal(word)) {
            return startsSentence(text, next, end) ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        boolean listed = rules.isAmbiguous(word);
        if (listed || isDottedAbbreviation(word)) {
            if (nextLower || nextDigit || isCapitalsWord(text, next, end)) {
                return Verdict.NO_BOUNDARY; // "U.S. economy", "Jan. 5", "6 a.m. GMT"
            }
            if (startsSentence(text, next, end)) {
                return Verdict.BOUNDARY; // "in the U.S. The", "Ltd. It"
            }
            return !listed && isCapitalLetters(word) ? Verdict.NO_BOUNDARY : Verdict.ASK_MODEL;
        }
        if (word.length() == 1 && (Character.isUpperCase(word.charAt(0)) || !cased && Character.isLetter(word.charAt(0)))
                && !rules.isLetterDesignator(previousWord(text, sentenceStart, wordStart))) {
            // initials: "J. K. Rowling", "George W. Bush", lower-cased "john f. kennedy"; but
            // "Malcolm X. He"
            if (nextDigit) {
                return Verdict.ASK_MODEL;
            }
            return startsSentence(text, next, end) ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        if (nextLower) {
            return cased ? Verdict.NO_BOUNDARY : Verdict.ASK_MODEL;
        }
        if (nextDigit || Character.isLetter(nextChar)) {
            return Verdict.BOUNDARY;
        }
        return Verdict.ASK_MODEL;
    }

    /**
     * Whether the word at {@code position} is a {@code [sentence-starters]} word, such as "The" or
     * "He", not followed by a period (which would make it an initial or an abbreviation).
     */
    private boolean startsSentence(String text, int position, int end) {
        int wordEnd = letterRunEnd(text, position, end);
        if (wordEnd == position || wordEnd < end && text.charAt(wordEnd) == '.') {
            return false;
        }
        return rules.isSentenceStarter(text.subSequence(position, wordEnd));
    }

    /** Whether the word at {@code position} is written in capitals, two letters or more ("GMT"). */
    private static boolean isCapitalsWord(String text, int position, int end) {
        int wordEnd = letterRunEnd(text, position, end);
        if (wordEnd - position < 2) {
            return false;
        }
        for (int i = position; i < wordEnd; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** End of the run of letters from {@code position}, looking at most 40 characters ahead. */
    private static int letterRunEnd(String text, int position, int end) {
        int limit = Math.min(end, position + 40);
        int wordEnd = position;
        while (wordEnd < limit && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd;
    }

    /** "U.S", "A.B", "H.G": capital letters separated by periods. */
    private static boolean isCapitalLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '.' && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The letters of the word before {@code wordStart} within the sentence, or "". */
    private static String previousWord(String text, int sentenceStart, int wordStart) {
        int end = wordStart;
        while (end > sentenceStart && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && end - start < 40 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * A spaced ellipsis ". . ." (three periods or more, one space apart) is one run of punctuation:
     * returns the end of it, or {@code punctuationEnd} when the run at {@code punctuationStart}
     * is not one.
     */
    private static int afterSpacedEllipsis(String text, int punctuationStart, int punctuationEnd, int end) {
        if (punctuationEnd != punctuationStart + 1 || text.charAt(punctuationStart) != '.') {
            return punctuationEnd;
        }
        int position = punctuationEnd;
        int periods = 1;
        while (position + 1 < end && text.charAt(position) == ' ' && text.charAt(position + 1) == '.') {
            position += 2;
            periods++;
        }
        return periods >= 3 ? position : punctuationEnd;
    }

    /**
     * In tokenised text a closing quote stands apart: "why ? '' he asked". The candidate boundary
     * then moves past the {@code ''} so that the quote stays with its sentence.
     */
    private static int afterSpacedClosingQuote(String text, int boundary, int end) {
        int quote = boundary;
        while (quote < end && quote - boundary < 4 && Characters.isSpace(text.charAt(quote))) {
            quote++;
        }
        if (quote > boundary && quote + 2 <= end && text.startsWith("''", quote)
                && (quote + 2 == end || Characters.isSpace(text.charAt(quote + 2)))) {
            return quote + 2;
        }
        return boundary;
    }

    /** "U.S", "e.g", "a.m", "Ph.D": letters in groups of one or two separated by periods. */
    private static boolean isDottedAbbreviation(String word) {
        int group = 0;
        boolean dotted = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                dotted = true;
                group = 0;
            } else if (Character.isLetter(c) && group < 2) {
                group++;
            } else {
                return false;
            }
        }
        return dotted && group > 0;
    }

    /** "1", "12", "a", "iv": numbering of a list item. */
    private static boolean isListMarker(String word) {
        if (word.length() <= 3 && word.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return word.length() == 1 && Character.isLowerCase(word.charAt(0))
                || word.length() <= 4 && word.chars().allMatch(c -> "ivx".indexOf(c) >= 0);
    }

    /**
     * Whether the block ends with nothing but quotes, brackets and spaces from {@code position}
     * (tokenised "that 's it . '"). Stops at the first other character, so the cost is that of the
     * run of punctuation.
     */
    private static boolean onlyClosingFollows(String text, int position, int end) {
        while (position < end) {
            char c = text.charAt(position);
            if (!Characters.isSpace(c) && !Characters.isClosing(c) && !Characters.isOpening(c)) {
                return false;
            }
            position++;
        }
        return true;
    }

    /** The next character after whitespace and opening punctuation, or {@code end}. */
    private static int firstSignificant(String text, int position, int end) {
        while (position < end && (Characters.isSpace(text.charAt(position)) || Characters.isOpening(text.charAt(position)))) {
            position++;
        }
        return position;
    }

    /** Start of the word before the punctuation, after any opening quotes or brackets. */
    private static int wordStart(String text, int sentenceStart, int punctuationStart) {
        int start = punctuationStart;
        while (start > sentenceStart && !Characters.isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < punctuationStart && Characters.isOpening(text.charAt(start))) {
            start++;
        }
        return start;
    }


    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && Characters.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new int[] {start, end});
        }
    }
}
