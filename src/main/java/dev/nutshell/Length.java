package dev.nutshell;

/**
 * How long a summary may be: a budget in sentences, as a share of the article's sentences, in
 * words or in characters.
 *
 * <p>Every budget is an upper bound that the summary never exceeds. Selection takes sentences in
 * order of decreasing score (ties: the earlier sentence first) and keeps each one that still fits;
 * for {@link #words(int)} and {@link #chars(int)} a sentence too long for what is left is skipped
 * and shorter, lower-ranked ones may still fill the remaining budget. A summary is therefore empty
 * when no single sentence fits the budget. An article shorter than the budget gives all of its
 * candidate sentences.
 *
 * <p>Invalid budgets cannot be built: every factory and record constructor throws {@link
 * IllegalArgumentException} naming the value and the allowed range ({@code "sentences must be >= 1,
 * was 0"}); a {@code NaN} or infinite ratio is invalid. {@code Integer.MAX_VALUE} is valid and means
 * no limit of that kind.
 *
 * <p>Instances are immutable values and safe to share between threads.
 *
 * @since 0.1.0
 */
public sealed interface Length {

    /**
     * At most {@code count} sentences.
     *
     * @param count the most sentences to pick, {@code >= 1}
     * @return the budget
     * @throws IllegalArgumentException if {@code count < 1}
     */
    static Length sentences(int count) {
        return new Sentences(count);
    }

    /**
     * A share of the article's candidate sentences: {@code ceil(ratio × n)} sentences of an article
     * with {@code n} candidate sentences, so at least one whenever the article has any. Blank or
     * punctuation-only units of pre-split input, which are never chosen, do not count in {@code n}.
     *
     * @param ratio the share, in {@code (0, 1]}
     * @return the budget
     * @throws IllegalArgumentException if {@code ratio} is not in {@code (0, 1]} (NaN included)
     */
    static Length ratio(double ratio) {
        return new Ratio(ratio);
    }

    /**
     * At most {@code count} words in all chosen sentences together, a word being a maximal run of
     * non-whitespace characters of the sentence's text.
     *
     * @param count the most words, {@code >= 1}
     * @return the budget
     * @throws IllegalArgumentException if {@code count < 1}
     */
    static Length words(int count) {
        return new Words(count);
    }

    /**
     * At most {@code count} UTF-16 characters for the chosen sentences joined by one separator
     * character each: the sum of the sentences' lengths plus one for each sentence after the first.
     *
     * @param count the most characters, {@code >= 1}
     * @return the budget
     * @throws IllegalArgumentException if {@code count < 1}
     */
    static Length chars(int count) {
        return new Chars(count);
    }

    /**
     * A budget in sentences; see {@link Length#sentences(int)}.
     *
     * @param count the most sentences, {@code >= 1}
     */
    record Sentences(int count) implements Length {
        /**
         * @param count the most sentences, {@code >= 1}
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Sentences {
            requireAtLeastOne("sentences", count);
        }
    }

    /**
     * A budget as a share of the sentences; see {@link Length#ratio(double)}.
     *
     * @param ratio the share of the article's candidate sentences, in {@code (0, 1]}
     */
    record Ratio(double ratio) implements Length {
        /**
         * @param ratio the share, in {@code (0, 1]}
         * @throws IllegalArgumentException if {@code ratio} is not in {@code (0, 1]}
         */
        public Ratio {
            if (!(ratio > 0 && ratio <= 1)) {
                throw new IllegalArgumentException("ratio must be in (0, 1], was " + ratio);
            }
        }

        /**
         * The number of sentences this share allows for an article of {@code available} sentences.
         *
         * @param available the article's candidate sentence count, {@code >= 0}
         * @return {@code ceil(ratio × available)}, which is {@code >= 1} when {@code available >= 1}
         */
        public int sentencesOf(int available) {
            if (available <= 0) {
                return 0;
            }
            // The epsilon keeps 0.3 × 10 (3.0000000000000004 in binary) at 3 sentences, not 4; the
            // floor of one keeps a tiny share (1e-10 × 5) from rounding down to no sentence at all.
            return Math.max(1, (int) Math.ceil(ratio * available - 1e-9));
        }
    }

    /**
     * A budget in words; see {@link Length#words(int)}.
     *
     * @param count the most words, {@code >= 1}
     */
    record Words(int count) implements Length {
        /**
         * @param count the most words, {@code >= 1}
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Words {
            requireAtLeastOne("words", count);
        }
    }

    /**
     * A budget in characters; see {@link Length#chars(int)}.
     *
     * @param count the most characters, {@code >= 1}
     */
    record Chars(int count) implements Length {
        /**
         * @param count the most characters, {@code >= 1}
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Chars {
            requireAtLeastOne("chars", count);
        }
    }

    private static void requireAtLeastOne(String what, int count) {
        if (count < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, was " + count);
        }
    }
}
