package dev.nutshell.keyphrases;

/**
 * A ranking whose phrases score more for the shape of a keyphrase and for coming early: a phrase's
 * score is multiplied by {@code length(words) × (1 + boost / (1 + first / scale))}, where {@code
 * length} is 1 for phrases of two or three words, {@code single} for one word and {@code long} for
 * four or more, and {@code first} is the index of the phrase's first word in the text (the
 * headline's words first).
 *
 * <p>Why: keyphrases are mostly of two and three words (Inspec dev gold: 51% two, 26% three, 14%
 * one word; DUC-2001: 60%, 16%, 18%), and our single words were right half as often as our
 * two-word phrases or less (of the top ten, 14% against 37% on Inspec, 19% against 36% on
 * DUC-2001); and what a text is
 * about comes first, which PositionRank's random jump says about words but not about phrases.
 * Measured on the dev sets (F1@5 / F1@10, Inspec then DUC-2001) on top of the default's other
 * parts: none 29.31 / 35.37, 25.96 / 29.70; length alone (single 0.5, long 0.7) 30.03 / 35.76,
 * 27.84 / 30.82; both (boost 2, scale 50 words) 30.72 / 36.16, 30.11 / 32.90, inside a plateau:
 * eight settings of boosts from 1 to 3 and scales from 25 to 150 words gave Inspec F1@10 36.0 to
 * 36.2 and DUC-2001 32.0 to 33.0.
 *
 * <p>Part of the hand-weighted default ranking before the learned models ({@link LogisticRanking}),
 * kept in the tests as the baseline they are measured against ({@code KeyphraseModelTraining}).
 *
 * <p>Immutable and thread-safe. O(candidates) on top of the ranking it decorates.
 */
final class PhrasePrior extends WeightedRanking {
    private final double single;
    private final double longPhrase;
    private final double boost;
    private final double scale;

    /**
     * @param ranking the ranking whose scores are weighted; its scores must be non-negative
     * @param single the weight of a one-word phrase, {@code > 0}
     * @param longPhrase the weight of a phrase of four words or more, {@code > 0}
     * @param boost how much more a phrase starting at the first word scores, {@code >= 0}
     * @param scale the position, in words, at which the boost is halved, {@code > 0}
     */
    PhrasePrior(PhraseRanker ranking, double single, double longPhrase, double boost, double scale) {
        super(ranking);
        this.single = single;
        this.longPhrase = longPhrase;
        this.boost = boost;
        this.scale = scale;
    }

    @Override
    double weight(Candidates candidates, int phrase) {
        return weight(candidates.phraseNodes.get(phrase).length, candidates.phraseStarts.get(phrase)[0]);
    }

    /**
     * @param words the phrase's number of words, {@code >= 1}
     * @param first the index of its first word in the text, {@code >= 0}
     * @return the weight of its score
     */
    double weight(int words, int first) {
        double length = words == 1 ? single : words >= 4 ? longPhrase : 1;
        return length * (1 + boost / (1 + first / scale));
    }

    @Override
    public String toString() {
        return "phrase-prior[single=" + single + ", long=" + longPhrase + ", boost=" + boost + ", scale=" + scale + ", "
                + ranking() + "]";
    }
}
