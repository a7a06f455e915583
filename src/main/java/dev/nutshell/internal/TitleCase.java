package dev.nutshell.internal;

/**
 * Whether a headline is in title case ("City Launches Night Ferry Line After Two-Year Trial"): at
 * least {@value #MIN_WORDS} words, two thirds of them capitalised. The one definition for the
 * tagger, which tags such a headline lower-cased, and the keyphrase ranking, which leaves it out.
 *
 * <p>Stateless and thread-safe.
 */
public final class TitleCase {
    /** The fewest words of a title-case headline: "Storm Hits" is too short to tell. */
    public static final int MIN_WORDS = 3;

    private TitleCase() {
    }

    /**
     * @param words the headline's number of words, {@code >= 0}
     * @param capitalised how many of them start with an upper-case letter, at most {@code words}
     * @return whether the headline is in title case
     */
    public static boolean isTitleCase(int words, int capitalised) {
        return words >= MIN_WORDS && 3 * capitalised >= 2 * words;
    }

    /**
     * @param text a text
     * @param wordStart the index of a word's first character in it
     * @return whether the word starts with an upper-case letter (outside the BMP too)
     */
    public static boolean isCapitalised(String text, int wordStart) {
        return Character.isUpperCase(text.codePointAt(wordStart));
    }
}
