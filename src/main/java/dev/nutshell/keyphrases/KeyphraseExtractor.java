package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;
import dev.nutshell.internal.BestFirst;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Extracts the keyphrases of an article from its {@link ArticleWords}: finds the candidate phrases,
 * ranks them with a {@link KeyphraseRanking}, and returns the best with every occurrence.
 *
 * <pre>{@code
 * KeyphraseExtractor extractor = KeyphraseExtractor.create();   // once; share it
 * List<Keyphrase> best = extractor.extract(analyzer.words(article), 10);
 * }</pre>
 *
 * <p>Candidates, with parts of speech (English), are the noun phrases {@code ADJ* (NOUN|PROPN)+};
 * without (a language with no tagger), the runs of words between stop words and punctuation. The
 * same phrase inflected differently ({@code "neural network"}, {@code "Neural Networks"}) is one
 * keyphrase. Keyphrases come best first, equal scores in order of first occurrence; the same words
 * always give the same keyphrases.
 *
 * <p>Immutable and thread-safe. Cost O(n × window + iterations × links) for n words: well under a
 * millisecond for a news article once the words are read.
 *
 * @since 0.1.0
 */
public final class KeyphraseExtractor {
    /** The length of a possessive ending, {@code 's}. */
    private static final int POSSESSIVE_LENGTH = 2;

    private final KeyphraseRanking ranking;

    private KeyphraseExtractor(KeyphraseRanking ranking) {
        this.ranking = ranking;
    }

    /** @return an extractor with the default ranking, {@link KeyphraseRanking#NUTSHELL} */
    public static KeyphraseExtractor create() {
        return new KeyphraseExtractor(KeyphraseRanking.NUTSHELL);
    }

    /**
     * @param ranking how candidates are ranked
     * @return an extractor with that ranking
     * @throws NullPointerException if {@code ranking} is null
     */
    public static KeyphraseExtractor of(KeyphraseRanking ranking) {
        return new KeyphraseExtractor(Objects.requireNonNull(ranking, "ranking"));
    }

    /** @return how candidates are ranked */
    public KeyphraseRanking ranking() {
        return ranking;
    }

