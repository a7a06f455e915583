package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's terms equal those of a plain reference tokenizer (one code point at a time, a
 * fresh string and stem for every token, no cache) on random text mixing everything the fast paths
 * treat apart: ASCII words, apostrophes inside and around words, letters and digits beyond ASCII,
 * combining marks, supplementary characters, ideographs, lone surrogates, tokens around the
 * maximum term length, and enough distinct words to make the term cache start afresh.
 */
class TermReferenceTest {
    private static final int MAX_TERM_LENGTH = 40;
    private static final Set<String> STOP_WORDS = StandardTextAnalyzer.loadWords("/dev/nutshell/models/en/stopwords.txt");
    private static final String[] PIECES = {"the", "Was", "don't", "o'malley", "dogs'", "'quoted'", "it’s", "ʼtwas",
        "café", "straße", "İstanbul", "ΩΜΕΓΑ", "жизнь", "niño", "e\u0301te\u0301", "𝔘𝔫𝔦", "😀", "𠀀", "東京", "〇",
        "\uD800", "\uDC00x", "٣٤", "ÿÿÿÿÿÿÿÿ", "ÿÿÿÿÿÿÿ", "ÿÿÿÿÿÿÿÿÿ", "éééééééé", "12", "3.5", "1,000", "U.S.",
        "-", "—", ",", ".", "!", "?", "(", ")", "\"", "'", "’", " ", " ", " ", "\t", "\n", "\u00a0", "x'y", "a'", "'b"};

    private final Random random = new Random(5);
    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

    @Test
    void randomTextGivesTheReferenceTerms() {
        for (int trial = 0; trial < 3000; trial++) {
            String sentence = randomSentence();
            assertEquals(referenceTerms(sentence), analyzerTerms(sentence), sentence);
        }
    }

    @Test
    void tokensAroundTheMaximumLengthGiveTheReferenceTerms() {
        for (int length = MAX_TERM_LENGTH - 3; length <= MAX_TERM_LENGTH + 3; length++) {
            for (String unit : List.of("a", "B", "é", "𝔘", "a'")) {
                String token = unit.repeat(length).substring(0, length);
                for (String sentence : List.of(token, "x " + token + " y", token + "’s", token + "ж")) {
                    assertEquals(referenceTerms(sentence), analyzerTerms(sentence), sentence);
                }
            }
        }
    }

    @Test
    void moreDistinctWordsThanTheCacheHoldsGiveTheReferenceTerms() {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < (TermCache.LIMIT + 10_000) / 10; s++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                sentence.append(randomWord(4 + random.nextInt(9))).append(' ');
            }
            sentences.add(sentence.toString());
        }
        for (String sentence : sentences) {
            analyzerTerms(sentence);
        }
        // The first sentences' words were cached before the cache started afresh: look them up again.
        for (String sentence : sentences.subList(0, 200)) {
            assertEquals(referenceTerms(sentence), analyzerTerms(sentence), sentence);
        }
    }

    private String randomSentence() {
        StringBuilder sentence = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int p = 0; p < pieces; p++) {
            sentence.append(random.nextInt(4) == 0 ? randomWord(1 + random.nextInt(12)) : PIECES[random.nextInt(PIECES.length)]);
        }
        return sentence.toString();
    }

    private String randomWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = (char) ('a' + random.nextInt(26));
            word.append(random.nextInt(10) == 0 ? Character.toUpperCase(c) : c);
        }
        return word.toString();
    }

    private static List<String> analyzerTerms(String sentence) {
        Article article = TextAnalyzer.english().analyze(List.of(sentence));
        Sentence only = article.sentences().get(0);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < only.termCount(); i++) {
            terms.add(article.term(only.termAt(i)));
        }
        return terms;
    }

    /** The tokenizer's documented rules, spelled out the simplest way. */
    private List<String> referenceTerms(String text) {
        List<String> terms = new ArrayList<>();
        int position = 0;
        int end = text.length();
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
            StringBuilder token = new StringBuilder();
            boolean tooLong = false;
            while (position < end) {
                codePoint = text.codePointAt(position);
                if (isApostrophe(codePoint) && position + 1 < end && isTokenPart(text.codePointAt(position + 1))
                        && token.length() > 0) {
                    token.append('\'');
                } else if (isTokenPart(codePoint) && !Character.isIdeographic(codePoint)) {
                    if (token.length() < MAX_TERM_LENGTH) {
                        token.appendCodePoint(Character.toLowerCase(codePoint));
                    } else {
                        tooLong = true;
                    }
                } else {
                    break;
                }
                position += Character.charCount(codePoint);
            }
            String word = token.toString();
            if (!tooLong && !STOP_WORDS.contains(word)) {
                terms.add(stemmer.stem(word).toString());
            }
        }
        return terms;
    }

    private static boolean isTokenPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '’' || codePoint == 'ʼ';
    }
}
