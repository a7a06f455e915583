package dev.nutshell.text;

import java.util.List;
import java.util.Set;

/**
 * Turns a sentence into index terms and counts its words.
 *
 * <p>A token is a run of letters, digits and combining marks, with apostrophes inside it ("don't",
 * "o'malley"); every other character separates tokens, so hyphenated words give their parts. A
 * CJK ideograph is a token of its own, since those scripts write no spaces. Tokens are lower-cased
 * (root locale), curly apostrophes made straight, stop words dropped and the rest stemmed. Tokens
 * longer than the rules' maximum term length (hashes, base64, glued URLs) are dropped.
 *
 * <p>Stateless; the per-call state lives in the {@link AnalysisWorker}. O(n) in the sentence length.
 */
final class WordTokenizer {
    /** ASCII has no marks: its token characters are the letters and digits. */
    private static final boolean[] ASCII_TOKEN_PART = new boolean[128];
    private static final char[] ASCII_LOWER_CASE = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TOKEN_PART[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            ASCII_LOWER_CASE[c] = Character.toLowerCase(c);
        }
    }

    private final Set<String> stopWords;
    private final int maxTermLength;
    private final boolean characterBigrams;

    /**
     * @param stopWords the language's stop words, lower case
     * @param maxTermLength tokens longer than this are dropped
     * @param characterBigrams whether runs of CJK characters give their character bigrams (for
     *     languages written without spaces, where a single ideograph or kana says little) instead
     *     of one term per ideograph
     */
    WordTokenizer(Set<String> stopWords, int maxTermLength, boolean characterBigrams) {
        this.stopWords = stopWords;
        this.maxTermLength = maxTermLength;
        this.characterBigrams = characterBigrams;
    }

    /**
     * Appends the terms of {@code text[start, end)} to {@code terms} and counts its words.
     *
     * @return the number of words: maximal runs of non-whitespace characters
     */
    int terms(String text, int start, int end, AnalysisWorker worker, List<String> terms) {
        // Read from a copy in a char[]: String.charAt checks the index and the encoding every time.
        char[] chars = worker.characters(text, start, end);
        int length = end - start;
        if (characterBigrams) {
            return appendBigramTerms(text, start, chars, length, worker, terms);
        }
        appendTerms(text, start, chars, length, worker, terms);
        return wordCount(chars, length);
    }

    /**
     * {@link #appendTerms} for a language written without spaces: every pair of neighbouring CJK
     * characters (ideographs, kana) is a term, a lone one is a term by itself, and runs of other
     * letters and digits are read as words are.
     *
     * @return the words: each CJK character counts as one, other words as runs of non-whitespace
     */
    private int appendBigramTerms(String text, int start, char[] chars, int length, AnalysisWorker worker,
            List<String> terms) {
        int words = 0;
        int position = 0;
        int previous = -1; // the CJK character just before, or -1
        boolean inWord = false;
        while (position < length) {
            int codePoint = text.codePointAt(start + position);
            int width = Character.charCount(codePoint);
            if (isSpacelessCharacter(codePoint)) {
                words++;
                inWord = false;
                int next = position + width < length ? text.codePointAt(start + position + width) : -1;
                if (previous >= 0) {
                    terms.add(new StringBuilder(4).appendCodePoint(previous).appendCodePoint(codePoint).toString());
                } else if (next < 0 || !isSpacelessCharacter(next)) {
                    terms.add(new String(Character.toChars(codePoint)));
                }
                previous = codePoint;
                position += width;
            } else if (isTokenPart(codePoint)) {
                previous = -1;
                words += inWord ? 0 : 1;
                int tokenEnd = readToken(text, start, chars, position, length, worker.termCache);
                if (!worker.termCache.tokenTooLong()) {
                    addTerm(worker, terms);
                }
                inWord = tokenEnd < length && !Characters.isSpace(chars[tokenEnd]);
                position = tokenEnd;
            } else {
                previous = -1;
                boolean space = Characters.isSpace(chars[position]);
                words += space || inWord ? 0 : 1;
                inWord = !space;
                position += width;
            }
        }
        return words;
    }

    /** An ideograph or a kana: the characters of scripts written without spaces between words. */
    private static boolean isSpacelessCharacter(int codePoint) {
        if (Character.isIdeographic(codePoint)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** Appends the terms of {@code chars[0, length)}, a copy of {@code text} from {@code start}. */
    private void appendTerms(String text, int start, char[] chars, int length, AnalysisWorker worker,
            List<String> terms) {
        int position = 0;
        while (position < length) {
            char c = chars[position];
            if (c < 128 && !ASCII_TOKEN_PART[c]) {
                position++; // an ASCII separator: the common case, answered without the Unicode tables
                continue;
            }
            int codePoint = c < 128 ? c : text.codePointAt(start + position);
            if (Character.isIdeographic(codePoint)) {
                terms.add(new String(Character.toChars(codePoint)));
                position += Character.charCount(codePoint);
            } else if (isTokenPart(codePoint)) {
                position = readToken(text, start, chars, position, length, worker.termCache);
                if (!worker.termCache.tokenTooLong()) {
                    addTerm(worker, terms);
                }
            } else {
                position += Character.charCount(codePoint);
            }
        }
    }

    /**
     * Reads the token that starts at {@code chars[position]}, lower-cased, into the cache's token.
     *
     * @param offset where {@code chars} starts in {@code text}
     * @return the position just past the token
     */
    private int readToken(String text, int offset, char[] chars, int position, int length, TermCache token) {
        int asciiEnd = position;
        while (asciiEnd < length && chars[asciiEnd] < 128 && ASCII_TOKEN_PART[chars[asciiEnd]]) {
            asciiEnd++;
        }
        boolean endsInAscii = asciiEnd == length || chars[asciiEnd] < 128 && chars[asciiEnd] != '\'';
        if (asciiEnd > position && endsInAscii) {
            // Letters and digits up to an ASCII separator, nine tokens in ten: taken in one go.
            token.setAsciiToken(chars, position, asciiEnd, maxTermLength);
            return asciiEnd;
        }
        return readAnyToken(text, offset, chars, position, length, token);
    }

    /** {@link #readToken} for a token with apostrophes or characters beyond ASCII, one character at a time. */
    private int readAnyToken(String text, int offset, char[] chars, int position, int length, TermCache token) {
        token.startToken(maxTermLength);
        while (position < length) {
            char c = chars[position];
            if (c < 128 && c != '\'') {
                // ASCII other than the apostrophe: a letter or digit goes on the token, anything else ends it.
                if (!ASCII_TOKEN_PART[c]) {
                    return position;
                }
                token.appendTermCharacter(ASCII_LOWER_CASE[c]);
                position++;
                continue;
            }
            int codePoint = c < 128 ? c : text.codePointAt(offset + position);
            if (isApostrophe(codePoint) && position + 1 < length
                    && isTokenPart(text.codePointAt(offset + position + 1)) && token.tokenLength() > 0) {
                token.appendApostrophe();
            } else if (isTokenPart(codePoint) && !Character.isIdeographic(codePoint)
                    && !(characterBigrams && isSpacelessCharacter(codePoint))) {
                token.appendTermCodePoint(Character.toLowerCase(codePoint));
            } else {
                return position;
            }
            position += Character.charCount(codePoint);
        }
        return position;
    }

    /** Adds the current token's term, if it is no stop word, from the cache or computed and cached. */
    private void addTerm(AnalysisWorker worker, List<String> terms) {
        TermCache cache = worker.termCache;
        int entry = cache.find();
        String term;
        if (entry > 0) {
            term = cache.termAt(entry);
        } else {
            String word = cache.token();
            term = stopWords.contains(word) ? null : worker.stem(word);
            cache.put(term);
        }
        if (term != null) {
            terms.add(term);
        }
    }

    /** The number of maximal runs of non-whitespace characters in {@code chars[0, length)}. */
    private static int wordCount(char[] chars, int length) {
        int words = 0;
        int inWord = 0;
        for (int i = 0; i < length; i++) {
            int nonSpace = Characters.isSpace(chars[i]) ? 0 : 1;
            words += nonSpace & ~inWord;
            inWord = nonSpace;
        }
        return words;
    }

    private static boolean isTokenPart(int codePoint) {
        if (codePoint < 128) {
            return ASCII_TOKEN_PART[codePoint];
        }
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '’' || codePoint == 'ʼ';
    }
}
