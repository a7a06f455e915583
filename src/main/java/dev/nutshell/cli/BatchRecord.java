package dev.nutshell.cli;

/**
 * One record of a {@code batch} input as the reader found it, before it is decoded, parsed and
 * summarized: that work is left to the workers, so that the one reading thread does no more than
 * cut the input into records.
 *
 * <p>Implementations are immutable and may be read on any thread.
 */
interface BatchRecord {
    /**
     * @return where the record is: its line in a JSON Lines file, or its position (from 1) among
     *     a folder's files in name order
     */
    long number();

    /** @return about how many bytes of memory the record holds until it is processed, {@code >= 0} */
    long size();

    /**
     * Decodes and parses the record.
     *
     * @return its id and text
     * @throws RecordFailure if it cannot be read, naming its id when that is known
     */
    BatchDocument read();
}
