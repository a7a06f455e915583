package dev.nutshell.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a JSON Lines input for {@code batch}, cut at line feeds as bytes arrive. Each
 * record is decoded and parsed later, by a worker: a line that is not UTF-8, not one JSON object,
 * or too long is that record's failure, not the run's, so one bad line among millions costs one
 * error line. A line longer than the bound is skipped without being held, so memory stays bounded
 * by the bound whatever the input's size.
 *
 * <p>Cut at bytes rather than characters because a line feed byte never occurs inside a UTF-8
 * sequence: the cut is right even where the bytes around it are not UTF-8. A CR before the LF is
 * dropped; blank lines are not records. The input as a whole is refused only when it is UTF-16 or
 * UTF-32 ({@link ForeignEncoding}, every line would fail) or cannot be read. A leading byte-order
 * mark is dropped.
 *
 * <p>Not thread-safe: one reader; the records it hands out are immutable.
 */
final class JsonLinesInput implements BatchInput {
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final InputStream in;
    private final boolean closeInput;
    private final Fields fields;
    private final int maxLineChars;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[CHUNK_BYTES];
    private int position;
    private int limit;
    private boolean ended;
    private boolean started;
    private long lineNumber;

    /**
     * The members a record is read from.
     *
     * @param id the id's member name
     * @param text the text's member name
     */
    record Fields(String id, String text) {
    }

    /**
     * @param name the input's name as the user gave it, for messages
     * @param in the bytes
     * @param closeInput whether {@link #close()} closes {@code in} (not standard input)
     * @param fields the members to read
     * @param maxLineChars the most characters a line may have, {@code >= 1}
     */
    JsonLinesInput(String name, InputStream in, boolean closeInput, Fields fields, int maxLineChars) {
        this.name = name;
        this.in = in;
        this.closeInput = closeInput;
        this.fields = fields;
        this.maxLineChars = maxLineChars;
        // A character is at most 3 bytes of UTF-8 (a surrogate pair, 2 characters, is 4).
        this.maxLineBytes = 3L * maxLineChars;
    }

    @Override
    public BatchRecord next() {
        try {
            if (!started) {
                start();
            }
            while (true) {
                Line line = readLine();
                if (line == null) {
                    return null;
                }
                if (line.bytes() == null || !isBlank(line.bytes())) {
                    return line;
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (closeInput) {
            try {
                in.close();
            } catch (IOException e) {
                // Everything was read; a failure to release the file changes nothing of the result.
            }
        }
    }

    /** Refuses UTF-16 and UTF-32 input, and drops a byte-order mark. */
    private void start() throws IOException {
        started = true;
        while (limit < ForeignEncoding.SAMPLE_BYTES && fill()) {
            // Fill until the sample is there or the input has ended.
        }
        ForeignEncoding.describe(buffer, limit).ifPresent(description -> {
            throw new UsageException(name + " is " + description);
        });
        if (limit >= BYTE_ORDER_MARK.length && Arrays.equals(buffer, 0, 3, BYTE_ORDER_MARK, 0, 3)) {
            position = BYTE_ORDER_MARK.length;
        }
    }

    /** @return the next line, or null at the end of the input */
    private Line readLine() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        lineNumber++;
        LineBuffer line = new LineBuffer();
        while (true) {
            int end = indexOfLineFeed();
            line.append(buffer, position, end, maxLineBytes);
            if (end < limit) {
                position = end + 1;
                break;
            }
            position = limit;
            if (!fill()) {
                break;
            }
        }
        return new Line(lineNumber, line.bytes(), fields, maxLineChars);
    }

    private int indexOfLineFeed() {
        for (int index = position; index < limit; index++) {
            if (buffer[index] == '\n') {
                return index;
            }
        }
        return limit;
    }

    /** Reads more bytes into an emptied buffer; returns false at the end of the input. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (position == limit) {
            position = 0;
            limit = 0;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
            return false;
        }
        limit += read;
        return true;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The bytes of one line as they arrive, or only their count once there are too many. */
    private static final class LineBuffer {
        private byte[] bytes = new byte[256];
        private int length;
        private boolean tooLong;

        void append(byte[] source, int from, int to, long maxBytes) {
            int count = to - from;
            if (tooLong || length + (long) count > maxBytes) {
                tooLong = true;
                bytes = null;
                return;
            }
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(2L * bytes.length, length + count)));
            }
            System.arraycopy(source, from, bytes, length, count);
            length += count;
        }

        /** @return the line without a final CR, or null if it was too long */
        byte[] bytes() {
            if (tooLong) {
                return null;
            }
            int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
            return Arrays.copyOf(bytes, end);
        }
    }

    /**
     * One line as bytes; decoded and parsed by {@link #read()}.
     *
     * @param number the line's number, from 1, blank lines counted
     * @param bytes the line without its terminator, or null if it was longer than the bound
     * @param fields the members to read
     * @param maxLineChars the bound
     */
    private record Line(long number, byte[] bytes, Fields fields, int maxLineChars) implements BatchRecord {
        @Override
        public long size() {
            return bytes == null ? 0 : bytes.length;
        }

        @Override
        public BatchDocument read() {
            String text = bytes == null ? null : decode(bytes);
            if (text == null || text.length() > maxLineChars) {
                throw new RecordFailure(null, "the line is longer than " + InputReader.count(maxLineChars, "character")
                        + ", " + DataLimit.LINE_LIMIT + " (raise the limit with --max-chars)");
            }
            ObjectNode object;
            try {
                object = JsonLinesFile.parseObject(text);
            } catch (UsageException e) {
                throw new RecordFailure(null, e.getMessage());
            }
            Object id = id(object.get(fields.id()));
            JsonNode article = object.get(fields.text());
            if (article == null) {
                throw new RecordFailure(id, "no \"" + fields.text() + "\" member");
            }
            if (!article.isTextual()) {
                throw new RecordFailure(id, "\"" + fields.text() + "\" must be a string, was " + JsonRecord.kind(article));
            }
            return BatchDocument.ofText(id, article.textValue());
        }

        /** The id as the output repeats it: a string, an integer, or null when there is none. */
        private Object id(JsonNode id) {
            if (id == null || id.isNull()) {
                return null;
            }
            if (id.isTextual()) {
                return id.textValue();
            }
            if (id.isIntegralNumber() && id.canConvertToLong()) {
                return id.longValue();
            }
            throw new RecordFailure(null, "\"" + fields.id() + "\" must be a string or an integer, was " + JsonRecord.kind(id));
        }

        /** Strict UTF-8, as every input is read: a malformed byte is an error at its offset in the line. */
        private static String decode(byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer input = ByteBuffer.wrap(bytes);
            CharBuffer output = CharBuffer.allocate(bytes.length);
            CoderResult result = decoder.decode(input, output, true);
            if (result.isError()) {
                throw new RecordFailure(null, "the line is not valid UTF-8 (byte offset " + input.position() + " of the line)");
            }
            decoder.flush(output);
            return output.flip().toString();
        }
    }
}
