package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nutshell.article.Article;
import dev.nutshell.text.TextAnalyzer;
import dev.nutshell.text.TextSegment;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input size limit: checked on every text entry point, before anything is analysed. */
class InputLimitTest {
    private static final String ONE_SENTENCE = "The harbour reopened to small boats on Friday.";

    /** An analyzer that must never be reached: the limit is checked before the analysis. */
    private static final TextAnalyzer UNREACHABLE = new TextAnalyzer() {
        @Override
        public List<TextSegment> split(String text) {
            throw new AssertionError("split called");
        }

        @Override
        public Article analyze(String text) {
            throw new AssertionError("analyze called with " + text.length() + " characters");
        }

        @Override
        public Article analyze(List<String> sentences) {
            throw new AssertionError("analyze called with " + sentences.size() + " sentences");
        }
    };

    @Test
    void theDefaultLimitIsTenMillionCharacters() {
        assertEquals(10_000_000, Summarizer.DEFAULT_MAX_INPUT_CHARS);
        assertEquals(Summarizer.DEFAULT_MAX_INPUT_CHARS, Summarizer.builder().build().maxInputChars());
    }

    @Test
    void textLongerThanTheDefaultLimitIsRejectedWithItsLengthAndTheLimitBeforeAnalysis() {
        Summarizer summarizer = Summarizer.builder().analyzer(UNREACHABLE).build();
        String text = "x".repeat(Summarizer.DEFAULT_MAX_INPUT_CHARS + 1);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> summarizer.summarize(text, Length.sentences(3)));
        assertEquals("input is 10000001 characters, more than the limit of 10000000"
                + " (Summarizer.Builder.maxInputChars)", error.getMessage());
    }

    @Test
    void textOfExactlyTheLimitIsSummarized() {
        Summarizer summarizer = Summarizer.builder().maxInputChars(ONE_SENTENCE.length()).build();

        assertEquals(ONE_SENTENCE, summarizer.summarize(ONE_SENTENCE, Length.sentences(3)).text());
    }

    @Test
    void textOneCharacterOverALowLimitIsRejected() {
        Summarizer summarizer = Summarizer.builder().maxInputChars(ONE_SENTENCE.length() - 1).build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> summarizer.summarize(ONE_SENTENCE, Length.sentences(3)));
        assertEquals("input is 46 characters, more than the limit of 45 (Summarizer.Builder.maxInputChars)",
                error.getMessage());
    }

    /** "abc" + '\n' + "def" is 7 characters: the separators count, as they are in the source. */
    @Test
    void preSplitSentencesCountTheirJoinedLength() {
        List<String> sentences = List.of("Abc.", "Def.");

        assertEquals(2, Summarizer.builder().maxInputChars(9).build()
                .summarize(sentences, Length.sentences(3)).articleSentences().size());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Summarizer.builder().maxInputChars(8).analyzer(UNREACHABLE).build()
                        .summarize(sentences, Length.sentences(3)));
        assertEquals("input is 9 characters, more than the limit of 8 (Summarizer.Builder.maxInputChars)",
                error.getMessage());
    }

    /** 300 million copies of a seven-character string join to 2.4 billion characters: no int overflow. */
    @Test
    void preSplitSentencesAddingUpPastTheLargestIntAreRejectedNotWrappedAround() {
        List<String> sentences = Collections.nCopies(300_000_000, "Abcdefg");
        Summarizer summarizer = Summarizer.builder().maxInputChars(Integer.MAX_VALUE).analyzer(UNREACHABLE).build();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> summarizer.summarize(sentences, Length.sentences(3)));
        assertEquals("input is 2399999999 characters, more than the limit of 2147483647"
                + " (Summarizer.Builder.maxInputChars)", error.getMessage());
    }

    @Test
    void aNullElementIsReportedBeforeTheLimit() {
        Summarizer summarizer = Summarizer.builder().maxInputChars(1).analyzer(UNREACHABLE).build();

        assertEquals("sentences[1]", assertThrows(NullPointerException.class,
                () -> summarizer.summarize(Arrays.asList("Abc.", null), Length.sentences(1))).getMessage());
    }

    @Test
    void anAnalysedArticleIsNotLimited() {
        Summarizer summarizer = Summarizer.builder().maxInputChars(1).build();
        Article article = summarizer.analyzer().analyze(ONE_SENTENCE);

        assertEquals(ONE_SENTENCE, summarizer.summarize(article, Length.sentences(1)).text());
    }

    @Test
    void aLimitBelowOneIsRejectedWithItsValue() {
        assertEquals("maxInputChars must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> Summarizer.builder().maxInputChars(0)).getMessage());
        assertEquals("maxInputChars must be >= 1, was -5", assertThrows(IllegalArgumentException.class,
                () -> Summarizer.builder().maxInputChars(-5)).getMessage());
    }
}
