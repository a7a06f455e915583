package dev.nutshell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Decodes a byte stream as strict UTF-8, a chunk at a time, handing the text to a sink as it
 * comes: the one decoding loop behind articles and JSON Lines files, so that neither needs the
 * whole input in memory at once, and a sink can stop the reading by throwing.
 *
 * <p>Strict because the platform's default charset differs between machines, and mis-decoded text
 * would be garbage without any sign of it: bytes that are not UTF-8 are an error at their byte
 * offset, never replaced with U+FFFD; text in UTF-16 or UTF-32 is an error naming it ({@link
 * ForeignEncoding}). A leading byte-order mark (which some Windows editors write) is dropped.
 * Before the error, the sink has received every character before the bad byte, so that it can
 * tell where that is (the line of a JSON Lines file).
 *
 * <p>Not thread-safe: one decoding, one thread.
 */
final class Utf8Decoding {
    /** How many bytes are read and decoded at a time. */
    static final int CHUNK_BYTES = 64 * 1024;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** What a decoding error becomes, in the words of the caller that knows the input's name. */
    interface Errors {
        /**
         * @param byteOffset where the first malformed byte sequence starts
         * @return the error to throw
         */
        UsageException malformed(long byteOffset);

        /**
         * @param description what the input is and how to convert it ({@link ForeignEncoding#describe})
         * @return the error to throw
         */
        UsageException foreignEncoding(String description);
    }

    private final Consumer<CharBuffer> sink;
    private final Errors errors;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // UTF-8 never gives more UTF-16 units than bytes, so one chunk of output holds a chunk of input.
    private final CharBuffer output = CharBuffer.allocate(CHUNK_BYTES);
    private boolean atStart = true;

    /**
     * @param sink receives the text, a chunk at a time, in order; the buffer is reused once it returns
     * @param errors what the decoding errors become
     */
    Utf8Decoding(Consumer<CharBuffer> sink, Errors errors) {
        this.sink = sink;
        this.errors = errors;
    }

    /**
     * Decodes the whole stream into the sink. Memory: two 64 KB buffers, whatever the input's size.
     *
     * @param in the bytes; not closed
     * @throws IOException if reading fails
     * @throws UsageException at the first malformed byte, for UTF-16 or UTF-32 text, or whatever the sink throws
     */
    void decode(InputStream in) throws IOException {
        ByteBuffer input = ByteBuffer.allocate(CHUNK_BYTES);
        boolean endOfInput = fillSample(in, input);
        ForeignEncoding.describe(input.array(), input.position()).ifPresent(description -> {
            throw errors.foreignEncoding(description);
        });
        long chunkOffset = 0; // the byte offset in the input of the buffer's first byte
        while (true) {
            endOfInput = endOfInput || fill(in, input);
            input.flip();
            CoderResult result = decoder.decode(input, output, endOfInput);
            drain();
            if (result.isError()) {
                throw errors.malformed(chunkOffset + input.position());
            }
            chunkOffset += input.position();
            input.compact();
            if (endOfInput && result.isUnderflow()) {
                break;
            }
        }
        CoderResult flushed = decoder.flush(output);
        drain();
        if (flushed.isError()) {
            throw errors.malformed(chunkOffset);
        }
    }

    /** Reads until the buffer holds a sample to recognise the encoding by, or the input ends. */
    private static boolean fillSample(InputStream in, ByteBuffer buffer) throws IOException {
        while (buffer.position() < ForeignEncoding.SAMPLE_BYTES) {
            if (fill(in, buffer)) {
                return true;
            }
        }
        return false;
    }

    /** Reads into the buffer's free space; returns whether the input has ended. */
    private static boolean fill(InputStream in, ByteBuffer buffer) throws IOException {
        int read = in.read(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        if (read < 0) {
            return true;
        }
        buffer.position(buffer.position() + read);
        return false;
    }

    /** Hands the decoded characters to the sink, without the byte-order mark that may start the text. */
    private void drain() {
        output.flip();
        if (atStart && output.hasRemaining()) {
            atStart = false;
            if (output.get(output.position()) == BYTE_ORDER_MARK) {
                output.get();
            }
        }
        if (output.hasRemaining()) {
            sink.accept(output);
        }
        output.clear();
    }
}
