package dev.nutshell.selection;

/**
 * The limits a selection must respect, all at once; use {@link Integer#MAX_VALUE} for "no limit".
 *
 * @param sentences the most sentences, {@code >= 0}
 * @param words the most words in all chosen sentences, {@code >= 0}
 * @param chars the most characters of the chosen sentences joined by one separator, {@code >= 0}
 * @since 0.1.0
 */
public record Budget(int sentences, int words, int chars) {
    /**
     * @param sentences the most sentences, {@code >= 0}
     * @param words the most words, {@code >= 0}
     * @param chars the most characters, {@code >= 0}
     * @throws IllegalArgumentException if a limit is negative
     */
    public Budget {
        if (sentences < 0 || words < 0 || chars < 0) {
            throw new IllegalArgumentException("limits must be >= 0, were sentences " + sentences
                    + ", words " + words + ", chars " + chars);
        }
    }
}
