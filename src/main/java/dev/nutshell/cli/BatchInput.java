package dev.nutshell.cli;

import java.io.Closeable;

/**
 * Where the records of a {@code batch} run come from, one at a time, in input order: a JSON
 * Lines file or stream ({@link JsonLinesInput}) or a folder of files ({@link FolderInput}).
 *
 * <p>Not thread-safe: one thread reads.
 */
interface BatchInput extends Closeable {
    /**
     * @return the next record, or {@code null} at the end of the input
     * @throws UsageException if the input as a whole cannot be read on: an I/O error, or text in
     *     UTF-16 where UTF-8 was expected; records before it have been handed out
     */
    BatchRecord next();

    /** Releases the input; standard input is left open. */
    @Override
    void close();
}
