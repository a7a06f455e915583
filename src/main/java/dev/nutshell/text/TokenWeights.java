package dev.nutshell.text;

/**
 * What {@link GreedyTagger} adds for one token: the weights of its spelling and of its word as
 * each neighbour, in single precision, by outcome, with what it needs to decide a near tie in
 * double precision. Implemented by {@link TaggerTables.TokenFeatures} (made for a token) and by
 * the word-form cache's {@link WordForms.Form}, which holds the same weights inline so that a
 * cached token costs one object fetched from memory, not two.
 *
 * <p>Implementations are immutable; the arrays are shared and must not be modified.
 */
interface TokenWeights {
    /** @return the token as written, from which {@link TaggerTables#exact(String)} makes its double-precision weights */
    String token();

    /** @return the sum of the token's spelling features, one weight per outcome */
    float[] own();

    /**
     * @return an upper bound, for any outcome, neighbours and previous tags, of the sum of the
     *     absolute double-precision weights added for the token: what bounds the rounding of its
     *     sums in single precision
     */
    double magnitude();

    /**
     * @return whether its leaders ({@link #firstLeader()} and so on) are among the open-class
     *     outcomes only ({@link TaggerTables#isClosedClass(int)}), rather than among all
     */
    boolean leadersOpenClassOnly();

    /** @return the outcome with the largest own weight, among those its leaders are of */
    int firstLeader();

    /** @return the outcome with the next largest own weight */
    int secondLeader();

    /** @return the first leader's own weight */
    float firstLeaderWeight();

    /** @return the second leader's own weight */
    float secondLeaderWeight();

    /** @return the largest own weight of any other outcome its leaders are among */
    float restWeight();

    /** @return its word's weights as each neighbour, sparse; {@link NeighbourWeights#NONE} if the model has none */
    NeighbourWeights neighbours();
}
