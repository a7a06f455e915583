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
        StringBuilder token = worker.tokenBuffer;
        int position = start;
        while (position < end) {
            int codePoint = text.codePointAt(position);
            if (Character.isIdeographic(codePoint)) {
                terms.add(new String(Character.toChars(codePoint)));
                position += Character.charCount(codePoint);
                continue;
            }
            if (!isTokenPart(codePoint)) {
                position += Character.charCount(codePoint);
                continue;
            }
            token.setLength(0);
            boolean tooLong = false;
            while (position < end) {
                codePoint = text.codePointAt(position);
                if (isApostrophe(codePoint) && position + 1 < end && isTokenPart(text.codePointAt(position + 1))
                        && token.length() > 0) {
                    token.append('\'');
                } else if (isTokenPart(codePoint) && !Character.isIdeographic(codePoint)) {
                    if (token.length() < maxTermLength) {
                        token.appendCodePoint(Character.toLowerCase(codePoint));
                    } else {
                        tooLong = true;
                    }
                } else {
                    break;
                }
                position += Character.charCount(codePoint);
            }
            if (!tooLong) {
                addTerm(token, worker, terms);
            }
        }
    }

    private void addTerm(StringBuilder token, AnalysisWorker worker, List<String> terms) {
        String word = token.toString();
        if (!stopWords.contains(word)) {
            terms.add(worker.stem(word));
        }
    }

    /** The number of maximal runs of non-whitespace characters in {@code text[start, end)}. */
    static int wordCount(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Characters.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean isTokenPart(int codePoint) {
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
