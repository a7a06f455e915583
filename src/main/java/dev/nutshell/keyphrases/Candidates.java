package dev.nutshell.keyphrases;

import dev.nutshell.article.ArticleWords;
import dev.nutshell.article.PartOfSpeech;
import dev.nutshell.internal.Interruption;
import dev.nutshell.internal.hashing.HashSlots;
import dev.nutshell.internal.hashing.SeededHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate phrases of an article and the words they are made of.
 *
 * <p>Graph words are the words a phrase may contain: with parts of speech, nouns, proper nouns
 * and adjectives that are not stop words; without, every word that is not a stop word. Words with
 * the same key are one graph word ({@link #wordNode}). Candidates are, with parts of speech, the
 * noun phrases {@code ADJ* (NOUN|PROPN)+} inside runs of graph words (Hulth 2003; the pattern of
 * PositionRank and of pke's benchmarks), a hyphenated compound counting as a noun; without, the
 * maximal runs of graph words (Rose et al. 2010, RAKE); a ranking may ask for the longest runs
 * of graph words up to their last noun instead of the noun phrases (pke's TextRank). None
 * crosses punctuation or a sentence boundary, and a possessive ends one ({@code "Canada's first
 * diamond mine"} gives {@code "Canada"} and {@code "diamond mine"}: DUC-2001 dev F1@10 28.96 to
 * 29.37, Inspec 34.79 to 34.87); a phrase longer than the most words allowed keeps
 * its last words, its head; and generic modifiers ({@link ArticleWords#isGenericModifier(int)}: "new", "various", "biggest")
 * are dropped from its start, so that "new regulatory compliance unit" is a candidate as
 * "regulatory compliance unit". Phrases with the same keys in the same order are one
 * candidate with several occurrences.
 *
 * <p>Immutable once built; O(n) in the number of words: graph words are found in a JDK hash map
 * keyed by strings (whose colliding keys make trees, not lists), phrases in a table of the
 * library's seeded hash of their nodes.
 */
final class Candidates {
    private static final String WORK = "keyphrase extraction";
    private static final int CHECK_INTERVAL = 1023;

    final ArticleWords words;
    /** Per word: its graph node, or -1 if it is no graph word. */
    final int[] wordNode;
    /** Per node: its key. */
    final List<String> nodeKeys;
    /** Per candidate: its nodes in order. */
    final List<int[]> phraseNodes = new ArrayList<>();
    /** Per candidate: the first word of each occurrence, increasing. */
    final List<int[]> phraseStarts = new ArrayList<>();
    private final int[] occurrenceCounts;
    /** The builder's table of phrases by their nodes, read-only from here on: {@link #phraseOf}. */
    private final SeededHash hash;
    private final HashSlots phraseSlots;

    private Candidates(ArticleWords words, int[] wordNode, List<String> nodeKeys, Builder phrases) {
        this.words = words;
        this.wordNode = wordNode;
        this.nodeKeys = nodeKeys;
        this.hash = phrases.hash;
        this.phraseSlots = phrases.phraseSlots;
        int count = phrases.phraseCount;
        this.occurrenceCounts = new int[count];
        for (int occurrence = 0; occurrence < phrases.occurrenceCount; occurrence++) {
            occurrenceCounts[phrases.occurrencePhrase[occurrence]]++;
        }
        int[][] starts = new int[count][];
        for (int phrase = 0; phrase < count; phrase++) {
            phraseNodes.add(phrases.phraseNodes[phrase]);
            starts[phrase] = new int[occurrenceCounts[phrase]];
        }
        int[] filled = new int[count];
        for (int occurrence = 0; occurrence < phrases.occurrenceCount; occurrence++) {
            int phrase = phrases.occurrencePhrase[occurrence];
            starts[phrase][filled[phrase]++] = phrases.occurrenceStart[occurrence];
        }
        phraseStarts.addAll(Arrays.asList(starts));
    }

    /**
     * @param words the article's words
     * @param maxWords the most words of a candidate, {@code >= 1}
     */
    static Candidates of(ArticleWords words, int maxWords) {
        return of(words, maxWords, false);
    }

    /**
     * @param words the article's words
     * @param maxWords the most words of a candidate, {@code >= 1}
     * @param longestRuns whether a tagged run of graph words gives one candidate, up to its last
     *     noun, rather than each {@code ADJ* NOUN+} in it
     */
    static Candidates of(ArticleWords words, int maxWords, boolean longestRuns) {
        int n = words.size();
        int[] wordNode = new int[n];
        Map<String, Integer> nodeIds = new HashMap<>();
        List<String> nodeKeys = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            if ((w & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            wordNode[w] = isGraphWord(words, w) ? node(words.key(w), nodeIds, nodeKeys) : -1;
        }
        if (words.isTagged()) {
            retagParticiples(words, wordNode, nodeIds, nodeKeys);
        }
        Builder builder = new Builder(words, wordNode, maxWords);
        for (int w = 0; w < n;) {
            if (!words.isTagged()) {
                w = builder.runFrom(w);
            } else {
                w = longestRuns ? builder.longestPhraseFrom(w) : builder.nounPhrasesFrom(w);
            }
        }
        return new Candidates(words, wordNode, nodeKeys, builder);
    }

    /**
     * Corrects two tagging errors at the start of noun phrases, where the tagger, trained on web
     * text, reads a participle as a verb: a participle after a determiner ({@code "the devastating
     * storms"}, {@code "the generalized Petersen graph"}), or a past participle after an adposition
     * ({@code "of distributed analog computation"}), before a graph word, becomes a modifier; and
     * a noun ending in {@code -ing} after an adposition and before a graph word, at the start of a
     * run, is a gerund with its object ({@code "by combining cross-power minimization"}), no part
     * of the phrase. Measured on the dev sets (F1@5 / F1@10, Inspec then DUC-2001), each alone
     * against 28.73 / 34.79, 25.38 / 28.96: participles 28.95 / 35.10, 25.67 / 29.23; gerunds
     * 28.96 / 34.97, 25.38 / 29.04; both with possessives ending candidates, 29.28 / 35.37, 25.83 /
     * 29.72 (possessives alone 28.85 / 34.87, 25.53 / 29.37). Every participle inside a run of
     * graph words as a modifier lost (28.25 / 34.60, 25.26 / 28.46).
     */
    private static void retagParticiples(ArticleWords words, int[] wordNode, Map<String, Integer> nodeIds,
            List<String> nodeKeys) {
        for (int w = 1; w + 1 < words.size(); w++) {
            PartOfSpeech tag = words.partOfSpeech(w);
            // wordNode[w + 1] is still as isGraphWord made it: the loop changes only words before.
            if (tag != PartOfSpeech.VERB && tag != PartOfSpeech.NOUN || wordNode[w + 1] < 0
                    || words.boundaryBefore(w) || words.boundaryBefore(w + 1)) {
                continue;
            }
            PartOfSpeech before = words.partOfSpeech(w - 1);
            if (wordNode[w] < 0 && tag == PartOfSpeech.VERB && !words.isStopWord(w)
                    && (before == PartOfSpeech.DET && (endsWith(words, w, "ing") || isPastParticiple(words, w))
                        || before == PartOfSpeech.ADP && isPastParticiple(words, w))) {
                wordNode[w] = node(words.key(w), nodeIds, nodeKeys);
            } else if (wordNode[w] >= 0 && wordNode[w - 1] < 0 && before == PartOfSpeech.ADP && tag == PartOfSpeech.NOUN
                    && endsWith(words, w, "ing")) {
                wordNode[w] = -1;
            }
        }
    }

    private static boolean isPastParticiple(ArticleWords words, int word) {
        return endsWith(words, word, "ed") || endsWith(words, word, "en");
    }

    /** Whether the word ends with the lower-case suffix, in any case. */
    private static boolean endsWith(ArticleWords words, int word, String suffix) {
        int start = words.end(word) - suffix.length();
        return start > words.start(word)
                && words.article().text().regionMatches(true, start, suffix, 0, suffix.length());
    }

    /** The node of a key, made if new. */
    private static int node(String key, Map<String, Integer> nodeIds, List<String> nodeKeys) {
        Integer id = nodeIds.putIfAbsent(key, nodeKeys.size());
        if (id == null) {
            id = nodeKeys.size();
            nodeKeys.add(key);
        }
        return id;
    }

    private static boolean isGraphWord(ArticleWords words, int word) {
        if (words.isStopWord(word)) {
            return false;
        }
        return !words.isTagged() || isHead(words, word) || words.partOfSpeech(word) == PartOfSpeech.ADJ;
    }

    /**
     * A word that may end a noun phrase: a noun, or a hyphenated compound tagged anything but an
     * adverb or adposition, since taggers often call compounds such as {@code "dot-com"} or {@code
     * "cross-talk"} adjectives or verbs.
     */
    static boolean isHead(ArticleWords words, int word) {
        PartOfSpeech tag = words.partOfSpeech(word);
        return tag.isNoun() || tag != PartOfSpeech.ADV && tag != PartOfSpeech.ADP && isCompound(words, word);
    }

    /** Whether the word has a hyphen: looked for within the word only, never past its end. */
    private static boolean isCompound(ArticleWords words, int word) {
        String text = words.article().text();
        for (int i = words.start(word); i < words.end(word); i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /** @return the number of candidates */
    int size() {
        return phraseNodes.size();
    }

    /** @return the number of graph nodes */
    int nodeCount() {
        return nodeKeys.size();
    }

    /**
     * The candidate made of some nodes, if any.
     *
     * @param nodes graph nodes
     * @param from the first of them, inclusive
     * @param to the last of them, exclusive; at most {@code keyChars.length / 2} after {@code from}
     * @param keyChars a buffer for the nodes as characters, two a node
     * @return the candidate whose nodes are {@code nodes[from, to)}, or -1
     */
    int phraseOf(int[] nodes, int from, int to, char[] keyChars) {
        int keyHash = keyHash(hash, nodes, from, to, keyChars);
        for (int slot = phraseSlots.find(keyHash), entry; (entry = phraseSlots.entryAt(slot)) != 0;
                slot = phraseSlots.findNext(slot, keyHash)) {
            int[] candidate = phraseNodes.get(entry - 1);
            if (Arrays.equals(candidate, 0, candidate.length, nodes, from, to)) {
                return entry - 1;
            }
        }
        return -1;
    }

    /** The seeded hash of nodes {@code [from, to)}, each as two characters in {@code keyChars}. */
    private static int keyHash(SeededHash hash, int[] nodes, int from, int to, char[] keyChars) {
        for (int i = from; i < to; i++) {
            int node = nodes[i];
            keyChars[2 * (i - from)] = (char) node;
            keyChars[2 * (i - from) + 1] = (char) (node >>> 16);
        }
        return hash.of(keyChars, 0, 2 * (to - from));
    }

    /** @return how many times candidate {@code p} occurs */
    int occurrences(int phrase) {
        return occurrenceCounts[phrase];
    }

    /** Collects candidates as the words are scanned. */
    private static final class Builder {
        private final ArticleWords words;
        private final int[] wordNode;
        private final int maxWords;
        /** Phrases by their nodes: entry {@code p + 1} is phrase {@code p}; the hash is of the nodes as chars. */
        final SeededHash hash = SeededHash.perJvm();
        final HashSlots phraseSlots = new HashSlots(64);
        private final char[] keyChars;
        int[][] phraseNodes = new int[64][];
        int phraseCount;
        /** Per occurrence, in the order found (document order): its first word and its phrase. */
        int[] occurrenceStart = new int[64];
        int[] occurrencePhrase = new int[64];
        int occurrenceCount;

        Builder(ArticleWords words, int[] wordNode, int maxWords) {
            this.words = words;
            this.wordNode = wordNode;
            this.maxWords = maxWords;
            this.keyChars = new char[2 * maxWords];
        }

        /** The end of the run of graph words starting at {@code from}: no boundary inside, no possessive but the last word. */
        private int runEnd(int from) {
            int end = from + 1;
            while (end < words.size() && wordNode[end] >= 0 && !words.boundaryBefore(end)
                    && !KeyphraseExtractor.possessive(words, end - 1)) {
                end++;
            }
            return end;
        }

        /** Adds the noun phrases of the run starting at {@code from}; returns where to go on. */
        int nounPhrasesFrom(int from) {
            if (wordNode[from] < 0) {
                return from + 1;
            }
            int end = runEnd(from);
            int word = from;
            while (word < end) {
                int start = word;
                while (word < end && !isHead(words, word)) {
                    word++;
                }
                if (word == end) {
                    break; // modifiers without a noun: no phrase
                }
                while (word < end && isHead(words, word)) {
                    word++;
                }
                add(start, word);
            }
            return end;
        }

        /** Adds the run of graph words starting at {@code from} up to its last noun, if any; returns where to go on. */
        int longestPhraseFrom(int from) {
            if (wordNode[from] < 0) {
                return from + 1;
            }
            int end = runEnd(from);
            int last = end - 1;
            while (last >= from && !isHead(words, last)) {
                last--;
            }
            if (last >= from) {
                add(from, last + 1);
            }
            return end;
        }

        /** Adds the run of graph words starting at {@code from}, cut into pieces of the most words allowed. */
        int runFrom(int from) {
            if (wordNode[from] < 0) {
                return from + 1;
            }
            int end = runEnd(from);
            for (int start = from; start < end; start += maxWords) {
                add(start, Math.min(end, start + maxWords));
            }
            return end;
        }

        private void add(int start, int end) {
            start = Math.max(start, end - maxWords);
            while (start < end - 1 && words.isGenericModifier(start) && !isHead(words, start)) {
                start++;
            }
            int phrase = phraseOf(start, end);
            if (occurrenceCount == occurrenceStart.length) {
                occurrenceStart = Arrays.copyOf(occurrenceStart, 2 * occurrenceCount);
                occurrencePhrase = Arrays.copyOf(occurrencePhrase, 2 * occurrenceCount);
            }
            occurrenceStart[occurrenceCount] = start;
            occurrencePhrase[occurrenceCount++] = phrase;
        }

        /** The phrase of the nodes of words {@code [start, end)}, made if new. */
        private int phraseOf(int start, int end) {
            int keyHash = keyHash(hash, wordNode, start, end, keyChars);
            for (int slot = phraseSlots.find(keyHash), entry; (entry = phraseSlots.entryAt(slot)) != 0;
                    slot = phraseSlots.findNext(slot, keyHash)) {
                int[] nodes = phraseNodes[entry - 1];
                if (Arrays.equals(nodes, 0, nodes.length, wordNode, start, end)) {
                    return entry - 1;
                }
            }
            if (phraseCount == phraseNodes.length) {
                phraseNodes = Arrays.copyOf(phraseNodes, 2 * phraseCount);
            }
            phraseNodes[phraseCount] = Arrays.copyOfRange(wordNode, start, end);
            phraseSlots.add(keyHash, phraseCount + 1);
            return phraseCount++;
        }
    }
}
