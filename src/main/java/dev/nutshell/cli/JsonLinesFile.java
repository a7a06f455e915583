package dev.nutshell.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a JSON Lines file (one JSON object a line, UTF-8) into records that know their line, so
 * that every complaint about the data can name the file and the line to look at.
 *
 * <p>Strict where sloppiness would skew an evaluation without a sign of it: bytes that are not
 * UTF-8, a line that is not exactly one JSON object, a member given twice (which of the two would
 * count?) are input errors. Lenient where nothing can go wrong: a leading byte-order mark, CR LF
 * line ends and blank lines (a trailing one is usual) are accepted.
 *
 * <p>Parsing is Jackson's, which follows RFC 8259 by default (no comments, no NaN, no trailing
 * commas) and bounds nesting depth and string length, so hostile input fails with a message
 * rather than a stack overflow.
 *
 * <p>Thread-safe: stateless.
 */
final class JsonLinesFile {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * What Jackson's messages say for the programmer rather than the user: where a structure began
     * (the line and column are in our message already) and which parser feature would accept the
     * input (the user cannot set it).
     */
    private static final Pattern FOR_PROGRAMMERS = Pattern.compile(
            "\\s*\\(start marker at \\[Source:.*\\]\\)|\\s*\\[Source:.*\\]|: enable `[^`]*` to allow");

    private JsonLinesFile() {
    }

    /**
     * Reads every record of a file.
     *
     * @param file the name the user gave, which error messages repeat
     * @return the records of the non-blank lines, in file order
     * @throws UsageException if the file cannot be read, is not UTF-8, or has a line that is not one
     *     JSON object; the message names the file and the line
     */
    static List<JsonRecord> read(String file) {
        byte[] bytes = InputReader.readFile(file);
        String text = InputReader.decode(bytes,
                offset -> new UsageException(file + " line " + lineOf(bytes, (int) offset) + ": not valid UTF-8"));
        List<JsonRecord> records = new ArrayList<>();
        int lineNumber = 0;
        for (String line : InputReader.lines(text)) {
            lineNumber++;
            if (!line.isBlank()) {
                records.add(new JsonRecord(file, lineNumber, parse(file, lineNumber, line)));
            }
        }
        return records;
    }

    /**
     * The line number of a byte offset. A lone CR never ends a line in JSON Lines, but {@link
     * InputReader#lines} treats it as one, so a CR is counted unless an LF follows.
     */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            boolean crAlone = bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n');
            if (bytes[i] == '\n' || crAlone) {
                line++;
            }
        }
        return line;
    }

    private static ObjectNode parse(String file, int lineNumber, String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonNode node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new UsageException(file + " line " + lineNumber + ": text after the JSON object at column "
                        + parser.currentLocation().getColumnNr());
            }
            if (node == null || !node.isObject()) {
                throw new UsageException(file + " line " + lineNumber + ": not a JSON object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new UsageException(file + " line " + lineNumber + ": malformed JSON at column "
                    + e.getLocation().getColumnNr() + ": " + shortMessage(e));
        } catch (IOException e) {
            // Reading from a string does no I/O; Jackson's signature declares it all the same.
            throw new IllegalStateException(e);
        }
    }

    private static String shortMessage(JsonProcessingException e) {
        return FOR_PROGRAMMERS.matcher(e.getOriginalMessage()).replaceAll("");
    }
}
