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
    private final Set<String> stopWords;
    private final int maxTermLength;

    WordTokenizer(Set<String> stopWords, int maxTermLength) {
        this.stopWords = stopWords;
        this.maxTermLength = maxTermLength;
    }

    /** Appends the terms of {@code text[start, end)} to {@code terms}. */
    void terms(String text, int start, int end, AnalysisWorker worker, List<String> terms) {
        TermCache token = worker.termCache;
        int position = start;
        while (position < end) {
            char c = text.charAt(position);
            if (c < 128 && !isAsciiTokenPart(c)) {
                position++; // an ASCII separator: the common case, answered without the Unicode tables
                continue;
            }
            int codePoint = codePointAt(text, position);
            if (Character.isIdeographic(codePoint)) {
                terms.add(new String(Character.toChars(codePoint)));
                position += Character.charCount(codePoint);
                continue;
            }
            if (!isTokenPart(codePoint)) {
                position += Character.charCount(codePoint);
                continue;
            }
            token.startToken();
            boolean tooLong = false;
            while (position < end) {
                char next = text.charAt(position);
                if (next < 128 && next != '\'') {
                    // ASCII other than the apostrophe: a letter or digit goes on the token, anything else ends it.
                    if (!isAsciiTokenPart(next)) {
                        break;
                    }
                    if (token.tokenLength() < maxTermLength) {
                        token.append(next >= 'A' && next <= 'Z' ? (char) (next + ('a' - 'A')) : next);
                    } else {
                        tooLong = true;
                    }
                    position++;
                    continue;
                }
                codePoint = codePointAt(text, position);
                if (isApostrophe(codePoint) && position + 1 < end && isTokenPart(codePointAt(text, position + 1))
                        && token.tokenLength() > 0) {
                    token.append('\'');
                } else if (isTokenPart(codePoint) && !Character.isIdeographic(codePoint)) {
                    if (token.tokenLength() < maxTermLength) {
                        token.appendCodePoint(toLowerCase(codePoint));
                    } else {
                        tooLong = true;
                    }
                } else {
                    break;
                }
                position += Character.charCount(codePoint);
            }
            if (!tooLong) {
                addTerm(worker, terms);
            }
        }
    }

    /** Adds the current token's term, if it is no stop word, from the cache or computed and cached. */
    private void addTerm(AnalysisWorker worker, List<String> terms) {
        TermCache cache = worker.termCache;
        int slot = cache.find();
        String term;
        if (slot >= 0) {
            term = cache.termAt(slot);
        } else {
            String word = cache.token();
            term = stopWords.contains(word) ? null : worker.stem(word);
            cache.put(slot, term);
        }
        if (term != null) {
            terms.add(term);
        }
    }

    /** The number of maximal runs of non-whitespace characters in {@code text[start, end)}. */
    static int wordCount(String text, int start, int end) {
        int words = 0;
        int inWord = 0;
        for (int i = start; i < end; i++) {
            // Arithmetic rather than a branch: on prose, word starts come too irregularly to predict.
            int nonSpace = Characters.isSpace(text.charAt(i)) ? 0 : 1;
            words += nonSpace & ~inWord;
            inWord = nonSpace;
        }
        return words;
    }

    /** {@link String#codePointAt}, without its surrogate checks for the usual characters. */
    private static int codePointAt(String text, int position) {
        char c = text.charAt(position);
        return Character.isSurrogate(c) ? text.codePointAt(position) : c;
    }

    /** {@link Character#toLowerCase(int)}, with ASCII answered without a table lookup. */
    private static int toLowerCase(int codePoint) {
        if (codePoint < 128) {
            return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
        }
        return Character.toLowerCase(codePoint);
    }

    /** ASCII has no marks: its token characters are the letters and digits. */
    private static boolean isAsciiTokenPart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isTokenPart(int codePoint) {
        if (codePoint < 128) {
            return isAsciiTokenPart(codePoint);
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
