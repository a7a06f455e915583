package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSplitCommandTest {
    /** Split exactly as its gold says: two sentences. */
    private static final String DOCTOR = "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"Dr. Smith came. He left.\","
            + "\"sentences_utf16\":[[0,15],[16,24]]}";
    /** Its gold says one sentence, where the splitter finds two. */
    private static final String RAIN = "{\"id\":\"b\",\"text\":\"It rained. We stayed in.\",\"sentences_utf16\":[[0,24]]}";

    @TempDir
    Path directory;

    private Path data(String... lines) throws IOException {
        Path file = directory.resolve("data.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    /** 2 paragraphs, 3 gold sentences, 4 predicted, 2 correct: P 50%, R 66.7%, F1 57.1%, 1 of 2 exact. */
    @Test
    void printsTheSentenceScoreInPercent() throws IOException {
        String out = Invocation.run("", "eval-split", "--data", data(DOCTOR, RAIN).toString()).assertSuccess().out();
        assertEquals("{\"paragraphs\":2,\"sentences\":3,\"precision\":50.0,\"recall\":66.7,\"f1\":57.1,\"exact\":50.0}\n", out);
    }

    @Test
    void writesEachParagraphsSegmentsWithOutput() throws IOException {
        Path output = directory.resolve("pred.jsonl");
        Invocation.run("", "eval-split", "--data", data(RAIN).toString(), "--language", "EN", "--output", output.toString())
                .assertSuccess();
        assertEquals("{\"id\":\"b\",\"exact\":false,\"sentences\":[{\"start\":0,\"end\":10,\"text\":\"It rained.\"},"
                + "{\"start\":11,\"end\":24,\"text\":\"We stayed in.\"}]}\n", Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void aRecordInALanguageWithoutAnAnalyzerIsAUsageError() throws IOException {
        Path data = data("{\"id\":\"x\",\"lang\":\"xx\",\"text\":\"Hi.\",\"sentences_utf16\":[[0,3]]}");
        String message = Invocation.run("", "eval-split", "--data", data.toString()).assertUsageError();
        assertTrue(message.contains("line 1") && message.contains("unsupported language 'xx'"), message);
    }

    @Test
    void anUnsupportedLanguageOptionIsAUsageError() throws IOException {
        String message = Invocation.run("", "eval-split", "--data", data(DOCTOR).toString(), "--language", "xx")
                .assertUsageError();
        assertTrue(message.contains("unsupported language 'xx'"), message);
    }

    @Test
    void aGoldSpanOutsideTheTextIsAUsageError() throws IOException {
        Path data = data("{\"id\":\"x\",\"text\":\"Hi.\",\"sentences_utf16\":[[0,4]]}");
        String message = Invocation.run("", "eval-split", "--data", data.toString()).assertUsageError();
        assertTrue(message.contains("line 1") && message.contains("[0, 4] is not a span"), message);
    }

    @Test
    void aGoldSpanThatIsNotAPairIsAUsageError() throws IOException {
        Path data = data("{\"id\":\"x\",\"text\":\"Hi.\",\"sentences_utf16\":[[0,1.5]]}");
        String message = Invocation.run("", "eval-split", "--data", data.toString()).assertUsageError();
        assertTrue(message.contains("must be a [start, end] pair of integers"), message);
    }

    @Test
    void theFiguresAreValidJson() throws IOException {
        String out = Invocation.run("", "eval-split", "--data", data(DOCTOR).toString()).assertSuccess().out();
        assertEquals(Map.of("paragraphs", 1.0, "sentences", 2.0, "precision", 100.0, "recall", 100.0, "f1", 100.0,
                "exact", 100.0), StrictJson.parse(out));
    }
}
