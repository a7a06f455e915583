package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {
    @TempDir
    Path directory;

    @Test
    void textFormatPrintsEverySegmentOnItsOwnLine() {
        List<String> lines = Invocation.run(Articles.PARK, "split").assertSuccess().outLines();

        List<String> expected = new ArrayList<>(List.of("City Council Approves New Riverside Park", "No time to read?", "Get a summary"));
        expected.addAll(List.of(Articles.BODY));
        expected.addAll(List.of("Previous Article", "Next Article"));
        assertEquals(expected, lines);
    }

    /** Sentences are numbered among the sentences and lines among the lines, as the article model numbers them. */
    @Test
    void jsonMarksHeadlinesAndNavigationAsLinesAndNumbersEachKindOnItsOwn() {
        List<Map<String, Object>> segments = Invocation.run(Articles.PARK, "split", "--format", "json").assertSuccess().jsonSentences();

        assertEquals(14, segments.size());
        for (int i = 0; i < segments.size(); i++) {
            Map<String, Object> segment = segments.get(i);
            assertEquals(List.of("index", "start", "end", "kind", "text"), List.copyOf(segment.keySet()));
            int start = ((Double) segment.get("start")).intValue();
            int end = ((Double) segment.get("end")).intValue();
            assertEquals(Articles.PARK.substring(start, end), segment.get("text"));
            boolean furniture = i < 3 || i >= 12;
            assertEquals(furniture ? "line" : "sentence", segment.get("kind"), () -> "segment " + segment);
            int expectedIndex = i < 3 ? i : i < 12 ? i - 3 : i - 9;
            assertEquals(expectedIndex, ((Double) segment.get("index")).intValue(), () -> "segment " + segment);
        }
    }

    /** The bundled sample: split's sentence numbers are summarize's, for every sentence of the article. */
    @Test
    void aSentenceHasTheSameIndexInSplitAsInSummarize() throws IOException {
        String sample = sample();
        List<Map<String, Object>> summarized = Invocation.run(sample, "summarize", "--format", "json", "--sentences", "1000")
                .assertSuccess().jsonSentences();
        Map<String, Object> indexBySpan = new HashMap<>();
        summarized.forEach(sentence -> indexBySpan.put(sentence.get("start") + "-" + sentence.get("end"), sentence.get("index")));

        List<Map<String, Object>> split = Invocation.run(sample, "split", "--format", "json").assertSuccess().jsonSentences();

        List<Map<String, Object>> sentences = split.stream().filter(segment -> segment.get("kind").equals("sentence")).toList();
        assertEquals(summarized.size(), sentences.size(), "summarize chose every sentence");
        assertTrue(split.size() > sentences.size(), "the sample has lines too");
        for (Map<String, Object> sentence : sentences) {
            assertEquals(indexBySpan.get(sentence.get("start") + "-" + sentence.get("end")), sentence.get("index"),
                    () -> "sentence " + sentence);
        }
    }

    /** Text with no sentence punctuation at all: its lines are what summarize chooses from, so split calls them sentences. */
    @Test
    void textWithoutAnySentenceHasItsLinesAsSentencesAsInSummarize() {
        String text = "Harbour news\nFerries at night\nMore boats soon\n";

        List<Map<String, Object>> split = Invocation.run(text, "split", "--format", "json").assertSuccess().jsonSentences();
        List<Map<String, Object>> summarized = Invocation.run(text, "summarize", "--format", "json").assertSuccess()
                .jsonSentences();

        assertEquals(List.of("sentence", "sentence", "sentence"), split.stream().map(segment -> segment.get("kind")).toList());
        assertEquals(summarized.stream().map(sentence -> sentence.get("index")).toList(),
                split.stream().map(segment -> segment.get("index")).toList());
    }

    private static String sample() throws IOException {
        try (InputStream in = SplitCommandTest.class.getResourceAsStream("/samples/sample-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWrappedSentencePrintsOnOneLine() {
        String wrapped = "The committee published its annual report on the state of the regional\n"
                + "rail network this morning. It found that most trains ran on time last year.\n";

        List<String> lines = Invocation.run(wrapped, "split").assertSuccess().outLines();

        assertEquals(List.of("The committee published its annual report on the state of the regional rail network this morning.",
                "It found that most trains ran on time last year."), lines);
    }

    @Test
    void englishIsTheDefaultAndCanBeNamed() {
        String byDefault = Invocation.run(Articles.PARK, "split").assertSuccess().out();

        assertEquals(byDefault, Invocation.run(Articles.PARK, "split", "--language", "en").assertSuccess().out());
    }

    @Test
    void unknownLanguagesAreAUsageErrorNamingTheSupportedOnes() {
        String message = Invocation.run(Articles.PARK, "split", "--language", "xx").assertUsageError();

        assertEquals("unsupported language 'xx', supported: " + String.join(", ", TextAnalyzer.languages()) + ", auto",
                message);
    }

    @Test
    void emptyInputGivesNoSegments() {
        assertEquals("", Invocation.run("", "split").assertSuccess().out());
        assertEquals("{\"sentences\":[],\"language\":\"en\"}\n", Invocation.run("", "split", "--format", "json").assertSuccess().out());
    }

    @Test
    void invalidUtf8IsAnInputError() {
        byte[] input = {'a', (byte) 0xFF};

        assertEquals("input is not valid UTF-8 (byte offset 1)", Invocation.run(input, "split").assertUsageError());
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = directory.resolve("missing.txt");

        assertEquals("cannot read " + missing + ": no such file",
                Invocation.run("", "split", missing.toString()).assertUsageError());
    }

    @Test
    void directoryIsAnInputError() {
        assertTrue(Invocation.run("", "split", directory.toString()).assertUsageError().startsWith("cannot read " + directory + ": "));
    }

    @Test
    void invalidUtf8InAFileIsAnInputError() throws IOException {
        Path file = Files.write(directory.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});

        assertEquals("input is not valid UTF-8 (byte offset 3)", Invocation.run("", "split", file.toString()).assertUsageError());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertTrue(Invocation.run(Articles.PARK, "split", "--bogus").assertUsageError().contains("--bogus"));
    }

    @Test
    void helpExitsZero() {
        Invocation result = Invocation.run("", "split", "--help").assertSuccess();

        assertTrue(result.out().startsWith("Usage: nutshell split"), result.out());
        assertTrue(result.out().contains("--language"), result.out());
    }
}
