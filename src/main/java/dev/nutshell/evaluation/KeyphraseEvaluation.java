package dev.nutshell.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores ranked keyphrases against gold keyphrases under the standard protocol of unsupervised
 * keyphrase extraction (Gallina, Boudin and Daille, "Large-Scale Evaluation of Keyphrase Extraction
 * Models", JCDL 2020; Boudin's pke benchmarks), the protocol of {@code score_keyphrases.py}:
 * <ol>
 *   <li>every phrase is normalised ({@link #normalise(String)}): lower-cased, cut into tokens (runs
 *       of word characters that may hold {@code - ' . & /} between two of them, and every other
 *       character that is not whitespace on its own), each token Porter-stemmed in NLTK's variant,
 *       joined with single spaces;</li>
 *   <li>duplicates after normalisation are dropped, the first kept, and so are empty phrases;</li>
 *   <li>of the first k predictions, those equal to a gold phrase match: precision is matches over
 *       the predictions in the top k, recall is matches over all gold phrases (those that never occur
 *       in the text included), F1 their harmonic mean.</li>
 * </ol>
 * Figures over a data set are the means of the per-document figures (macro averages).
 *
 * <p>Stateless and thread-safe. O(total length of the phrases).
 *
 * @since 0.1.0
 */
public final class KeyphraseEvaluation {
    private static final Pattern TOKEN = Pattern.compile("\\w+(?:[-'.&/]\\w+)*|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    private KeyphraseEvaluation() {
    }

    /**
     * The normalised form of a phrase, which matching compares.
     *
     * @param phrase any phrase
     * @return its stemmed tokens joined with single spaces; empty if it has no token
     * @throws NullPointerException if {@code phrase} is null
     */
    public static String normalise(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        StringBuilder normal = new StringBuilder(lower.length());
        Matcher token = TOKEN.matcher(lower);
        while (token.find()) {
            if (normal.length() > 0) {
                normal.append(' ');
            }
            normal.append(NltkPorterStemmer.stem(token.group()));
        }
        return normal.toString();
    }

    /**
     * Scores one document.
     *
     * @param predicted the predicted keyphrases, best first
     * @param gold the gold keyphrases, at least one that normalises to something
     * @param k how many predictions count, {@code >= 1}
     * @return precision, recall and F1 at k
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if {@code k < 1} or no gold phrase is left after normalisation
     */
    public static KeyphraseScore score(List<String> predicted, List<String> gold, int k) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(gold, "gold");
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        Set<String> goldForms = new HashSet<>(normalised(gold));
        if (goldForms.isEmpty()) {
            throw new IllegalArgumentException("no gold keyphrase to score against");
        }
        List<String> top = normalised(predicted);
        top = top.subList(0, Math.min(k, top.size()));
        long matches = top.stream().filter(goldForms::contains).count();
        double precision = top.isEmpty() ? 0 : (double) matches / top.size();
        double recall = (double) matches / goldForms.size();
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new KeyphraseScore(precision, recall, f1);
    }

    /** The distinct non-empty normalised forms, in order of first appearance. */
    private static List<String> normalised(List<String> phrases) {
        Set<String> forms = new LinkedHashSet<>();
        for (String phrase : phrases) {
            String form = normalise(Objects.requireNonNull(phrase, "phrase"));
            if (!form.isEmpty()) {
                forms.add(form);
            }
        }
        return new ArrayList<>(forms);
    }
}
