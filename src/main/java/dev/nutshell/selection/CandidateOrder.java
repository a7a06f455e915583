package dev.nutshell.selection;

/** The order in which a selection considers sentences; it may depend on what was accepted. */
interface CandidateOrder {

    /** @return the next sentence index to consider, or -1 when none is left */
    int next();

    /** @param index a sentence returned by {@link #next()} that the selection took */
    void accept(int index);
}
