package dev.nutshell.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * The words of an article's headline and sentences, in document order, each with its offsets, its
 * normalised form, whether it is a stop word, and its part of speech: what keyphrase extraction
 * works on. The headline ({@link Article#headline()}) counts because it names what the article is
 * about; the other lines kept apart from the sentences (bylines, navigation) do not.
 *
 * <p>Built by a text analyzer over an {@link Article} ({@code TextAnalyzer.words}), apart from the
 * article itself so that summaries, which need none of it, never pay for tagging. A word is a run
 * of letters and digits that may hold an apostrophe, hyphen, period, ampersand or slash between
 * two of them ({@code "state-of-the-art"}, {@code "U.S"}, {@code "AT&T"}); punctuation and
 * sentence starts are not words but {@linkplain #boundaryBefore(int) boundaries}, which no phrase
 * crosses.
 *
 * <p>Immutable and safe to share between threads. Every accessor is O(1).
 *
 * @since 0.1.0
 */
public final class ArticleWords {
    /** The {@link #sentence(int)} of a word of the headline. */
    public static final int HEADLINE = -1;
    /** A flag of {@link Builder#add}: the word is a stop word. */
    public static final int STOP_WORD = 1;
    /** A flag of {@link Builder#add}: punctuation lies between the previous word and this one. */
    public static final int BOUNDARY_BEFORE = 2;
    /** A flag of {@link Builder#add}: the word is among the language's most common words. */
    public static final int COMMON = 4;
    /** A flag of {@link Builder#add}: the word is a modifier that says little about a topic. */
    public static final int GENERIC_MODIFIER = 8;
    private static final int ALL_FLAGS = STOP_WORD | BOUNDARY_BEFORE | COMMON | GENERIC_MODIFIER;

    private final Article article;
    private final boolean tagged;
    private final int size;
    private final int[] sentences;
    private final int[] starts;
    private final int[] ends;
    private final String[] keys;
    private final byte[] flags;
    private final PartOfSpeech[] tags;

    private ArticleWords(Builder builder) {
        this.article = builder.article;
        this.tagged = builder.tagged;
        this.size = builder.size;
        this.sentences = Arrays.copyOf(builder.sentences, size);
        this.starts = Arrays.copyOf(builder.starts, size);
        this.ends = Arrays.copyOf(builder.ends, size);
        this.keys = Arrays.copyOf(builder.keys, size);
        this.flags = Arrays.copyOf(builder.flags, size);
        this.tags = Arrays.copyOf(builder.tags, size);
    }

    /**
     * Starts the words of an article.
     *
     * @param article the article whose sentences the words come from
     * @param tagged whether the words will have parts of speech; if not, every word's is {@link
     *     PartOfSpeech#UNKNOWN}
     * @return a new builder
     * @throws NullPointerException if {@code article} is null
     */
    public static Builder builder(Article article, boolean tagged) {
        return new Builder(Objects.requireNonNull(article, "article"), tagged);
    }

    /** @return the article the words come from; offsets refer to its {@link Article#text()} */
    public Article article() {
        return article;
    }

    /** @return whether the words have parts of speech (else every one is {@link PartOfSpeech#UNKNOWN}) */
    public boolean isTagged() {
        return tagged;
    }

    /** @return the number of words, {@code >= 0} */
    public int size() {
        return size;
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return the index of the sentence the word is in, or {@value #HEADLINE} for a word of the headline
     * @throws IndexOutOfBoundsException if out of range
     */
    public int sentence(int word) {
        check(word);
        return sentences[word];
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return UTF-16 offset of the word's first character in the article's text
     * @throws IndexOutOfBoundsException if out of range
     */
    public int start(int word) {
        check(word);
        return starts[word];
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return UTF-16 offset just past the word's last character in the article's text
     * @throws IndexOutOfBoundsException if out of range
     */
    public int end(int word) {
        check(word);
        return ends[word];
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return the normalised form that equal words share (for English: lower-cased and stemmed),
     *     never empty
     * @throws IndexOutOfBoundsException if out of range
     */
    public String key(int word) {
        check(word);
        return keys[word];
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return whether the word is on the language's stop-word list
     * @throws IndexOutOfBoundsException if out of range
     */
    public boolean isStopWord(int word) {
        return has(word, STOP_WORD);
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return whether the word is among the language's most common words (for English, the
     *     about 4,000 that the part-of-speech model knows by name, from the English Web Treebank):
     *     a word that is not is more likely to be a term of the article's subject; {@code false}
     *     for every word of a language without such a list
     * @throws IndexOutOfBoundsException if out of range
     */
    public boolean isCommon(int word) {
        return has(word, COMMON);
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return whether the word is a modifier that says little about a topic, which a keyphrase
     *     does not start with: for English, evaluative and quantifying adjectives ({@code "new"},
     *     {@code "various"}, {@code "important"}) and superlatives ({@code "biggest"})
     * @throws IndexOutOfBoundsException if out of range
     */
    public boolean isGenericModifier(int word) {
        return has(word, GENERIC_MODIFIER);
    }

    private boolean has(int word, int flag) {
        check(word);
        return (flags[word] & flag) != 0;
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return whether punctuation or a sentence start lies between the previous word and this one;
     *     always {@code true} for the first word
     * @throws IndexOutOfBoundsException if out of range
     */
    public boolean boundaryBefore(int word) {
        return has(word, BOUNDARY_BEFORE);
    }

    /**
     * @param word from 0 to {@code size() - 1}
     * @return the word's part of speech; {@link PartOfSpeech#UNKNOWN} for every word if not {@link #isTagged()}
     * @throws IndexOutOfBoundsException if out of range
     */
    public PartOfSpeech partOfSpeech(int word) {
        check(word);
        return tags[word];
    }

    private void check(int word) {
        Objects.checkIndex(word, size);
    }

    @Override
    public String toString() {
        return "ArticleWords[" + size + " words, " + (tagged ? "tagged" : "untagged") + "]";
    }

    /**
     * Assembles {@link ArticleWords}; words must be added in document order, each inside a sentence
     * of the article.
     *
     * <p>Not thread-safe; use one builder per article.
     */
    public static final class Builder {
        private final Article article;
        private final boolean tagged;
        private int size;
        private int[] sentences = new int[64];
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private String[] keys = new String[64];
        private byte[] flags = new byte[64];
        private PartOfSpeech[] tags = new PartOfSpeech[64];
        /** Below every sentence index and {@link #HEADLINE}, so that the first word starts a new segment. */
        private int lastSentence = Integer.MIN_VALUE;
        private int lastEnd;

        private Builder(Article article, boolean tagged) {
            this.article = article;
            this.tagged = tagged;
        }

        /**
         * Adds the next word.
         *
         * @param sentence the index of the article sentence the word is in, or {@link #HEADLINE}
         * @param start offset of its first character in the article's text
         * @param end offset just past its last character
         * @param key its normalised form, not empty
         * @param partOfSpeech its part of speech; {@link PartOfSpeech#UNKNOWN} if the words are not tagged
         * @param wordFlags any of {@link #STOP_WORD}, {@link #BOUNDARY_BEFORE}, {@link #COMMON} and
         *     {@link #GENERIC_MODIFIER}, or-ed together (a word that starts a sentence has a boundary
         *     before it whatever the flags say)
         * @return this builder
         * @throws NullPointerException if {@code key} or {@code partOfSpeech} is null
         * @throws IllegalArgumentException if the sentence (or headline) does not exist or precedes
         *     the previous word's, the span lies outside it or before the previous word, the key is
         *     empty, a tag is given for untagged words, or the flags hold another bit
         */
        public Builder add(int sentence, int start, int end, String key, PartOfSpeech partOfSpeech, int wordFlags) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(partOfSpeech, "partOfSpeech");
            checkWord(sentence, start, end, key, partOfSpeech);
            if ((wordFlags & ~ALL_FLAGS) != 0) {
                throw new IllegalArgumentException("unknown word flags " + wordFlags);
            }
            if (size == starts.length) {
                grow();
            }
            sentences[size] = sentence;
            starts[size] = start;
            ends[size] = end;
            keys[size] = key;
            flags[size] = (byte) (sentence != lastSentence ? wordFlags | BOUNDARY_BEFORE : wordFlags);
            tags[size] = partOfSpeech;
            size++;
            lastSentence = sentence;
            lastEnd = end;
            return this;
        }

        private void checkWord(int sentence, int start, int end, String key, PartOfSpeech partOfSpeech) {
            if (sentence < lastSentence || sentence < HEADLINE || sentence >= article.sentences().size()
                    || sentence == HEADLINE && article.headline().isEmpty()) {
                throw new IllegalArgumentException("sentence " + sentence + " must be the headline (" + HEADLINE
                        + ") or a sentence index below " + article.sentences().size() + ", not before " + lastSentence);
            }
            int hostStart = sentence == HEADLINE ? article.headline().get().start() : article.sentences().get(sentence).start();
            int hostEnd = sentence == HEADLINE ? article.headline().get().end() : article.sentences().get(sentence).end();
            if (start < lastEnd || start < hostStart || end > hostEnd || end <= start) {
                throw new IllegalArgumentException("word " + start + ".." + end + " must lie in its sentence "
                        + hostStart + ".." + hostEnd + ", after the previous word ending at " + lastEnd);
            }
            if (key.isEmpty()) {
                throw new IllegalArgumentException("key must not be empty");
            }
            if (!tagged && partOfSpeech != PartOfSpeech.UNKNOWN) {
                throw new IllegalArgumentException("untagged words must be UNKNOWN, was " + partOfSpeech);
            }
        }

        private void grow() {
            int capacity = 2 * starts.length;
            int[] newSentences = Arrays.copyOf(sentences, capacity);
            int[] newStarts = Arrays.copyOf(starts, capacity);
            int[] newEnds = Arrays.copyOf(ends, capacity);
            String[] newKeys = Arrays.copyOf(keys, capacity);
            byte[] newFlags = Arrays.copyOf(flags, capacity);
            PartOfSpeech[] newTags = Arrays.copyOf(tags, capacity);
            sentences = newSentences;
            starts = newStarts;
            ends = newEnds;
            keys = newKeys;
            flags = newFlags;
            tags = newTags;
        }

        /** @return the words; the builder should not be used afterwards */
        public ArticleWords build() {
            return new ArticleWords(this);
        }
    }
}
