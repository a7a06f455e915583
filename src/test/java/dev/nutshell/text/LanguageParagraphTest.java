package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.KeySentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each language's splitter and summary on a news paragraph written for the purpose, covering the
 * language's abbreviations, ordinals and quotation marks. The fixtures are in {@code
 * src/test/resources/languages/<code>/}: {@code sentences.txt} holds the expected sentences, one a
 * line, and the paragraph is those lines joined by single spaces; {@code summary.txt} holds the
 * expected two-sentence summary. Adding a language adds its code here and its folder there.
 */
class LanguageParagraphTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv"})
    void paragraphSplitsIntoTheExpectedSentences(String language) {
        List<String> expected = fixture(language, "sentences.txt");
        List<String> actual = summarizer(language).analyzer().split(String.join(" ", expected)).stream()
                .map(TextSegment::text)
                .toList();
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv"})
    void twoSentenceSummaryIsTheExpectedPair(String language) {
        String paragraph = String.join(" ", fixture(language, "sentences.txt"));
        Summary summary = summarizer(language).summarize(paragraph, Length.sentences(2));
        assertEquals(fixture(language, "summary.txt"), summary.sentences().stream().map(KeySentence::text).toList());
    }

    /**
     * The summarizer for {@code language}. {@code Builder.language(String)} is the issue's contract
     * (issue 12); it is called reflectively only until that method is on main, so that this class
     * compiles before it and fails, rather than breaking the build.
     */
    private static Summarizer summarizer(String language) {
        return Summarizer.builder().language(language).build();
    }

    /** The lines of a fixture file, without its {@code #} comment lines. */
    private static List<String> fixture(String language, String name) {
        String resource = "/languages/" + language + "/" + name;
        try (InputStream in = LanguageParagraphTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
