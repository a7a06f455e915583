package dev.nutshell.cli;

import java.nio.CharBuffer;
import java.util.function.Consumer;

/**
 * Cuts decoded text into lines as it arrives, a chunk at a time, so that a file is read line by
 * line without being held whole. LF, CR LF and a lone CR each end a line, as {@link
 * InputReader#lines} has it; a final line break ends the last line rather than starting an empty
 * one. A line may not grow past a bound: memory stays bounded by the longest line allowed,
 * whatever the file's size.
 *
 * <p>Not thread-safe: one file, one thread.
 */
final class LineSplitter implements Consumer<CharBuffer> {
    /** Receives each line with its number. */
    interface LineConsumer {
        /**
         * @param number the line's number, from 1, blank lines counted
         * @param line the line without its terminator
         */
        void accept(long number, String line);
    }

    /** Says what a line that is too long becomes. */
    interface TooLong {
        /**
         * @param number the line's number, from 1
         * @return the error to throw
         */
        UsageException error(long number);
    }

    private final int maxLineChars;
    private final LineConsumer consumer;
    private final TooLong tooLong;
    private final StringBuilder line = new StringBuilder();
    private long number = 1;
    private boolean afterCarriageReturn;

    /**
     * @param maxLineChars the most characters a line may have, {@code >= 1}
     * @param consumer receives each line
     * @param tooLong the error for a longer line, thrown as soon as it is past the bound
     */
    LineSplitter(int maxLineChars, LineConsumer consumer, TooLong tooLong) {
        this.maxLineChars = maxLineChars;
        this.consumer = consumer;
        this.tooLong = tooLong;
    }

    /** @return the number of the line being read: where an error in the text seen so far is */
    long lineNumber() {
        return number;
    }

    /**
     * Takes the next chunk of text, handing on every line it completes.
     *
     * @param chunk text that follows what came before; read to its end
     */
    @Override
    public void accept(CharBuffer chunk) {
        char[] chars = chunk.array();
        int position = chunk.arrayOffset() + chunk.position();
        int end = chunk.arrayOffset() + chunk.limit();
        if (afterCarriageReturn && position < end && chars[position] == '\n') {
            position++; // the LF of a CR LF split between two chunks
        }
        afterCarriageReturn = false;
        while (position < end) {
            int lineEnd = position;
            while (lineEnd < end && chars[lineEnd] != '\n' && chars[lineEnd] != '\r') {
                lineEnd++;
            }
            append(chars, position, lineEnd);
            if (lineEnd == end) {
                break;
            }
            endLine();
            boolean crLf = chars[lineEnd] == '\r' && lineEnd + 1 < end && chars[lineEnd + 1] == '\n';
            afterCarriageReturn = chars[lineEnd] == '\r' && lineEnd + 1 == end;
            position = lineEnd + (crLf ? 2 : 1);
        }
        chunk.position(chunk.limit());
    }

    /** Hands on the last line, if the text did not end with a line break. */
    void finish() {
        if (line.length() > 0) {
            endLine();
        }
    }

    private void append(char[] chars, int from, int to) {
        if (line.length() + (long) (to - from) > maxLineChars) {
            throw tooLong.error(number);
        }
        line.append(chars, from, to - from);
    }

    private void endLine() {
        String text = line.toString();
        line.setLength(0);
        consumer.accept(number++, text);
    }
}
