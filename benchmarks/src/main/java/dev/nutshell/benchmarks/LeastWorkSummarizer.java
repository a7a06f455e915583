package dev.nutshell.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A yardstick, not a summarizer to use: the least work any extractive TextRank summarizer does on
 * raw text, written for speed alone, so that {@link PairedPasses} can time it beside OpenNLP's
 * bare sentence detector and beside Nutshell in one JVM. It answers "what fraction of the
 * detector's throughput can a summarizer reach at all on this machine?", the question behind
 * issue 16's goal.
 *
 * <p>What it does, each step the cheapest of its kind: one scan of the characters; words (ASCII
 * letters and digits, or any letter or digit) lower-cased and looked up in an open-addressing
 * table keyed by their packed characters (a word of up to 8 Latin-1 characters is one {@code
 * long}; longer words go through a {@link HashMap}), which gives each word an id the first time
 * it is seen and never forgets it, so that, as in Nutshell's term cache, a word costs one probe
 * after its first sight; a short list of stop words dropped; a sentence ends after {@code . ! ?}
 * followed by white space, or at a line break, with no model and no rules; TextRank's graph
 * (Mihalcea and Tarau 2004, section 4.1: shared words over the sum of the logarithms of the
 * lengths), dense; 20 rounds of power iteration with damping 0.85; the top {@code k} in document
 * order.
 *
 * <p>What it leaves out, all of which Nutshell does: stemming (Nutshell caches stems, so a
 * repeated word costs it no stemming either), the sentence model and the abbreviation, quotation
 * and list rules, headlines, captions and page furniture, character offsets, the analysed-article
 * model, the length kernel, maximal marginal relevance and the repeat check.
 *
 * <p>Not thread-safe: its word table grows with every new word, without bound.
 */
final class LeastWorkSummarizer {
    private static final List<String> STOP_WORDS = List.of("a", "about", "after", "all", "also", "an", "and", "any",
            "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has",
            "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "more", "no", "not", "of", "on",
            "one", "or", "our", "out", "over", "said", "she", "so", "than", "that", "the", "their", "there", "they",
            "this", "to", "up", "was", "we", "were", "what", "when", "which", "who", "will", "with", "would", "you");
    private static final int ITERATIONS = 20;
    private static final double DAMPING = 0.85;
    private static final long NOT_PACKED = -1;

    /** A random odd multiplier: multiply-shift hashing whose slots no text can aim at. */
    private final long seed = new SplittableRandom().nextLong() | 1;
    private long[] keys = new long[1 << 10];
    private int[] ids = new int[1 << 10];
    private int words;
    private final Map<String, Integer> longWords = new HashMap<>();
    private boolean[] stopWord = new boolean[1 << 10];
    /** Per word id: the number of the last article that used it (high half) and its id there (low half). */
    private long[] articleIds = new long[1 << 10];
    private int articleNumber;

    LeastWorkSummarizer() {
        for (String word : STOP_WORDS) {
            int id = idOf(pack(word.toCharArray(), 0, word.length()));
            stopWord[id] = true;
        }
    }

    /** The text's words looked up, stop words dropped, sentences cut: the first half of {@link #summarize}. */
    Sentences sentences(String text) {
        char[] characters = text.toCharArray();
        Sentences sentences = new Sentences(characters.length);
        int i = 0;
        while (i < characters.length) {
            char c = characters[i];
            if (isWordCharacter(c)) {
                int end = wordEnd(characters, i);
                long key = pack(characters, i, end);
                int id = key != NOT_PACKED ? idOf(key) : longWordId(characters, i, end);
                sentences.addWord(stopWord[id] ? -1 : id);
                i = end;
            } else {
                if (c == '\n' || (c == '.' || c == '!' || c == '?')
                        && (i + 1 == characters.length || Character.isWhitespace(characters[i + 1]))) {
                    sentences.endSentence();
                }
                i++;
            }
        }
        sentences.endSentence();
        return sentences;
    }

