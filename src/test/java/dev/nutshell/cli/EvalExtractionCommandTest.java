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

class EvalExtractionCommandTest {
    @TempDir
    Path directory;

    private Path truth(String... lines) throws IOException {
        Path file = directory.resolve("truth.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private void page(String id, String html) throws IOException {
        Files.writeString(directory.resolve(id + ".html"), html, StandardCharsets.UTF_8);
    }

    /**
     * Page a is extracted exactly (P = R = 1); page b has no article (no precision, recall 0): P = 1,
     * R = 0.5, F1 = 2/3, accuracy 0.5.
     */
    @Test
    void printsTheBenchmarksFigures() throws IOException {
        page("a", Pages.NEWS);
        page("b", Pages.NO_ARTICLE);
        Path truth = truth("{\"id\":\"a\",\"articleBody\":" + JsonWriter.quote(Pages.TEXT) + "}",
                "{\"id\":\"b\",\"articleBody\":\"Some text the page never had.\"}");
        String out = Invocation.run("", "eval-extraction", "--data", truth.toString(), "--pages", directory.toString())
                .assertSuccess().out();
        assertEquals(Map.of("pages", 2.0, "f1", 2.0 / 3, "precision", 1.0, "recall", 0.5, "accuracy", 0.5),
                StrictJson.parse(out));
        assertTrue(out.startsWith("{\"pages\":2,\"f1\":"), out);
    }

    @Test
    void writesTheExtractedTextsWithOutput() throws IOException {
        page("a", Pages.NEWS);
        Path truth = truth("{\"id\":\"a\",\"articleBody\":\"x\"}");
        Path output = directory.resolve("pred.jsonl");
        Invocation.run("", "eval-extraction", "--data", truth.toString(), "--pages", directory.toString(),
                "--output", output.toString()).assertSuccess();
        assertEquals("{\"id\":\"a\",\"articleBody\":" + JsonWriter.quote(Pages.TEXT) + "}\n",
                Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingPageIsAUsageError() throws IOException {
        Path truth = truth("{\"id\":\"nowhere\",\"articleBody\":\"x\"}");
        String message = Invocation.run("", "eval-extraction", "--data", truth.toString(), "--pages", directory.toString())
                .assertUsageError();
        assertTrue(message.contains("no page"), message);
    }

    @Test
    void anIdThatIsAPathIsAUsageError() throws IOException {
        Path truth = truth("{\"id\":\"../secret\",\"articleBody\":\"x\"}");
        String message = Invocation.run("", "eval-extraction", "--data", truth.toString(), "--pages", directory.toString())
                .assertUsageError();
        assertTrue(message.contains("cannot name a page file"), message);
    }
}
