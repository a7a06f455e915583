package dev.nutshell.cli;

/**
 * One record of a {@code batch} input could not be read or summarized. It becomes that record's
 * error line in the output, and the run goes on with the next record.
 */
final class RecordFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object id;

    /**
     * @param id the record's id as {@link BatchDocument#id()} has it, or {@code null} when it is not known
     * @param message what is wrong, one line, phrased for the user
     */
    RecordFailure(Object id, String message) {
        super(message);
        this.id = id;
    }

    /** @return the record's id, or {@code null} when it is not known */
    Object id() {
        return id;
    }
}
