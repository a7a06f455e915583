package dev.nutshell.evaluation;

import java.util.Map;

/**
 * The Porter stemmer in the variant NLTK's {@code PorterStemmer()} runs by default ({@code
 * NLTK_EXTENSIONS}): Porter (1980) with Martin Porter's later changes and NLTK's additions, the
 * stemmer of the keyphrase evaluation protocol (pke; Gallina, Boudin and Daille, JCDL 2020). A
 * port of {@code porter_stem} in the protocol's reference scorer, {@code score_keyphrases.py},
 * rule for rule; it differs from ROUGE's Porter ({@link RougePorterStemmer}) and from Snowball's
 * on a few words.
 *
 * <p>Input: a lower-case token. Stateless and thread-safe; O(length²) per word at worst (the
 * measure is recounted per rule), and words are short.
 */
final class NltkPorterStemmer {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("skies", "sky"), Map.entry("sky", "sky"), Map.entry("dying", "die"), Map.entry("lying", "lie"),
            Map.entry("tying", "tie"), Map.entry("news", "news"), Map.entry("innings", "inning"),
            Map.entry("inning", "inning"), Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"), Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"), Map.entry("succeed", "succeed"));
    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
        {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
        {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
        {"fulli", "ful"}};
    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}};
    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
        "iti", "ous", "ive", "ize"};

    private NltkPorterStemmer() {
    }

    /**
     * @param word a lower-case token
     * @return its stem
     */
    static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() <= 2) {
            return word;
        }
        String w = step1a(word);
        w = step1b(w);
        if (w.endsWith("y") && w.length() > 2 && isConsonant(w, w.length() - 2)) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        w = step2(w);
        w = step3(w);
        w = step4(w);
        return step5(w);
    }

    private static String step1a(String w) {
        if (w.endsWith("ies") && w.length() == 4) {
            return w.substring(0, 1) + "ie";
        }
        if (w.endsWith("sses")) {
            return cut(w, 4) + "ss";
        } else if (w.endsWith("ies")) {
            return cut(w, 3) + "i";
        } else if (w.endsWith("ss")) {
            return w;
        } else if (w.endsWith("s")) {
            return cut(w, 1);
        }
        return w;
    }

    private static String step1b(String w) {
        if (w.endsWith("ied")) {
            return cut(w, 3) + (w.length() == 4 ? "ie" : "i");
        }
        if (w.endsWith("eed")) {
            return measure(cut(w, 3)) > 0 ? cut(w, 1) : w;
        }
        String stem;
        if (w.endsWith("ed") && hasVowel(cut(w, 2))) {
            stem = cut(w, 2);
        } else if (w.endsWith("ing") && hasVowel(cut(w, 3))) {
            stem = cut(w, 3);
        } else {
            return w;
        }
        if (stem.endsWith("at")) {
            return cut(stem, 2) + "ate";
        } else if (stem.endsWith("bl")) {
            return cut(stem, 2) + "ble";
        } else if (stem.endsWith("iz")) {
            return cut(stem, 2) + "ize";
        }
        if (endsWithDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last != 'l' && last != 's' && last != 'z' ? cut(stem, 1) : stem;
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String step2(String w) {
        if (w.endsWith("alli") && measure(cut(w, 4)) > 0) {
            return step2(cut(w, 4) + "al");
        }
        for (String[] rule : STEP2) {
            if (w.endsWith(rule[0])) {
                String stem = cut(w, rule[0].length());
                return measure(stem) > 0 ? stem + rule[1] : w;
            }
        }
        if (w.endsWith("logi")) {
            return measure(cut(w, 3)) > 0 ? cut(w, 4) + "log" : w;
        }
        return w;
    }

    private static String step3(String w) {
        for (String[] rule : STEP3) {
            if (w.endsWith(rule[0])) {
                String stem = cut(w, rule[0].length());
                return measure(stem) > 0 ? stem + rule[1] : w;
            }
        }
        return w;
    }

    private static String step4(String w) {
        for (String suffix : STEP4) {
            if (w.endsWith(suffix)) {
                String stem = cut(w, suffix.length());
                boolean removable = suffix.equals("ion")
                        ? measure(stem) > 1 && (stem.endsWith("s") || stem.endsWith("t"))
                        : measure(stem) > 1;
                return removable ? stem : w;
            }
        }
        return w;
    }

    private static String step5(String w) {
        if (w.endsWith("e")) {
            String stem = cut(w, 1);
            int m = measure(stem);
            if (m > 1 || m == 1 && !endsCvc(stem)) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && measure(cut(w, 1)) > 1) {
            w = cut(w, 1);
        }
        return w;
    }

    private static String cut(String w, int suffixLength) {
        return w.substring(0, w.length() - suffixLength);
    }

    /** Whether {@code w[i]} is a consonant: not a vowel, and a {@code y} only after a vowel or first. */
    private static boolean isConsonant(String w, int i) {
        char c = w.charAt(i);
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !isConsonant(w, i - 1);
        }
        return true;
    }

    /** Porter's measure m: the number of vowel runs followed by a consonant run. */
    private static int measure(String w) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean consonant = isConsonant(w, i);
            if (consonant && previousVowel) {
                m++;
            }
            previousVowel = !consonant;
        }
        return m;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    /** Consonant, vowel, consonant at the end, the last not w, x or y; or a two-letter vowel-consonant word. */
    private static boolean endsCvc(String w) {
        int n = w.length();
        if (n >= 3) {
            char last = w.charAt(n - 1);
            return isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1)
                    && last != 'w' && last != 'x' && last != 'y';
        }
        return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1);
    }
}
