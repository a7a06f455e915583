package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.scoring.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummarizeCommandTest {
    private static final List<String> BODY = Arrays.asList(Articles.BODY);

    @TempDir
    Path directory;

    @Test
    void textFormatPrintsThreeBodySentencesByDefault() {
        List<String> lines = Invocation.run(Articles.PARK, "summarize").assertSuccess().outLines();

        assertEquals(3, lines.size(), () -> "lines: " + lines);
        assertTrue(BODY.containsAll(lines), () -> "only body sentences, verbatim: " + lines);
        assertInDocumentOrder(lines);
    }

    @Test
    void readsTheNamedFileAndDashAsStandardInput() throws IOException {
        Path file = directory.resolve("park.txt");
        Files.writeString(file, Articles.PARK, StandardCharsets.UTF_8);

        String fromFile = Invocation.run("", "summarize", file.toString()).assertSuccess().out();
        String fromDash = Invocation.run(Articles.PARK, "summarize", "-").assertSuccess().out();

        assertEquals(fromFile, fromDash);
        assertEquals(3, Invocation.run("", "summarize", file.toString()).outLines().size());
    }

    @Test
    void jsonOffsetsPointAtTheSentencesInTheInput() {
        List<Map<String, Object>> sentences = Invocation.run(Articles.PARK, "summarize", "--format", "json", "--sentences", "4")
                .assertSuccess().jsonSentences();

        assertEquals(4, sentences.size());
        int previousStart = -1;
        for (Map<String, Object> sentence : sentences) {
            assertEquals(List.of("index", "start", "end", "score", "text"), List.copyOf(sentence.keySet()));
            int start = number(sentence, "start");
            int end = number(sentence, "end");
            String text = (String) sentence.get("text");
            assertEquals(Articles.PARK.substring(start, end), text);
            assertEquals(BODY.indexOf(text), number(sentence, "index"), "index among the candidate sentences");
            assertTrue(Double.isFinite((Double) sentence.get("score")));
            assertTrue(start > previousStart, "document order");
            previousStart = start;
        }
    }

    @Test
    void jsonOutputForNoSentencesIsAnEmptyArray() {
        Invocation result = Invocation.run("", "summarize", "--format", "json").assertSuccess();

        assertEquals("{\"sentences\":[],\"headline\":null,\"language\":\"en\"}\n", result.out());
    }

    @Test
    void jsonOutputCarriesTheHeadline() {
        String article = "Storm floods hundreds of homes\n\nRain fell all night on the town. Rivers burst their banks.\n";
        Invocation result = Invocation.run(article, "summarize", "--format", "json").assertSuccess();

        assertTrue(result.out().endsWith(",\"headline\":\"Storm floods hundreds of homes\",\"language\":\"en\"}\n"), result.out());
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals("", Invocation.run("", "summarize").assertSuccess().out());
    }

    @Test
    void textWithoutSentencePunctuationStillGivesASummary() {
        assertEquals(List.of("x"), Invocation.run("x", "summarize", "-").assertSuccess().outLines());
    }

    @Test
    void sentencesOption() {
        assertEquals(2, Invocation.run(Articles.PARK, "summarize", "--sentences", "2").assertSuccess().outLines().size());
        assertEquals(9, Invocation.run(Articles.PARK, "summarize", "--sentences", "50").assertSuccess().outLines().size());
    }

    @Test
    void ratioOptionRoundsUp() {
        // 9 body sentences: ceil(0.5 × 9) = 5.
        List<String> lines = Invocation.run(Articles.PARK, "summarize", "--ratio", "0.5").assertSuccess().outLines();

        assertEquals(5, lines.size());
        assertTrue(BODY.containsAll(lines));
    }

    @Test
    void wordsOptionIsAnUpperBound() {
        List<String> lines = Invocation.run(Articles.PARK, "summarize", "--words", "30").assertSuccess().outLines();

        int words = lines.stream().mapToInt(line -> line.split("\\s+").length).sum();
        assertFalse(lines.isEmpty());
        assertTrue(words <= 30, () -> words + " words: " + lines);
        assertTrue(BODY.containsAll(lines));
    }

    @Test
    void charsOptionIsAnUpperBound() {
        List<String> lines = Invocation.run(Articles.PARK, "summarize", "--chars", "150").assertSuccess().outLines();

        int chars = String.join(" ", lines).length();
        assertFalse(lines.isEmpty());
        assertTrue(chars <= 150, () -> chars + " chars: " + lines);
    }

    @Test
    void everyAlgorithmOfTheLibraryIsAccepted() {
        for (String algorithm : Algorithm.names()) {
            List<String> lines = Invocation.run(Articles.PARK, "summarize", "--algorithm", algorithm).assertSuccess().outLines();
            assertEquals(3, lines.size(), algorithm);
            assertTrue(BODY.containsAll(lines), algorithm);
        }
    }

    @Test
    void leadAlgorithmTakesTheFirstSentences() {
        List<String> lines = Invocation.run(Articles.PARK, "summarize", "--algorithm", "lead").assertSuccess().outLines();

        assertEquals(BODY.subList(0, 3), lines);
    }

    @Test
    void presplitTakesEachLineAsOneSentence() {
        String input = "First line, with no full stop\r\nSecond line. It has two sentences.\r\n\r\nFourth line\n";

        List<Map<String, Object>> sentences = Invocation.run(input, "summarize", "--presplit", "--format", "json", "--sentences", "10")
                .assertSuccess().jsonSentences();

        // The blank third line is a sentence that is never chosen; no fifth, empty one after the final newline.
        assertEquals(List.of(0, 1, 3), sentences.stream().map(sentence -> number(sentence, "index")).toList());
        assertEquals(List.of("First line, with no full stop", "Second line. It has two sentences.", "Fourth line"),
                sentences.stream().map(sentence -> sentence.get("text")).toList());
        String joined = "First line, with no full stop\nSecond line. It has two sentences.\n\nFourth line";
        for (Map<String, Object> sentence : sentences) {
            assertEquals(joined.substring(number(sentence, "start"), number(sentence, "end")), sentence.get("text"));
        }
    }

    @Test
    void presplitTextFormatPrintsTheChosenLines() {
        List<String> lines = Invocation.run("one line.\ntwo line.\nthree line.", "summarize", "--presplit", "--sentences", "5")
                .assertSuccess().outLines();

        assertEquals(List.of("one line.", "two line.", "three line."), lines);
    }

    @Test
    void aSentenceWithLineBreaksPrintsOnOneLine() {
        String wrapped = "The committee published its annual report on the state of the regional\r\n"
                + "rail network this morning. It found that most trains ran on time last year.\n";

        Invocation result = Invocation.run(wrapped, "summarize", "--sentences", "1", "--algorithm", "lead").assertSuccess();

        assertEquals("The committee published its annual report on the state of the regional rail network this morning.\n",
                result.out());
    }

    @Test
    void unicodeLineSeparatorsInsideASentencePrintAsSpaces() {
        String input = "alpha\u2028beta\u2029gamma\u0085delta\u000Bend\n";

        List<String> lines = Invocation.run(input, "summarize", "--presplit").assertSuccess().outLines();

        assertEquals(List.of("alpha beta gamma delta end"), lines);
    }

    @Test
    void jsonEscapesQuotesBackslashesControlCharactersAndLineSeparators() {
        String tricky = "She said \"hi\" to C:\\temp\\new\ttab\u0001bell\u001f and \u2028sep\u2029 😀 é.";

        Invocation result = Invocation.run(tricky + "\n", "summarize", "--presplit", "--format", "json").assertSuccess();

        assertTrue(result.out().contains("She said \\\"hi\\\" to C:\\\\temp\\\\new\\u0009tab\\u0001bell\\u001f and \\u2028sep\\u2029 😀 é."),
                result.out());
        assertEquals(tricky, result.jsonSentences().get(0).get("text"));
    }

    @Test
    void outputIsUtf8WhateverTheStreamsEncoding() {
        String input = "Ünïcödé text with emoji 😀 reads back exactly. Another sentence follows it here.";

        String out = Invocation.run(input, "summarize", "--sentences", "1", "--algorithm", "lead").assertSuccess().out();

        assertEquals("Ünïcödé text with emoji 😀 reads back exactly.\n", out);
    }

    @Test
    void leadingByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Hello there, this is one sentence.".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, input, 0, bom.length);
        System.arraycopy(text, 0, input, bom.length, text.length);

        assertEquals("Hello there, this is one sentence.\n", Invocation.run(input, "summarize").assertSuccess().out());
    }

    @Test
    void invalidUtf8IsAnInputErrorNamingTheByteOffset() {
        byte[] input = {'O', 'k', '.', ' ', (byte) 0xC3, '(', '.'};

        String message = Invocation.run(input, "summarize").assertUsageError();

        assertEquals("input is not valid UTF-8 (byte offset 4)", message);
    }

    @Test
    void truncatedUtf8AtTheEndIsAnInputError() {
        byte[] input = {'O', 'k', ' ', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};

        assertEquals("input is not valid UTF-8 (byte offset 3)", Invocation.run(input, "summarize").assertUsageError());
    }

    @Test
    void lengthOptionsAreMutuallyExclusive() {
        String message = Invocation.run(Articles.PARK, "summarize", "--sentences", "2", "--ratio", "0.5").assertUsageError();

        assertTrue(message.contains("--sentences") && message.contains("--ratio") && message.contains("mutually exclusive"), message);
    }

    @Test
    void aLengthOptionGivenTwiceIsAnError() {
        String message = Invocation.run(Articles.PARK, "summarize", "--words", "2", "--words", "3").assertUsageError();

        assertTrue(message.contains("only one of --sentences, --ratio, --words and --chars"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5", "1.5"})
    void invalidRatioIsAUsageErrorWithTheLibrarysMessage(String ratio) {
        String message = Invocation.run(Articles.PARK, "summarize", "--ratio", ratio).assertUsageError();

        assertTrue(message.startsWith("--ratio must be in (0, 1]"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--sentences", "--words", "--chars"})
    void zeroOrNegativeCountsAreUsageErrors(String option) {
        assertEquals(option + " must be >= 1, was 0", Invocation.run(Articles.PARK, "summarize", option, "0").assertUsageError());
        assertEquals(option + " must be >= 1, was -3", Invocation.run(Articles.PARK, "summarize", option, "-3").assertUsageError());
    }

    @Test
    void nonNumericCountIsAUsageError() {
        String message = Invocation.run(Articles.PARK, "summarize", "--sentences", "three").assertUsageError();

        assertTrue(message.contains("--sentences") && message.contains("three"), message);
    }

    @Test
    void unknownAlgorithmListsTheValidNames() {
        String message = Invocation.run(Articles.PARK, "summarize", "--algorithm", "magic").assertUsageError();

        assertTrue(message.contains("magic"), message);
        for (String name : Algorithm.names()) {
            assertTrue(message.contains(name), message);
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        String message = Invocation.run(Articles.PARK, "summarize", "--format", "xml").assertUsageError();

        assertTrue(message.contains("xml") && message.contains("text, json"), message);
    }

    @Test
    void unknownOptionIsAUsageError() {
        String message = Invocation.run(Articles.PARK, "summarize", "--bogus").assertUsageError();

        assertTrue(message.contains("--bogus"), message);
    }

    @Test
    void secondFileIsAUsageError() {
        assertTrue(Invocation.run("", "summarize", "a.txt", "b.txt").assertUsageError().contains("b.txt"));
    }

    @Test
    void missingFileIsAnInputError() {
        Path missing = directory.resolve("missing.txt");

        String message = Invocation.run("", "summarize", missing.toString()).assertUsageError();

        assertEquals("cannot read " + missing + ": no such file", message);
    }

    @Test
    void directoryIsAnInputError() {
        assertTrue(Invocation.run("", "summarize", directory.toString()).assertUsageError().startsWith("cannot read " + directory));
    }

    @Test
    void fileNameWithALineBreakStillGivesOneErrorLine() {
        Invocation.run("", "summarize", directory.resolve("two\nlines.txt").toString()).assertUsageError();
    }

    @Test
    void optionsAreCheckedBeforeTheInputIsRead() {
        Invocation result = Invocation.run(new ThrowingInputStream(), false, "summarize", "--algorithm", "magic");

        assertTrue(result.assertUsageError().startsWith("unknown algorithm 'magic'"));
    }

    @Test
    void helpDescribesEveryOptionWithAnExample() {
        Invocation result = Invocation.run("", "summarize", "--help").assertSuccess();

        for (String option : List.of("--sentences", "--ratio", "--words", "--chars", "--algorithm", "--format", "--presplit", "FILE")) {
            assertTrue(result.out().contains(option), option);
        }
        assertTrue(result.out().contains("Examples:"), result.out());
        assertTrue(result.out().contains("nutshell summarize article.txt"), result.out());
        assertTrue(result.out().contains("textrank-tfidf"), "algorithm names from the library");
    }

    @Test
    void interactiveStandardInputWithoutAFileShowsUsageInsteadOfWaiting() {
        Invocation result = Invocation.run(new ThrowingInputStream(), true, "summarize");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: nutshell summarize"), result.err());
    }

    @Test
    void dashReadsEvenAnInteractiveStandardInput() {
        Invocation result = Invocation.run(new java.io.ByteArrayInputStream("One sentence here.".getBytes(StandardCharsets.UTF_8)),
                true, "summarize", "-");

        assertEquals("One sentence here.\n", result.assertSuccess().out());
    }

    private static int number(Map<String, Object> sentence, String name) {
        double value = (Double) sentence.get(name);
        assertEquals(Math.rint(value), value, name + " is an integer");
        return (int) value;
    }

    private static void assertInDocumentOrder(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(BODY.indexOf(lines.get(i - 1)) < BODY.indexOf(lines.get(i)), () -> "document order: " + lines);
        }
    }
}