    /**
     * The best keyphrases of an article.
     *
     * @param words the article's words, from its text analyzer
     * @param count the most keyphrases to return, {@code >= 1}
     * @return up to {@code count} keyphrases, best first; empty if the article has no candidate
     * @throws NullPointerException if {@code words} is null
     * @throws IllegalArgumentException if {@code count < 1}
     * @throws java.util.concurrent.CancellationException if the thread is interrupted; its
     *     interrupt status stays set
     */
    public List<Keyphrase> extract(ArticleWords words, int count) {
        Objects.requireNonNull(words, "words");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, was " + count);
        }
        Candidates candidates = candidates(words);
        if (candidates.size() == 0) {
            return List.of();
        }
        double[] scores = ranking.ranker().score(candidates);
        int[] best = best(candidates, scores, count, ranking.ranker().dropsContainedPhrases(candidates));
        List<Keyphrase> keyphrases = new ArrayList<>(best.length);
        for (int phrase : best) {
            keyphrases.add(keyphrase(candidates, phrase, scores[phrase]));
        }
        return List.copyOf(keyphrases);
    }

    /** The candidates the ranking scores: without a headline it does not read, unless that leaves none. */
    Candidates candidates(ArticleWords words) {
        Candidates candidates = candidatesOf(ranking.ranker().readsHeadline(words) ? words : withoutHeadline(words));
        if (candidates.size() == 0 && candidates.words != words) {
            candidates = candidatesOf(words); // a headline left out is better than no keyphrase
        }
        return candidates;
    }

    private Candidates candidatesOf(ArticleWords words) {
        return Candidates.of(words, ranking.maxWords(), ranking.ranker().wantsLongestRuns(words.size()));
    }

    /** The words after the headline's; the same words if there is no headline. */
    private static ArticleWords withoutHeadline(ArticleWords words) {
        int first = 0;
        while (first < words.size() && words.sentence(first) == ArticleWords.HEADLINE) {
            first++;
        }
        if (first == 0) {
            return words;
        }
        ArticleWords.Builder body = ArticleWords.builder(words.article(), words.isTagged());
        for (int word = first; word < words.size(); word++) {
            int flags = (words.isStopWord(word) ? ArticleWords.STOP_WORD : 0)
                    | (words.boundaryBefore(word) ? ArticleWords.BOUNDARY_BEFORE : 0)
                    | (words.isCommon(word) ? ArticleWords.COMMON : 0)
                    | (words.isGenericModifier(word) ? ArticleWords.GENERIC_MODIFIER : 0);
            body.add(words.sentence(word), words.start(word), words.end(word), words.key(word),
                    words.partOfSpeech(word), flags);
        }
        return body.build();
    }

    /**
     * The candidates of the {@code count} highest scores, best first, ties to the earlier first
     * occurrence (candidates are numbered in order of first occurrence); without those contained
     * in a better one chosen, if asked.
     */
    private static int[] best(Candidates candidates, double[] scores, int count, boolean dropContained) {
        BestFirst order = new BestFirst(scores);
        int[] best = new int[Math.min(count, scores.length)];
        int chosen = 0;
        while (chosen < best.length && !order.isEmpty()) {
            int phrase = order.next();
            if (!dropContained || !containedInAny(candidates, phrase, best, chosen)) {
                best[chosen++] = phrase;
            }
        }
        return Arrays.copyOf(best, chosen);
    }

    private static boolean containedInAny(Candidates candidates, int phrase, int[] chosen, int count) {
        int[] words = candidates.phraseNodes.get(phrase);
        for (int k = 0; k < count; k++) {
            if (contains(candidates.phraseNodes.get(chosen[k]), words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code part} occurs in {@code whole} as a run of consecutive words. */
    static boolean contains(int[] whole, int[] part) {
        for (int from = 0; from + part.length <= whole.length; from++) {
            if (Arrays.equals(whole, from, from + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static Keyphrase keyphrase(Candidates candidates, int phrase, double score) {
        ArticleWords words = candidates.words;
        int length = candidates.phraseNodes.get(phrase).length;
        int[] starts = candidates.phraseStarts.get(phrase);
        List<Keyphrase.Occurrence> occurrences = new ArrayList<>(starts.length);
        int shown = starts[0];
        int shownFlaws = Integer.MAX_VALUE;
        for (int start : starts) {
            occurrences.add(new Keyphrase.Occurrence(words.start(start), words.end(start + length - 1)));
            // A possessive ending is worse than a capital that only starts a sentence: the
            // phrase is "Hurricane Gilbert", not "Hurricane Gilbert's".
            int flaws = (possessive(words, start + length - 1) ? 2 : 0) + (startsSentence(words, start) ? 1 : 0);
            if (flaws < shownFlaws) {
                shown = start;
                shownFlaws = flaws;
            }
        }
        return new Keyphrase(text(candidates, phrase, shown), score, occurrences);
    }

    /** The text of a candidate: the occurrence {@link #keyphrase} shows. */
    static String text(Candidates candidates, int phrase) {
        return keyphrase(candidates, phrase, 0).text();
    }

    /** The candidate's words from {@code first}, single-spaced, without a possessive ending. */
    private static String text(Candidates candidates, int phrase, int first) {
        ArticleWords words = candidates.words;
        int last = first + candidates.phraseNodes.get(phrase).length - 1;
        int end = words.end(last);
        if (possessive(words, last)) {
            end -= POSSESSIVE_LENGTH;
        }
        return singleSpaced(words.article().text().substring(words.start(first), end));
    }

    private static boolean startsSentence(ArticleWords words, int word) {
        return word == 0 || words.sentence(word - 1) != words.sentence(word);
    }

    /** Whether the word ends with a possessive {@code 's} (or {@code ’s}) after at least one more character. */
    static boolean possessive(ArticleWords words, int word) {
        String text = words.article().text();
        int end = words.end(word);
        if (end - words.start(word) <= POSSESSIVE_LENGTH) {
            return false;
        }
        char apostrophe = text.charAt(end - 2);
        char s = text.charAt(end - 1);
        return (apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S');
    }

    /** Every run of whitespace made one space: a phrase may span a line break. */
    private static String singleSpaced(String text) {
        StringBuilder spaced = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    spaced.append(' ');
                    space = false;
                }
                spaced.append(c);
            }
        }
        return spaced.toString();
    }

    @Override
    public String toString() {
        return "KeyphraseExtractor[" + ranking + "]";
    }
}
