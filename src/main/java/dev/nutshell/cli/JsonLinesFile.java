package dev.nutshell.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a JSON Lines file (one JSON object a line, UTF-8) as a stream, line by line, handing on
 * each record as soon as it is parsed, with its line, so that every complaint about the data can
 * name the file and the line to look at, and an error on line 1 of a 5 GB file comes after reading
 * line 1, not the file. Memory: the longest line allowed, whatever the file's size (files of 2 GB
 * and more included); what the caller keeps of the records is its own.
 *
 * <p>Strict where sloppiness would skew an evaluation without a sign of it: bytes that are not
 * UTF-8, a line that is not exactly one JSON object, a member given twice (which of the two would
 * count?) are input errors. Lenient where nothing can go wrong: a leading byte-order mark, CR LF
 * line ends and blank lines (a trailing one is usual) are accepted.
 *
 * <p>Parsing is Jackson's, which follows RFC 8259 by default (no comments, no NaN, no trailing
 * commas) and bounds nesting depth (1,000), number length (1,000 digits) and member name length
 * (50,000), so hostile input fails with a message rather than a stack overflow. Strings are bounded
 * by the line's bound instead of Jackson's 20,000,000 characters.
 *
 * <p>Thread-safe: stateless.
 */
final class JsonLinesFile {
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    /**
     * What Jackson's messages say for the programmer rather than the user: where a structure began
     * (the line and column are in our message already), which parser feature would accept the
     * input, and which constraint setting a limit comes from (the user can set neither).
     */
    private static final Pattern FOR_PROGRAMMERS = Pattern.compile(
            "\\s*\\(start marker at \\[Source:.*\\]\\)|\\s*\\[Source:.*\\]|: enable `[^`]*` to allow|, from `[^`]*`");

    private JsonLinesFile() {
    }

    /**
     * Reads every record of a file, in file order.
     *
     * @param file the name the user gave, which error messages repeat
     * @param maxLineChars the most characters a line may have, {@code >= 1}
     * @param consumer receives the record of each non-blank line, before the next line is read
     * @throws UsageException if the file cannot be read, is not UTF-8, has a line longer than the
     *     bound or a line that is not one JSON object, or the consumer throws it; the message names
     *     the file and the line
     */
    static void read(String file, int maxLineChars, Consumer<JsonRecord> consumer) {
        try (InputStream in = InputReader.open(file)) {
            read(file, in, maxLineChars, consumer);
        } catch (IOException e) {
            throw InputReader.cannotRead(file, e);
        }
    }

    /**
     * Reads every record of a stream, as {@link #read(String, int, Consumer)} does with a file.
     *
     * @param file the name to give in messages
     * @param in the file's bytes; not closed
     * @param maxLineChars the most characters a line may have, {@code >= 1}
     * @param consumer receives each record
     * @throws IOException if reading fails
     */
    static void read(String file, InputStream in, int maxLineChars, Consumer<JsonRecord> consumer) throws IOException {
        LineSplitter lines = new LineSplitter(maxLineChars, (number, line) -> {
            if (!line.isBlank()) {
                consumer.accept(new JsonRecord(file, number, parse(file, number, line)));
            }
        }, number -> new UsageException(file + " line " + number + ": longer than " + InputReader.count(maxLineChars,
                "character") + ", " + DataLimit.LINE_LIMIT + " (raise the limit with --max-chars)"));
        new Utf8Decoding(lines, new Utf8Decoding.Errors() {
            @Override
            public UsageException malformed(long byteOffset) {
                return new UsageException(file + " line " + lines.lineNumber() + ": not valid UTF-8");
            }

            @Override
            public UsageException foreignEncoding(String description) {
                return new UsageException(file + " is " + description);
            }
        }).decode(in);
        lines.finish();
    }

    private static ObjectNode parse(String file, long lineNumber, String line) {
        try {
            return parseObject(line);
        } catch (UsageException e) {
            throw new UsageException(file + " line " + lineNumber + ": " + e.getMessage());
        }
    }

    /**
     * Parses one line as one JSON object, as the files are read.
     *
     * @param line the line without its terminator
     * @return the object
     * @throws UsageException if the line is not exactly one JSON object; the message says why
     *     and where in the line, not which line it is
     */
    static ObjectNode parseObject(String line) {
        JsonParser parser;
        try {
            parser = JSON.createParser(line);
        } catch (IOException e) {
            throw new IllegalStateException(e); // creating a parser over a string does no I/O
        }
        try (parser) {
            JsonNode node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new UsageException("text after the JSON object at column " + parser.currentLocation().getColumnNr());
            }
            if (node == null || !node.isObject()) {
                throw new UsageException("not a JSON object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            // A constraint violation (nesting, number length) carries no location: the parser knows it.
            JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new UsageException("malformed JSON at column " + location.getColumnNr() + ": " + shortMessage(e));
        } catch (IOException e) {
            // Reading from a string does no I/O; Jackson's signature declares it all the same.
            throw new IllegalStateException(e);
        }
    }

    private static String shortMessage(JsonProcessingException e) {
        return FOR_PROGRAMMERS.matcher(e.getOriginalMessage()).replaceAll("");
    }
}
