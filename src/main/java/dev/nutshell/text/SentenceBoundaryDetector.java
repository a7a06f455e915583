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
     *
     * @param detector the language's sentence model, used by this thread only, or null for a
     *     language without one: the cases the rules leave open are then boundaries when a capital
     *     letter or a digit follows
     */
    void split(String text, int start, int end, SentenceDetector detector, List<int[]> spans) {
        split(text, start, end, detector, new InlineCuts(text), spans);
    }

    /**
     * {@link #split(String, int, int, SentenceDetector, List)} for one of the blocks of a text
     * whose blocks are split in order, each with the same {@code inlineCuts} of the text.
     */
    void split(String text, int start, int end, SentenceDetector detector, InlineCuts inlineCuts, List<int[]> spans) {
        boolean cased = Characters.hasUpperCase(text, start, end);
        ModelVerdicts model = detector == null ? null : new ModelVerdicts(text, start, end, detector);
        int from = start;
        for (int cut : inlineCuts.find(start, end, rules)) {
            split(text, from, cut, cased, model, spans);
            from = cut;
        }
        split(text, from, end, cased, model, spans);
    }

    /** Adds the sentences of {@code [start, end)}, a stretch of a block that no inline cut divides. */
    private void split(String text, int start, int end, boolean cased, ModelVerdicts model, List<int[]> spans) {
        int sentenceStart = start;
        int position = start;
        boolean colons = rules.colonBeforeQuoteEnds || rules.colonBeforeCapitalEnds;
        while ((position = nextTerminal(text, position, end, colons)) < end) {
            if (text.charAt(position) == ':') {
                if (colonEndsSentence(text, position, end)) {
                    addTrimmed(text, sentenceStart, position + 1, spans);
                    sentenceStart = position + 1;
                }
                position++;
                continue;
            }
            int punctuationStart = position;
            int punctuationEnd = position;
            while (punctuationEnd < end && Characters.isTerminal(text.charAt(punctuationEnd))) {
                punctuationEnd++;
            }
            punctuationEnd = afterSpacedEllipsis(text, punctuationStart, punctuationEnd, end);
            int boundary = punctuationEnd;
            while (boundary < end && isClosing(text.charAt(boundary))) {
                boundary++;
            }
            boundary = afterSpacedClosingQuote(text, boundary, end);
            boundary = afterSpacedLanguageQuote(text, boundary, end);
            boundary = afterEmoticon(text, afterCitationMarks(text, boundary, end), end);
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
                    || verdict == Verdict.ASK_MODEL && (model == null ? capitalFollows(text, boundary, end)
                            : model.splitsAt(punctuationStart, boundary))) {
                addTrimmed(text, sentenceStart, boundary, spans);
                sentenceStart = boundary;
            }
        }
        addTrimmed(text, sentenceStart, end, spans);
    }

    /** The rules' own verdict where there is no model: whether a capital or a digit starts what follows. */
    private boolean capitalFollows(String text, int boundary, int end) {
        int next = firstSignificant(text, boundary, end);
        if (next >= end) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
    }

    /**
     * The first sentence-final character in {@code text[from, end)}, or colon if {@code colons}
     * (a language where a colon may end a sentence), or {@code end}.
     *
     * <p>A method of its own so that the loop over every character is not {@link #split}'s: the
     * JIT then compiles this small loop on stack, instead of compiling the whole of {@code split}
     * with the rules inlined into it (seconds of C2 time, repeated whenever a rule takes a branch
     * no earlier text took; see docs/command-line.md, batch, threads).
     */
    private static int nextTerminal(String text, int from, int end, boolean colons) {
        int position = from;
        while (position < end) {
            char c = text.charAt(position);
            if (Characters.isTerminal(c) || colons && c == ':') {
                break;
            }
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
            if (nextChar == '.' || nextChar == ',' || nextChar == ';' || nextChar == ':') {
                return Verdict.NO_BOUNDARY; // "Yahoo!, the", a closing mark set apart: "любовь? ``."
            }
            boolean ellipsis = punctuation.startsWith("..") || punctuation.equals("…");
            if (nextLower && (boundary > punctuationEnd
                    || cased && (ellipsis || !rules.lowerCaseStarts
                            || !endsInformalSentence(text, word, punctuation, boundary, next)))) {
                return startsInLowerCase(word, punctuation, punctuationEnd, boundary, text, next)
                        ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
            }
            return nextLower && ellipsis ? Verdict.ASK_MODEL : Verdict.BOUNDARY;
        }
        return judgePeriod(text, sentenceStart, wordStart, word, boundary, next, end, cased);
    }

    /**
     * Whether a "?" or "!" after {@code word} ends its sentence although a lower-case word follows:
     * in text that nobody edited, sentences often start in lower case ("thanks!!! see you"). A
     * capitalised word before a lone "!" is a name that ends so ("Yahoo! and"), and a quote between
     * the two may close the sentence or open the next, so those stay with the rules of edited text.
     */
    private static boolean endsInformalSentence(String text, String word, String punctuation, int boundary, int next) {
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
            return false; // "E-mail:? name@example.com", a form's field
        }
        boolean name = punctuation.equals("!") && Character.isUpperCase(word.charAt(0));
        return !name && !hasQuote(text, boundary, next);
    }

    /**
     * Whether a period after {@code word} ends its sentence although a lower-case word follows, in
     * text that has capitals: the word is a plain word, with a vowel and nothing but letters and
     * apostrophes ("came. the waiter"), not a short one after a number, which is more likely a unit
     * ("5 min. walk", "3 oz. of"). Abbreviations known as such are settled before this is asked.
     */
    private static boolean endsLowerCaseSentence(String text, int sentenceStart, int wordStart, String word,
            int boundary, int next) {
        if (word.length() < 2 || hasQuote(text, boundary, next)) {
            return false;
        }
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’') {
                return false;
            }
            vowel |= "aeiouyAEIOUY".indexOf(c) >= 0;
        }
        return vowel && (word.length() > 3 || !followsDigits(text, sentenceStart, wordStart));
    }

    /** Whether the word before {@code wordStart} ends in a digit ("9 a.m", "5 min"). */
    private static boolean followsDigits(String text, int sentenceStart, int wordStart) {
        int end = wordStart;
        while (end > sentenceStart && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end < wordStart && end > sentenceStart && Character.isDigit(text.charAt(end - 1));
    }

    /** Whether a quote mark stands between a candidate boundary and the next word. */
    private static boolean hasQuote(String text, int boundary, int next) {
        for (int i = boundary; i < next; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '"' || c == '\'' || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION) {
                return true;
            }
        }
        return false;
    }

    private Verdict judgePeriod(String text, int sentenceStart, int wordStart, String word, int boundary, int next,
            int end, boolean cased) {
        char nextChar = text.charAt(next);
        boolean nextLower = Character.isLowerCase(nextChar);
        boolean nextDigit = Character.isDigit(nextChar);
        if (nextChar == ',' || nextChar == ';' || nextChar == ':' || nextChar == '/') {
            return Verdict.NO_BOUNDARY; // "in San Jose, Calif., where"; tokenised "calif. , where"
        }
        if (word.isEmpty()) {
            return Verdict.BOUNDARY; // a stand-alone period, as in tokenised text
        }
        if (wordStart == firstSignificant(text, sentenceStart, end) && isListMarker(word)) {
            return Verdict.NO_BOUNDARY; // "1. The first point", "b. Another"
        }
        if (isOrdinal(text, sentenceStart, wordStart, word, next, end)) {
            return Verdict.NO_BOUNDARY; // "am 3. Oktober", "im 19. Jahrhundert"
        }
        if (startsSpacedAbbreviation(text, word, next, end)) {
            return Verdict.NO_BOUNDARY; // the "z." of "z. B.", the "т." of "т. е."
        }
        word = listedWithoutElision(spacedAbbreviationEndingWith(text, sentenceStart, wordStart, word));
        if (rules.isNeverFinal(word) || rules.isBeforeNumber(word) && nextDigit) {
            return Verdict.NO_BOUNDARY;
        }
        if (rules.isFinalAfterNumberOnly(word) && !followsNumber(text, sentenceStart, wordStart)) {
            return Verdict.NO_BOUNDARY; // "в г. Москве"; but "в 1990 г." is judged as ambiguous
        }
        if (rules.isNameOrFinal(word)) {
            return startsSentence(text, next, end) ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        boolean listed = rules.isAmbiguous(word) || rules.isFinalAfterNumberOnly(word);
        if (listed || isDottedAbbreviation(word)) {
            if (nextLower || nextDigit || isCapitalsWord(text, next, end)) {
                return Verdict.NO_BOUNDARY; // "U.S. economy", "Jan. 5", "6 a.m. GMT"
            }
            if (startsSentence(text, next, end)) {
                return Verdict.BOUNDARY; // "in the U.S. The", "Ltd. It"
            }
            if (isTimeOfDay(word) && followsDigits(text, sentenceStart, wordStart)) {
                // "at 9 A.M. Visitors", but "at 10 a.m. Tuesday"
                return rules.isTimeQualifier(nextWord(text, next, end)) ? Verdict.NO_BOUNDARY : Verdict.BOUNDARY;
            }
            return !listed && isCapitalLetters(word) ? Verdict.NO_BOUNDARY : Verdict.ASK_MODEL;
        }
        String previous = previousWord(text, sentenceStart, wordStart);
        if (word.equals("I") && !previous.isEmpty() && Character.isLowerCase(previous.charAt(0))) {
            // the pronoun ending a sentence ("more surprised than I. Tomorrow"); an initial "I."
            // follows a capitalised name ("Henry I. Marsh")
            return Character.isUpperCase(nextChar) ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        if (word.length() == 1 && (Character.isUpperCase(word.charAt(0)) || !cased && Character.isLetter(word.charAt(0)))
                && !rules.isLetterDesignator(previous)) {
            // initials: "J. K. Rowling", "George W. Bush", lower-cased "john f. kennedy"; but
            // "Malcolm X. He"
            if (nextDigit) {
                return Verdict.ASK_MODEL;
            }
            return startsSentence(text, next, end) ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        if (nextLower) {
            if (rules.dialogueDash && dashBefore(text, next)) {
                return Verdict.BOUNDARY; // Polish "… zły. – ale co"
            }
            if (rules.minFinalWordBeforeLowerCase > 0 && isLetters(withoutElision(word))
                    && withoutElision(word).length() >= rules.minFinalWordBeforeLowerCase) {
                return Verdict.BOUNDARY; // no abbreviation: "inquinandolo. un po'"
            }
            if (!cased) {
                return Verdict.ASK_MODEL;
            }
            return rules.lowerCaseStarts && endsLowerCaseSentence(text, sentenceStart, wordStart, word, boundary, next)
                    ? Verdict.BOUNDARY : Verdict.NO_BOUNDARY;
        }
        if (nextDigit || Character.isLetter(nextChar)) {
            return Verdict.BOUNDARY;
        }
        return Verdict.ASK_MODEL;
    }

    /**
     * Whether {@code word} is a number of one to three digits that the word after it ({@code
     * [ordinal-followers]}: "3. Oktober") or the word before it ({@code [ordinal-preceders]}: "am
     * 3.") shows to be an ordinal.
     */
    private boolean isOrdinal(String text, int sentenceStart, int wordStart, String word, int next, int end) {
        if (word.isEmpty() || word.length() > 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        int nextEnd = letterRunEnd(text, next, end);
        return nextEnd > next && rules.isOrdinalFollower(text.subSequence(next, nextEnd))
                || rules.isOrdinalPreceder(previousWord(text, sentenceStart, wordStart));
    }

    /**
     * Whether the period after {@code word} is inside an abbreviation written in parts with spaces,
     * "z. B." or "т. е.": the parts that follow, joined to {@code word} without their spaces, make
     * a listed abbreviation ("z.B"). At most three parts of at most three letters each are read.
     */
    private boolean startsSpacedAbbreviation(String text, String word, int next, int end) {
        if (word.length() > 3 || !isLetters(word)) {
            return false;
        }
        StringBuilder joined = new StringBuilder(word);
        int position = next;
        for (int part = 0; part < 3; part++) {
            int partEnd = letterRunEnd(text, position, end);
            if (partEnd == position || partEnd - position > 3 || partEnd >= end || text.charAt(partEnd) != '.') {
                return false;
            }
            joined.append('.').append(text, position, partEnd);
            if (rules.isAbbreviation(joined.toString())) {
                return true;
            }
            position = partEnd + 1;
            while (position < end && Characters.isSpace(text.charAt(position)) && position - partEnd < 3) {
                position++;
            }
        }
        return false;
    }

    /**
     * {@code word} joined to the parts before it that make a listed abbreviation written with
     * spaces ("z. B" gives "z.B", "и т. д" gives "т.д"), or {@code word} itself when there are none.
     */
    private String spacedAbbreviationEndingWith(String text, int sentenceStart, int wordStart, String word) {
        if (word.length() > 3 || !isLetters(word)) {
            return word;
        }
        String joined = word;
        int position = wordStart;
        for (int part = 0; part < 3; part++) {
            int periodAt = position - 1;
            while (periodAt > sentenceStart && Characters.isSpace(text.charAt(periodAt)) && position - periodAt < 3) {
                periodAt--;
            }
            if (periodAt <= sentenceStart || periodAt == position - 1 || text.charAt(periodAt) != '.') {
                return word;
            }
            int partStart = periodAt;
            while (partStart > sentenceStart && periodAt - partStart < 4 && Character.isLetter(text.charAt(partStart - 1))) {
                partStart--;
            }
            if (partStart == periodAt || periodAt - partStart > 3) {
                return word;
            }
            joined = text.substring(partStart, periodAt) + "." + joined;
            if (rules.isAbbreviation(joined)) {
                return joined;
            }
            position = partStart;
        }
        return word;
    }

    /**
     * Whether the colon at {@code colon} ends a sentence by the language's settings: before an
     * opening quotation mark ("dichiarò: «Non…»") or a capital letter, after a space.
     */
    private boolean colonEndsSentence(String text, int colon, int end) {
        int next = colon + 1;
        if (next >= end || !Characters.isSpace(text.charAt(next))) {
            return false;
        }
        next = firstNonSpace(text, next, Math.min(end, next + 4));
        if (next >= end) {
            return false;
        }
        char c = text.charAt(next);
        boolean quote = (Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION || c == '"' || c == '\''
                || c == '„' || rules.opensQuotation(c)) && next + 1 < end && !Characters.isSpace(text.charAt(next + 1));
        return rules.colonBeforeQuoteEnds && quote || rules.colonBeforeCapitalEnds && Character.isUpperCase(c);
    }

    /**
     * Whether, in a language whose sentences may start in lower case ({@code
     * min-final-word-before-lower-case}), a question or exclamation mark, or the two periods of
     * informal writing, after a word that long ends a sentence before a lower-case word: not when
     * a closing quote or a dash comes between ("„Co robić?” – zapytał" goes on), except for two
     * periods and a dialogue dash ("no proszę.. – no").
     */
    private boolean startsInLowerCase(String word, String punctuation, int punctuationEnd, int boundary,
            String text, int next) {
        boolean twoPeriods = punctuation.equals(".."); // informal writing's full stop, not an ellipsis
        if (rules.minFinalWordBeforeLowerCase == 0 || boundary != punctuationEnd
                || !twoPeriods && (punctuation.indexOf('.') >= 0 || punctuation.indexOf('…') >= 0)) {
            return false;
        }
        if (dashBefore(text, next)) {
            return twoPeriods && rules.dialogueDash;
        }
        String bare = withoutElision(word);
        return bare.length() >= rules.minFinalWordBeforeLowerCase && isLetters(bare);
    }

    /** Whether a number, in digits or Roman numerals ("1990 г.", "XIX w."), comes just before {@code wordStart}. */
    private static boolean followsNumber(String text, int sentenceStart, int wordStart) {
        int end = wordStart;
        while (end > sentenceStart && Characters.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentenceStart && end - start < 8 && "IVXLCDM".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        boolean roman = start < end && (start == sentenceStart || Characters.isSpace(text.charAt(start - 1)));
        return roman || end > sentenceStart && end < wordStart && Character.isDigit(text.charAt(end - 1));
    }

    /** Whether a dash stands among the opening punctuation just before {@code next}. */
    private static boolean dashBefore(String text, int next) {
        for (int i = next - 1; i >= 0 && next - i <= 4 && !Character.isLetterOrDigit(text.charAt(i)); i--) {
            if (Character.getType(text.charAt(i)) == Character.DASH_PUNCTUATION) {
                return true;
            }
        }
        return false;
    }

    /** The word after its elided article or preposition ("dell'art" gives "art"), or the word. */
    private static String withoutElision(String word) {
        int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        return apostrophe >= 0 && apostrophe < word.length() - 1 ? word.substring(apostrophe + 1) : word;
    }

    /** {@code word} without its elided prefix when that makes it a listed abbreviation ("dell'art."). */
    private String listedWithoutElision(String word) {
        String bare = withoutElision(word);
        return bare.length() != word.length() && rules.isAbbreviation(bare) ? bare : word;
    }

    /** The first character from {@code position} that is not whitespace, at most {@code limit}. */
    private static int firstNonSpace(String text, int position, int limit) {
        while (position < limit && Characters.isSpace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
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

    /** "a.m", "P.M": a time of day, in any case. */
    private static boolean isTimeOfDay(String word) {
        return word.equalsIgnoreCase("a.m") || word.equalsIgnoreCase("p.m");
    }

    /** The run of letters at {@code position}, at most 40 of them. */
    private static String nextWord(String text, int position, int end) {
        return text.substring(position, letterRunEnd(text, position, end));
    }

    /**
     * Citation marks after a sentence's final punctuation belong to that sentence: "in 1932. [4] It",
     * "in 1990.[5][6] Tolls". Returns the end of the marks ("[" one to three digits "]", any
     * number of them, the first at most one space after {@code boundary}), or {@code boundary} if
     * none follows.
     */
    private static int afterCitationMarks(String text, int boundary, int end) {
        int position = boundary < end && text.charAt(boundary) == ' ' ? boundary + 1 : boundary;
        int marksEnd = boundary;
        while (position < end && text.charAt(position) == '[') {
            int digits = position + 1;
            while (digits < end && digits - position <= 3 && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits == position + 1 || digits >= end || text.charAt(digits) != ']') {
                break;
            }
            position = digits + 1;
            marksEnd = position;
        }
        return marksEnd;
    }

    /**
     * An emoticon after a sentence's final punctuation closes that sentence, as a closing bracket
     * would: "Thanks!!! :-) See you". Returns the end of it (":" or ";", an optional "-", then one
     * of {@code ) ( D P p}, one space after {@code boundary}, a space or the end after it), or
     * {@code boundary} if none follows.
     */
    private static int afterEmoticon(String text, int boundary, int end) {
        int position = boundary + 1;
        if (position + 1 >= end || text.charAt(boundary) != ' ' || text.charAt(position) != ':' && text.charAt(position) != ';') {
            return boundary;
        }
        int face = text.charAt(position + 1) == '-' ? position + 2 : position + 1;
        if (face >= end || "()DPp".indexOf(text.charAt(face)) < 0 || face + 1 < end && !Characters.isSpace(text.charAt(face + 1))) {
            return boundary;
        }
        return face + 1;
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
    private int afterSpacedClosingQuote(String text, int boundary, int end) {
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

    /**
     * French sets its closing guillemet after a space, « C'est fini. » Puis: the candidate
     * boundary then moves past a {@code [spaced-closing-quotes]} character that one space (of any
     * kind) separates from the punctuation.
     */
    private int afterSpacedLanguageQuote(String text, int boundary, int end) {
        if (boundary + 1 < end && Characters.isSpace(text.charAt(boundary))
                && rules.isSpacedClosingQuote(text.charAt(boundary + 1))
                && (boundary + 2 == end || Characters.isSpace(text.charAt(boundary + 2)))) {
            return boundary + 2;
        }
        return boundary;
    }

    /** Closing punctuation in general, or in this language ("“" in German). */
    private boolean isClosing(char c) {
        return Characters.isClosing(c) || rules.closesQuotation(c);
    }

    /** Opening punctuation in general, or in this language ("»" in German, "”" in Swedish). */
    private boolean isOpening(char c) {
        return Characters.isOpening(c) || rules.opensQuotation(c);
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
    private boolean onlyClosingFollows(String text, int position, int end) {
        while (position < end) {
            char c = text.charAt(position);
            if (!Characters.isSpace(c) && !isClosing(c) && !isOpening(c)) {
                return false;
            }
            position++;
        }
        return true;
    }

    /** The next character after whitespace and opening punctuation, or {@code end}. */
    private int firstSignificant(String text, int position, int end) {
        while (position < end) {
            if (Characters.isSpace(text.charAt(position)) || isOpening(text.charAt(position))) {
                position++;
            } else {
                int opener = rules.openingSequenceLength(text, position);
                if (opener == 0) {
                    break;
                }
                position += opener;
            }
        }
        return position;
    }

    /** Start of the word before the punctuation, after any opening quotes or brackets. */
    private int wordStart(String text, int sentenceStart, int punctuationStart) {
        int start = punctuationStart;
        while (start > sentenceStart && !Characters.isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < punctuationStart && isOpening(text.charAt(start))) {
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