    /**
     * @param text the raw text
     * @param k the number of sentences wanted, {@code >= 1}
     * @return the indices of the chosen sentences, in document order
     */
    int[] summarize(String text, int k) {
        Sentences sentences = sentences(text);
        int count = sentences.count;
        double[] weights = graph(sentences);
        double[] scores = rank(weights, count);
        return top(scores, Math.min(k, count));
    }

    /** TextRank's edge weights, dense, row by row: |S_a ∩ S_b| / (log |S_a| + log |S_b|). */
    private double[] graph(Sentences sentences) {
        int count = sentences.count;
        Postings postings = Postings.of(sentences, localTerms(sentences));
        int[] start = postings.start();
        int[] sentenceOf = postings.sentence();
        double[] weights = new double[count * count];
        for (int term = 0; term + 1 < start.length; term++) {
            for (int p = start[term]; p < start[term + 1]; p++) {
                for (int q = p + 1; q < start[term + 1]; q++) {
                    weights[sentenceOf[p] * count + sentenceOf[q]]++;
                }
            }
        }
        double[] logLength = new double[count];
        for (int sentence = 0; sentence < count; sentence++) {
            logLength[sentence] = Math.log(1 + sentences.wordCount[sentence]);
        }
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                double weight = weights[a * count + b] / (logLength[a] + logLength[b]);
                weights[a * count + b] = weight;
                weights[b * count + a] = weight;
            }
        }
        return weights;
    }

    /**
     * For each term of an article, the sentences that hold it, each once, ascending.
     *
     * @param start per term, its first posting; one longer than the number of terms
     * @param sentence per posting, its sentence
     */
    private record Postings(int[] start, int[] sentence) {
        static Postings of(Sentences sentences, int[] terms) {
            int termCount = 0;
            for (int term : terms) {
                termCount = Math.max(termCount, term + 1);
            }
            int[] start = new int[termCount + 1];
            int[] lastSentence = new int[termCount];
            Arrays.fill(lastSentence, -1);
            for (int sentence = 0; sentence < sentences.count; sentence++) {
                for (int t = sentences.termStart[sentence]; t < sentences.termStart[sentence + 1]; t++) {
                    if (lastSentence[terms[t]] != sentence) {
                        lastSentence[terms[t]] = sentence;
                        start[terms[t] + 1]++;
                    }
                }
            }
            for (int term = 0; term < termCount; term++) {
                start[term + 1] += start[term];
            }
            return new Postings(start, fill(sentences, terms, start, lastSentence));
        }

        /** The postings' sentences, in the places {@code start} gives each term. */
        private static int[] fill(Sentences sentences, int[] terms, int[] start, int[] lastSentence) {
            int[] sentenceOf = new int[start[start.length - 1]];
            int[] filled = Arrays.copyOf(start, start.length - 1);
            Arrays.fill(lastSentence, -1);
            for (int sentence = 0; sentence < sentences.count; sentence++) {
                for (int t = sentences.termStart[sentence]; t < sentences.termStart[sentence + 1]; t++) {
                    if (lastSentence[terms[t]] != sentence) {
                        lastSentence[terms[t]] = sentence;
                        sentenceOf[filled[terms[t]]++] = sentence;
                    }
                }
            }
            return sentenceOf;
        }
    }

    /** The sentences' terms renumbered from 0 within this article, through a table stamped per article. */
    private int[] localTerms(Sentences sentences) {
        articleNumber++;
        int[] terms = Arrays.copyOf(sentences.terms, sentences.termCount);
        int next = 0;
        long stamp = (long) articleNumber << 32;
        for (int t = 0; t < terms.length; t++) {
            long known = articleIds[terms[t]];
            if ((known & 0xFFFF_FFFF_0000_0000L) == stamp) {
                terms[t] = (int) known;
            } else {
                articleIds[terms[t]] = stamp | next;
                terms[t] = next++;
            }
        }
        return terms;
    }

    /** PageRank over the weighted graph: 20 rounds from the uniform vector. */
    private static double[] rank(double[] weights, int count) {
        double[] outWeight = new double[count];
        for (int a = 0; a < count; a++) {
            double sum = 0;
            for (int b = 0; b < count; b++) {
                sum += weights[a * count + b];
            }
            outWeight[a] = sum == 0 ? 1 : sum;
        }
        double[] scores = new double[count];
        double[] next = new double[count];
        double[] share = new double[count];
        Arrays.fill(scores, 1.0 / Math.max(1, count));
        for (int round = 0; round < ITERATIONS; round++) {
            for (int b = 0; b < count; b++) {
                share[b] = scores[b] / outWeight[b];
            }
            for (int a = 0; a < count; a++) {
                double sum = 0;
                for (int b = 0; b < count; b++) {
                    sum += weights[a * count + b] * share[b];
                }
                next[a] = (1 - DAMPING) / count + DAMPING * sum;
            }
            double[] swap = scores;
            scores = next;
            next = swap;
        }
        return scores;
    }

    /** The indices of the {@code k} highest scores, the earlier first among equals, in document order. */
    private static int[] top(double[] scores, int k) {
        boolean[] chosen = new boolean[scores.length];
        for (int round = 0; round < k; round++) {
            int best = -1;
            for (int sentence = 0; sentence < scores.length; sentence++) {
                if (!chosen[sentence] && (best < 0 || scores[sentence] > scores[best])) {
                    best = sentence;
                }
            }
            chosen[best] = true;
        }
        int[] indices = new int[k];
        for (int sentence = 0, found = 0; found < k; sentence++) {
            if (chosen[sentence]) {
                indices[found++] = sentence;
            }
        }
        return indices;
    }

    private static boolean isWordCharacter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static int wordEnd(char[] characters, int start) {
        int end = start + 1;
        while (end < characters.length && isWordCharacter(characters[end])) {
            end++;
        }
        return end;
    }

    /** The word lower-cased, 8 bits a character from the lowest, or {@link #NOT_PACKED} if it does not fit. */
    private static long pack(char[] characters, int start, int end) {
        if (end - start > Long.BYTES) {
            return NOT_PACKED;
        }
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = Character.toLowerCase(characters[i]);
            if (c > 0xFF) {
                return NOT_PACKED;
            }
            key |= (long) c << (Byte.SIZE * (i - start));
        }
        return key;
    }

    /** The id of a packed word, given on first sight. */
    private int idOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) ((key * seed) >>> 40) & mask;
        long found;
        while ((found = keys[slot]) != 0) {
            if (found == key) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = newId();
        if (2 * words > keys.length) {
            growTable();
        }
        return ids[slot];
    }

    private int longWordId(char[] characters, int start, int end) {
        String word = new String(characters, start, end - start).toLowerCase(java.util.Locale.ROOT);
        return longWords.computeIfAbsent(word, unused -> newId());
    }

    private int newId() {
        int id = words++;
        if (id == stopWord.length) {
            stopWord = Arrays.copyOf(stopWord, 2 * id);
            articleIds = Arrays.copyOf(articleIds, 2 * id);
        }
        return id;
    }

    private void growTable() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[2 * oldKeys.length];
        ids = new int[2 * oldKeys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) ((oldKeys[i] * seed) >>> 40) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    /** The words of a text's sentences: per sentence its word count and its terms (word ids, stop words left out). */
    static final class Sentences {
        int count;
        int[] wordCount = new int[16];
        int[] termStart = new int[17];
        int[] terms;
        int termCount;
        private int words;

        Sentences(int characters) {
            terms = new int[characters / 2 + 1];
        }

        void addWord(int term) {
            words++;
            if (term >= 0) {
                terms[termCount++] = term;
            }
        }

        /** @return the number of sentences and of terms, {@code "count:terms"}: for checksums */
        @Override
        public String toString() {
            return count + ":" + termCount;
        }

        /** Ends the sentence being read, unless it has no word. */
        void endSentence() {
            if (words == 0) {
                return;
            }
            if (count + 1 == wordCount.length) {
                wordCount = Arrays.copyOf(wordCount, 2 * wordCount.length);
                termStart = Arrays.copyOf(termStart, 2 * termStart.length);
            }
            wordCount[count] = words;
            termStart[++count] = termCount;
            words = 0;
        }
    }
}
