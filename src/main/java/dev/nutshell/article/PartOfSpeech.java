package dev.nutshell.article;

/**
 * A word's part of speech: the seventeen universal tags of Universal Dependencies (UPOS, de
 * Marneffe et al. 2021), the same for every language, plus {@link #UNKNOWN} for text analysed
 * without a tagger.
 *
 * @since 0.1.0
 */
public enum PartOfSpeech {
    /** Adjective. */
    ADJ,
    /** Adposition (preposition, postposition). */
    ADP,
    /** Adverb. */
    ADV,
    /** Auxiliary verb. */
    AUX,
    /** Coordinating conjunction. */
    CCONJ,
    /** Determiner. */
    DET,
    /** Interjection. */
    INTJ,
    /** Noun. */
    NOUN,
    /** Numeral. */
    NUM,
    /** Particle. */
    PART,
    /** Pronoun. */
    PRON,
    /** Proper noun. */
    PROPN,
    /** Punctuation. */
    PUNCT,
    /** Subordinating conjunction. */
    SCONJ,
    /** Symbol. */
    SYM,
    /** Verb. */
    VERB,
    /** Other: foreign words, typos, what fits nowhere else. */
    X,
    /** Not tagged: the language has no tagger, or the analyzer was not asked to tag. */
    UNKNOWN;

    /**
     * The tag of a UPOS name.
     *
     * @param name a UPOS tag such as {@code "NOUN"}, upper case
     * @return the tag, or {@link #UNKNOWN} for any other string
     * @throws NullPointerException if {@code name} is null
     */
    public static PartOfSpeech ofUniversalTag(String name) {
        // A switch on strings hashes once; the tagger gives one name per word.
        return switch (name) {
            case "ADJ" -> ADJ;
            case "ADP" -> ADP;
            case "ADV" -> ADV;
            case "AUX" -> AUX;
            case "CCONJ" -> CCONJ;
            case "DET" -> DET;
            case "INTJ" -> INTJ;
            case "NOUN" -> NOUN;
            case "NUM" -> NUM;
            case "PART" -> PART;
            case "PRON" -> PRON;
            case "PROPN" -> PROPN;
            case "PUNCT" -> PUNCT;
            case "SCONJ" -> SCONJ;
            case "SYM" -> SYM;
            case "VERB" -> VERB;
            case "X" -> X;
            default -> UNKNOWN;
        };
    }

    /** @return whether this is a noun or a proper noun */
    public boolean isNoun() {
        return this == NOUN || this == PROPN;
    }
}
