package dev.nutshell.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * ROUGE-1.5.5's text normalisation, for one configuration (stemming on or off).
 *
 * <p>What the Perl does to a summary file ({@code readText}, {@code readText_LCS},
 * {@code createNGram}, {@code tokenizeText_LCS}):
 * <ol>
 * <li>Each line is one unit (sentence); empty lines are skipped. Lines are lower-cased with
 * {@code tr/A-Z/a-z/}, which touches ASCII letters only.
 * <li>{@code s/-/ - /g}, then {@code s/[^A-Za-z0-9\-]/ /g}: every character other than an ASCII
 * letter, digit or hyphen becomes a space (the Perl reads bytes, so each byte of a non-ASCII
 * character does too), and every hyphen becomes a token of its own.
 * <li>The text is split on whitespace and only tokens matching {@code /^[a-z0-9\$]/} are kept, which
 * drops the hyphen tokens: in effect a token is a maximal run of {@code [a-z0-9]}.
 * <li>With {@code -m}, a token longer than three characters goes through {@code MorphStem}: the
 * WordNet exception table if it lists the token, the Perl Porter stemmer otherwise.
 * </ol>
 * No stop words are removed without {@code -s}. Immutable and thread-safe.
 */
final class RougeTokenizer {
    private final boolean stemming;

    RougeTokenizer(boolean stemming) {
        this.stemming = stemming;
    }

    /**
     * The units of a summary: one per line, where each element of {@code sentences} is written on
     * its own line (an element holding line breaks is therefore several lines, as it would be in
     * the file ROUGE reads). Empty lines give no unit, as in the Perl's SPL reader; a line with no
     * token gives an empty unit, which adds nothing to any count.
     */
    List<String[]> units(List<String> sentences) {
        List<String[]> units = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            int start = 0;
            while (start <= sentence.length()) {
                int end = sentence.indexOf('\n', start);
                if (end < 0) {
                    end = sentence.length();
                }
                if (end > start) {
                    units.add(tokens(sentence, start, end));
                }
                start = end + 1;
            }
        }
        return units;
    }

    private String[] tokens(String text, int start, int end) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                token.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                token.append(c);
            } else if (token.length() > 0) {
                tokens.add(normalize(token.toString()));
                token.setLength(0);
            }
        }
        return tokens.toArray(new String[0]);
    }

    private String normalize(String token) {
        if (!stemming || token.length() <= 3) {
            return token;
        }
        String exception = WordNetExceptions.baseForm(token);
        return exception != null ? exception : RougePorterStemmer.stem(token);
    }
}
