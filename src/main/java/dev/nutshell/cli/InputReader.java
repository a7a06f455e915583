package dev.nutshell.cli;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.IntFunction;

/**
 * Reads the article the user named, a file or standard input, as strict UTF-8.
 *
 * <p>Strict because the platform's default charset differs between machines, and a summary of
 * mis-decoded text would be garbage without any sign of it: bytes that are not UTF-8 are an
 * input error that names their offset, never replaced with U+FFFD. Offsets in the output are
 * UTF-16 offsets into the decoded text, after a leading byte-order mark (which some Windows
 * editors write) has been dropped.
 */
final class InputReader {
    /** The name that stands for standard input, as in most Unix tools. */
    static final String STANDARD_INPUT = "-";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream standardInput;

    /** @param standardInput what to read when the file is {@code -} or not given */
    public InputReader(InputStream standardInput) {
        this.standardInput = standardInput;
    }

    /**
     * Reads the whole input.
     *
     * @param file a file name, {@code "-"} or {@code null} for standard input
     * @return the decoded text
     * @throws UsageException if the file cannot be read or is not UTF-8
     */
    public String read(String file) {
        return decode(readBytes(file));
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

    private byte[] readBytes(String file) {
        if (file == null || file.equals(STANDARD_INPUT)) {
            try {
                return standardInput.readAllBytes();
            } catch (IOException e) {
                throw new UsageException("cannot read standard input: " + e.getMessage());
            }
        }
        return readFile(file);
    }

    /**
     * Reads a named file whole.
     *
     * @param file the name the user gave
     * @return its bytes
     * @throws UsageException if it cannot be read, naming the file and why
     */
    static byte[] readFile(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot read " + file + ": permission denied");
        } catch (IOException | InvalidPathException e) {
            // A directory, a name the file system rejects: the JDK's message is specific enough.
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Decodes strictly, keeping track of where the first bad byte is so that the user can find it.
     *
     * @param bytes the raw input
     * @return the text without a leading byte-order mark
     * @throws UsageException at the first malformed byte sequence
     */
    static String decode(byte[] bytes) {
        return decode(bytes, offset -> new UsageException("input is not valid UTF-8 (byte offset " + offset + ")"));
    }

    /**
     * Decodes strictly, as {@link #decode(byte[])} does, with the caller's error.
     *
     * @param bytes the raw input
     * @param malformed the error for a malformed byte sequence starting at the given byte offset
     * @return the text without a leading byte-order mark
     */
    static String decode(byte[] bytes, IntFunction<UsageException> malformed) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more UTF-16 units than bytes, so the buffer cannot overflow.
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            throw malformed.apply(input.position());
        }
        output.flip();
        return withoutByteOrderMark(output.toString());
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
