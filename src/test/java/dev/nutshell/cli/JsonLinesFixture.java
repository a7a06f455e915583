package dev.nutshell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small JSON Lines files for the evaluation commands' tests, written into a test's temporary folder. */
final class JsonLinesFixture {

    private JsonLinesFixture() {
    }

    /** Writes the lines, each followed by a newline, as UTF-8, and returns the file's path as a string. */
    static String write(Path directory, String name, String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return writeBytes(directory, name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes raw bytes, for input that is not UTF-8 or has odd line ends. */
    static String writeBytes(Path directory, String name, byte[] bytes) {
        Path file = directory.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** A record with an id and one array-of-strings member, as a JSON line. */
    static String record(String id, String field, String... sentences) {
        JsonWriter json = new JsonWriter().beginObject().member("id", id).beginArray(field);
        for (String sentence : sentences) {
            json.value(sentence);
        }
        return json.endArray().endObject().toString();
    }

    /** A system output line. */
    static String summary(String id, String... sentences) {
        return record(id, "summary_sentences", sentences);
    }

    /** The figures of one variant, {@code "rouge1"} etc., from the command's JSON output. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> variant(Map<String, Object> output, String name) {
        return (Map<String, Object>) output.get(name);
    }

    /** The command's one JSON line, parsed strictly. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(Invocation invocation) {
        List<String> lines = invocation.outLines();
        if (lines.size() != 1) {
            throw new AssertionError("expected one line of output, got " + lines);
        }
        return (Map<String, Object>) StrictJson.parse(lines.get(0));
    }
}
