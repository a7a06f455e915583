package dev.nutshell.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the article the user named, a file or standard input, as strict UTF-8 ({@link
 * Utf8Decoding}), up to a size limit. Offsets in the output are UTF-16 offsets into the decoded
 * text, after a leading byte-order mark has been dropped.
 *
 * <p>The input is decoded as it is read, in chunks, and reading stops before the text would be
 * longer than the limit: a 5 GB file costs one chunk past the limit, not 5 GB of memory. Memory
 * grows with the text read; a file that surely fits the limit gets a buffer of its length at
 * once, so that the text is not copied again and again as it grows.
 */
final class InputReader {
    /** The name that stands for standard input, as in most Unix tools. */
    static final String STANDARD_INPUT = "-";

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
                return decode(standardInput, maxChars, 0); // not closed: it is the caller's stream
            } catch (IOException e) {
                throw new UsageException("cannot read standard input: " + e.getMessage());
            }
        }
        try (InputStream in = open(file)) {
            return decode(in, maxChars, Files.size(Path.of(file)));
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * Opens a named file for reading.
     *
     * @param file the name the user gave
     * @return the open stream
     * @throws UsageException if it cannot be opened, naming the file and why
     */
    static InputStream open(String file) {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * @param file the name the user gave
     * @param e why it cannot be read
     * @return the error naming the file and the reason
     */
    static UsageException cannotRead(String file, Exception e) {
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
        try {
            return decode(new ByteArrayInputStream(bytes), Integer.MAX_VALUE, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * Decodes strictly, chunk by chunk, stopping before the text would be longer than {@code maxChars}.
     *
     * @param sizeHint the input's length in bytes if known (never fewer than its characters), or 0
     * @return the text without a leading byte-order mark
     * @throws UsageException at the first malformed byte sequence, for UTF-16 or UTF-32, or once the text is too long
     */
    static String decode(InputStream in, int maxChars, long sizeHint) throws IOException {
        // Sized up front only when the whole input fits: a larger one may be refused after a chunk.
        StringBuilder text = new StringBuilder(sizeHint <= maxChars ? (int) sizeHint : 16);
        new Utf8Decoding(chunk -> append(text, chunk, maxChars), ERRORS).decode(in);
        return text.toString();
    }

    /** Adds the chunk to the text, or fails if it would make the text longer than the limit. */
    private static void append(StringBuilder text, CharBuffer chunk, int maxChars) {
        if (text.length() + (long) chunk.remaining() > maxChars) {
            throw new UsageException("input is longer than " + count(maxChars, "character")
                    + " (raise the limit with --max-chars)");
        }
        text.append(chunk);
    }

    /**
     * @param count how many
     * @param noun the thing counted, singular
     * @return "1 character", "2 characters"
     */
    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static final Utf8Decoding.Errors ERRORS = new Utf8Decoding.Errors() {
        @Override
        public UsageException malformed(long byteOffset) {
            return new UsageException("input is not valid UTF-8 (byte offset " + byteOffset + ")");
        }

        @Override
        public UsageException foreignEncoding(String description) {
            return new UsageException("input is " + description);
        }
    };
}
