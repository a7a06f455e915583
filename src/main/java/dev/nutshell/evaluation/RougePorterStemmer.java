package dev.nutshell.evaluation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it: the Perl "Release 1" Porter stemmer bundled
 * at the end of {@code ROUGE-1.5.5.pl} (subroutines {@code stem} and {@code initialise}), including
 * Chin-Yew Lin's change to step 4 dated 02/14/2004.
 *
 * <p>It is not the textbook algorithm, nor OpenNLP's {@code PorterStemmer}, nor NLTK's: in the
 * Perl, step 4 removes a suffix from the first list, then (in a separate {@code if}, not an
 * {@code else}) {@code -ment}, then {@code -ent} or {@code -ion}, so one word may lose several
 * suffixes ("agreement" becomes "agreem", "fundamental" becomes "fundam"), and the measure tests
 * are the Perl regular expressions with their own treatment of {@code y}. This class therefore
 * keeps those regular expressions (consonant {@code [^aeiou]}, vowel {@code [aeiouy]}, consonant
 * sequence {@code [^aeiou][^aeiouy]*}, vowel sequence {@code [aeiouy][aeiou]*}) and applies them
 * with Perl's leftmost-match semantics, which {@link Matcher#find()} shares.
 *
 * <p>Input is a lower-case ASCII token as produced by ROUGE's tokenization; words shorter than three
 * characters are returned unchanged (the Perl's own guard; ROUGE only stems tokens longer than three
 * characters anyway). Stateless and thread-safe; O(length) per word with a small constant.
 */
final class RougePorterStemmer {
    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    /** {@code [C]VC...}: measure m > 0. */
    private static final Pattern MEASURE_ABOVE_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    /** {@code [C]VC[V]}: measure m = 1. */
    private static final Pattern MEASURE_IS_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    /** {@code [C]VCVC...}: measure m > 1. */
    private static final Pattern MEASURE_ABOVE_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    /** The stem contains a vowel. */
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
    /** The Perl's approximation of Porter's {@code *o}: a whole stem of consonants, vowel, consonant. */
    private static final Pattern SHORT_CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP_1A_IES_SSES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP_1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP_1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP_1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP_1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP_1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP_1C_Y = Pattern.compile("y$");
    private static final Pattern STEP_2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP_3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    // Step 4 after CYL's change: "-ment" and "-ent" are left out of the first list and tried after it.
    private static final Pattern STEP_4 =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP_4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP_4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP_4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP_5_E = Pattern.compile("e$");
    private static final Pattern STEP_5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP_2_REPLACEMENTS = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP_3_REPLACEMENTS = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private RougePorterStemmer() {
    }

    /**
     * @param word a lower-case word, not null
     * @return its stem under ROUGE-1.5.5's Perl Porter stemmer
     */
    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        // The Perl upper-cases an initial y so that no pattern takes it for a vowel, and undoes it at the end.
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? 'Y' + word.substring(1) : word;

        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP_2, STEP_2_REPLACEMENTS);
        w = replaceSuffix(w, STEP_3, STEP_3_REPLACEMENTS);
        w = step4(w);
        w = step5(w);

        if (initialY && !w.isEmpty()) {
            w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
        }
        return w;
    }

    private static String step1a(String w) {
        Matcher m = STEP_1A_IES_SSES.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        m = STEP_1A_S.matcher(w);
        if (m.find()) {
            return w.substring(0, m.start()) + m.group(1);
        }
        return w;
    }

    private static String step1b(String w) {
        Matcher m = STEP_1B_EED.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            return MEASURE_ABOVE_0.matcher(stem).find() ? w.substring(0, w.length() - 1) : w;
        }
        m = STEP_1B_ED_ING.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem;
                if (STEP_1B_AT_BL_IZ.matcher(w).find()) {
                    w = w + "e";
                } else if (STEP_1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1);
                } else if (SHORT_CVC.matcher(w).find()) {
                    w = w + "e";
                }
            }
        }
        return w;
    }

    private static String step1c(String w) {
        Matcher m = STEP_1C_Y.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                return stem + "i";
            }
        }
        return w;
    }

    /** Steps 2 and 3: replace the (leftmost-starting, i.e. longest) listed suffix if the stem has m > 0. */
    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (MEASURE_ABOVE_0.matcher(stem).find()) {
                return stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    private static String step4(String w) {
        w = dropIfMeasureAbove1(w, STEP_4);
        // Separate "if"s, as in the Perl: a word may lose "-al" and then "-ment" or "-ent" too.
        w = dropIfMeasureAbove1(w, STEP_4_MENT);
        Matcher m = STEP_4_ENT.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            return MEASURE_ABOVE_1.matcher(stem).find() ? stem : w;
        }
        m = STEP_4_ION.matcher(w);
        if (m.find()) {
            // "-ion" goes, the preceding s or t stays.
            String stem = w.substring(0, m.start()) + m.group(1);
            return MEASURE_ABOVE_1.matcher(stem).find() ? stem : w;
        }
        return w;
    }

    private static String dropIfMeasureAbove1(String w, Pattern suffix) {
        Matcher m = suffix.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (MEASURE_ABOVE_1.matcher(stem).find()) {
                return stem;
            }
        }
        return w;
    }

    private static String step5(String w) {
        Matcher m = STEP_5_E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (MEASURE_ABOVE_1.matcher(stem).find()
                    || (MEASURE_IS_1.matcher(stem).find() && !SHORT_CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP_5_LL.matcher(w).find() && MEASURE_ABOVE_1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
