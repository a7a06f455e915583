package dev.nutshell.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Reads the article the user named, a file or standard input, as strict UTF-8, up to a size limit.
 *
 * <p>Strict because the platform's default charset differs between machines, and a summary of
 * mis-decoded text would be garbage without any sign of it: bytes that are not UTF-8 are an
 * input error that names their offset, never replaced with U+FFFD. Offsets in the output are
 * UTF-16 offsets into the decoded text, after a leading byte-order mark (which some Windows
 * editors write) has been dropped.
 *
 * <p>The input is decoded as it is read, in chunks, and reading stops as soon as the text is
 * longer than the limit: a 5 GB file costs one chunk past the limit, not 5 GB of memory.
 */
final class InputReader {
    /** The name that stands for standard input, as in most Unix tools. */
    static final String STANDARD_INPUT = "-";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int CHUNK_BYTES = 64 * 1024;

    private final InputStream standardInput;

    /** @param standardInput what to read when the file is {@code -} or not given */
    public InputReader(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    /**
     * Reads the whole input.
     *
     * @param file a file name, {@code "-"} or {@code null} for standard input
     * @param maxChars the most UTF-16 characters the text may have (a leading byte-order mark
     *     aside), {@code >= 1}
     * @return the decoded text
     * @throws UsageException if the file cannot be read, is not UTF-8 or is longer than {@code maxChars}
     */
    public String read(String file, int maxChars) {
        if (file == null || file.equals(STANDARD_INPUT)) {
            try {
                return decode(standardInput, maxChars); // not closed: it is the caller's stream
            } catch (IOException e) {
                throw new UsageException("cannot read standard input: " + e.getMessage());
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return decode(in, maxChars);
        } catch (IOException | InvalidPathException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Reads a named file whole, for data files that are read in full anyway.
     *
     * @param file the name the user gave
     * @return its bytes
     * @throws UsageException if it cannot be read, naming the file and why
     */
    static byte[] readFile(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw cannotRead(file, e);
        }
    }

    private static UsageException cannotRead(String file, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new UsageException("cannot read " + file + ": no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new UsageException("cannot read " + file + ": permission denied");
        }
        // A directory, a name the file system rejects: the JDK's message is specific enough.
        return new UsageException("cannot read " + file + ": " + e.getMessage());
    }

    /**
     * Cuts text into lines, for input that has one sentence per line. CR LF and a lone CR end a
     * line as LF does, so files from any platform give the same lines; a final line break ends the
     * last line rather than starting an empty one.
     *
     * @param text the input
     * @return the lines without their terminators; empty for empty text
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lines.add(text.substring(start, end));
            start = end + lineBreakLength(text, end);
        }
        return lines;
    }

    private static int lineBreakLength(String text, int position) {
        if (position >= text.length()) {
            return 0;
        }
        boolean crlf = text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n';
        return crlf ? 2 : 1;
    }

    /**
     * Decodes all of {@code bytes} strictly, without a size limit: for tests.
     *
     * @throws UsageException at the first malformed byte sequence
     */
    static String decode(byte[] bytes) {
        return decode(bytes, InputReader::notUtf8);
    }

    /**
     * Decodes all of {@code bytes} strictly, without a size limit, with the caller's error.
     *
     * @param bytes the raw input
     * @param malformed the error for a malformed byte sequence starting at the given byte offset
     * @return the text without a leading byte-order mark
     */
    static String decode(byte[] bytes, LongFunction<UsageException> malformed) {
        try {
            return decode(new ByteArrayInputStream(bytes), Integer.MAX_VALUE, malformed);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * Decodes strictly, chunk by chunk, keeping track of where the first bad byte is so that the
     * user can find it, and stopping once the text is past {@code maxChars}.
     *
     * @return the text without a leading byte-order mark
     * @throws UsageException at the first malformed byte sequence, or once the text is too long
     */
    static String decode(InputStream in, int maxChars) throws IOException {
        return decode(in, maxChars, InputReader::notUtf8);
    }

    private static String decode(InputStream in, int maxChars, LongFunction<UsageException> malformed) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.allocate(CHUNK_BYTES);
        // UTF-8 never gives more UTF-16 units than bytes, so one chunk of output holds a chunk of input.
        CharBuffer output = CharBuffer.allocate(CHUNK_BYTES);
        StringBuilder text = new StringBuilder();
        long chunkOffset = 0; // the byte offset in the input of the buffer's first byte
        boolean endOfInput = false;
        while (true) {
            endOfInput = endOfInput || fill(in, input);
            input.flip();
            CoderResult result = decoder.decode(input, output, endOfInput);
            if (result.isError()) {
                throw malformed.apply(chunkOffset + input.position());
            }
            drain(output, text, maxChars);
            chunkOffset += input.position();
            input.compact();
            if (endOfInput && result.isUnderflow()) {
                break;
            }
        }
        CoderResult flushed = decoder.flush(output);
        if (flushed.isError()) {
            throw malformed.apply(chunkOffset);
        }
        drain(output, text, maxChars);
        return withoutByteOrderMark(text);
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

    /** Moves the decoded characters to the text, failing as soon as it is past the limit. */
    private static void drain(CharBuffer output, StringBuilder text, int maxChars) {
        output.flip();
        text.append(output);
        output.clear();
        long allowed = (long) maxChars + (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0);
        if (text.length() > allowed) {
            throw new UsageException("input is longer than " + count(maxChars, "character")
                    + " (raise the limit with --max-chars)");
        }
    }

    /**
     * @param count how many
     * @param noun the thing counted, singular
     * @return "1 character", "2 characters"
     */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static UsageException notUtf8(long byteOffset) {
        return new UsageException("input is not valid UTF-8 (byte offset " + byteOffset + ")");
    }

    private static String withoutByteOrderMark(StringBuilder text) {
        int start = text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        return text.substring(start);
    }
}
