package dev.nutshell.text;

import dev.nutshell.article.Article;
import dev.nutshell.article.ArticleWords;
import dev.nutshell.article.PartOfSpeech;
import dev.nutshell.article.Sentence;
import dev.nutshell.internal.Interruption;
import dev.nutshell.internal.TitleCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Reads the {@link ArticleWords} of an article's headline and sentences: {@link WordSpans} cuts each sentence
 * into words and punctuation, the English worker tags them and stems them, and punctuation becomes
 * the boundary before the next word.
 *
 * <p>Thread-safe; the per-call state is the {@link AnalysisWorker}'s, or none for the untagged
 * words of an analyzer without a language ({@link #untagged(Article)}), and the word forms
 * analysed by any worker are shared by all of them ({@link SharedWordForms}). O(n) in the
 * length of the sentences: the tagger sees at most {@value #MAX_TAGGED_TOKENS} tokens at a time.
 */
final class WordReader {
    /**
     * The most tokens tagged in one run of the tagger, so that its arrays stay small whatever the
     * sentence (OpenNLP's beam search, used before, was quadratic in the run's length); the
     * tagger's features look two tokens either way, so a longer sentence cut into runs this long
     * is tagged almost as a whole.
     */
    static final int MAX_TAGGED_TOKENS = 128;
    private static final int CHECK_INTERVAL = 63;
    private static final String WORK = "word analysis";

    private final Set<String> stopWords;
    private final Set<String> genericModifiers;
    private final Set<String> functionWords;
    private final Predicate<String> beforeName;
    /** The forms the workers have analysed, shared by all of them behind each one's own cache. */
    private final SharedWordForms sharedForms = new SharedWordForms();

    /**
     * @param stopWords the language's stop words, lower case
     * @param genericModifiers the language's modifiers that say little about a topic, lower case
     * @param functionWords the language's words of closed classes (pronouns, prepositions and so
     *     on), lower case: with the stop words and the words the tagger's model knows by name, the
     *     only words that may take a closed-class tag
     * @param beforeName whether a lower-case word is an abbreviation that always has more of its
     *     sentence after it (the language's {@code never-final} rule: "Mr", "Dr", "Gen", "e.g"), a
     *     title before a name or a Latin abbreviation, marked as a stop word so that no keyphrase
     *     holds it: "Lewis Preston", not "Mr Lewis Preston", and no "Mr" of "Mr." alone
     */
    WordReader(Set<String> stopWords, Set<String> genericModifiers, Set<String> functionWords,
            Predicate<String> beforeName) {
        this.stopWords = stopWords;
        this.genericModifiers = genericModifiers;
        this.functionWords = functionWords;
        this.beforeName = beforeName;
    }

    /**
     * The words of a language without a stemmer, stop words or tagger: keys are the lower-cased words.
     */
    static ArticleWords untagged(Article article) {
        return untagged(article, new WordSpans(), UnaryOperator.identity(), word -> false);
    }

    /**
     * The words of a language without a part-of-speech tagger: keyed by the worker's stems, stop
     * words marked, untagged (keyphrase candidates are then cut at stop words and punctuation).
     */
    ArticleWords stemmed(Article article, AnalysisWorker worker) {
        return untagged(article, worker.wordSpans, worker::key, this::isStopWord);
    }

    /** Whether a lower-case word is marked as a stop word: one of the language's, or a title or abbreviation before more of a sentence. */
    private boolean isStopWord(String lowerCaseWord) {
        return stopWords.contains(lowerCaseWord) || beforeName.test(lowerCaseWord);
    }

    /** Untagged words keyed by {@code key} of the lower-cased word, those {@code stopWord} accepts marked. */
    private static ArticleWords untagged(Article article, WordSpans spans, UnaryOperator<String> key,
            Predicate<String> stopWord) {
        ArticleWords.Builder words = ArticleWords.builder(article, false);
        String text = article.text();
        for (int[] segment : segments(article)) {
            if ((segment[0] & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            spans.read(text, segment[1], segment[2]);
            boolean boundary = true;
            for (int token = 0; token < spans.size(); token++) {
                if (!spans.isWord(token)) {
                    boundary = true;
                    continue;
                }
                String lower = lowerCase(text.substring(spans.start(token), spans.end(token)));
                int flags = (boundary ? ArticleWords.BOUNDARY_BEFORE : 0)
                        | (stopWord.test(lower) ? ArticleWords.STOP_WORD : 0);
                words.add(segment[0], spans.start(token), spans.end(token), key.apply(lower), PartOfSpeech.UNKNOWN,
                        flags);
                boundary = false;
            }
        }
        return words.build();
    }

    /** The tagged, stemmed words of an English article, with the worker's tagger and stemmer. */
    ArticleWords tagged(Article article, AnalysisWorker worker) {
        ArticleWords.Builder words = ArticleWords.builder(article, true);
        WordSpans spans = worker.wordSpans;
        String text = article.text();
        for (int[] segment : segments(article)) {
            if ((segment[0] & CHECK_INTERVAL) == 0) {
                Interruption.check(WORK);
            }
            spans.read(text, segment[1], segment[2]);
            boolean lowerCase = segment[0] == ArticleWords.HEADLINE && isTitleCase(text, spans);
            for (int from = 0; from < spans.size(); from += MAX_TAGGED_TOKENS) {
                int to = Math.min(spans.size(), from + MAX_TAGGED_TOKENS);
                addRun(words, segment[0], text, spans, from, to, lowerCase, worker);
            }
        }
        return words.build();
    }

    /** Tags tokens {@code [from, to)} of the sentence and adds its words. */
    private void addRun(ArticleWords.Builder words, int sentence, String text, WordSpans spans, int from, int to,
            boolean lowerCase, AnalysisWorker worker) {
        int count = to - from;
        WordForms.Form[] forms = new WordForms.Form[count];
        boolean[] openClassOnly = new boolean[count];
        for (int token = from; token < to; token++) {
            WordForms.Form form = form(text, spans.start(token), spans.end(token), spans.isWord(token), lowerCase, worker);
            forms[token - from] = form;
            openClassOnly[token - from] = form.openClassOnly();
        }
        int[] outcomes = new int[count];
        GreedyTagger tagger = worker.tagger();
        tagger.tag(forms, count, openClassOnly, outcomes);
        boolean boundary = from == 0;
        boolean firstWord = from == 0;
        for (int token = from; token < to; token++) {
            if (!spans.isWord(token)) {
                boundary = true;
                continue;
            }
            WordForms.Form form = forms[token - from];
            PartOfSpeech tag = tagger.partOfSpeech(outcomes[token - from]);
            int flags = form.flags() | (boundary ? ArticleWords.BOUNDARY_BEFORE : 0)
                    | (form.superlative() && tag == PartOfSpeech.ADJ ? ArticleWords.GENERIC_MODIFIER : 0);
            if (!lowerCase && !firstWord && TitleCase.isCapitalised(text, spans.start(token))) {
                flags &= ~ArticleWords.GENERIC_MODIFIER; // part of a name: "New York", "Great Britain"
            }
            firstWord = false;
            words.add(sentence, spans.start(token), spans.end(token), form.key(), tag, flags);
            boundary = false;
        }
    }

    /**
     * The analysis of the token {@code text[start, end)} as the tagger sees it (lower-cased, in a
     * title-case headline), from the worker's cache, else from the workers' shared one, else made
     * and cached in both.
     *
     * @param word whether the token is a word, not punctuation: a word the tagger's model does not
     *     know by name may take a closed-class tag only if the language lists it as a stop word or
     *     function word or it holds an apostrophe (a clitic: "n't", "don’t")
     */
    private WordForms.Form form(String text, int start, int end, boolean word, boolean lowerCase, AnalysisWorker worker) {
        char[] chars;
        int length;
        if (lowerCase) {
            chars = text.substring(start, end).toLowerCase(Locale.ROOT).toCharArray();
            length = chars.length;
        } else {
            chars = worker.characters(text, start, end);
            length = end - start;
        }
        WordForms forms = worker.wordForms();
        WordForms.Form form = forms.find(chars, 0, length);
        if (form == null) {
            String token = new String(chars, 0, length);
            form = sharedForms.find(token);
            if (form != null) {
                return forms.add(chars, 0, length, form);
            }
            String lower = lowerCase(token);
            int flags = (isStopWord(lower) ? ArticleWords.STOP_WORD : 0)
                    | (TaggerModel.english().isCommon(lower) ? ArticleWords.COMMON : 0)
                    | (genericModifiers.contains(lower) ? ArticleWords.GENERIC_MODIFIER : 0);
            TaggerTables.TokenFeatures features = worker.tagger().features(token);
            boolean openClassOnly = word && !features.known() && (flags & ArticleWords.STOP_WORD) == 0
                    && !functionWords.contains(lower) && lower.indexOf('\'') < 0;
            form = WordForms.Form.of(worker.key(lower), flags, isSuperlative(lower), openClassOnly, features);
            worker.formsAnalysed++;
            sharedForms.add(token, form);
            form = forms.add(chars, 0, length, form);
        }
        return form;
    }

    /**
     * Whether a headline is in title case ({@link TitleCase}). The tagger, trained on running
     * text, calls every capitalised word a proper noun, so such a headline is tagged lower-cased.
     */
    private static boolean isTitleCase(String text, WordSpans spans) {
        int words = 0;
        int capitalised = 0;
        for (int token = 0; token < spans.size(); token++) {
            if (spans.isWord(token)) {
                words++;
                capitalised += TitleCase.isCapitalised(text, spans.start(token)) ? 1 : 0;
            }
        }
        return TitleCase.isTitleCase(words, capitalised);
    }

    /** Whether a word looks like a superlative ("biggest", "latest"): -est after at least three letters. */
    private static boolean isSuperlative(String lowerCaseWord) {
        return lowerCaseWord.length() > 5 && lowerCaseWord.endsWith("est");
    }

    /** The headline, if any, then every sentence: each as {sentence index or HEADLINE, start, end}. */
    private static List<int[]> segments(Article article) {
        List<int[]> segments = new ArrayList<>(article.sentences().size() + 1);
        article.headline().ifPresent(line -> segments.add(new int[] {ArticleWords.HEADLINE, line.start(), line.end()}));
        for (Sentence sentence : article.sentences()) {
            segments.add(new int[] {sentence.index(), sentence.start(), sentence.end()});
        }
        return segments;
    }

    /** Lower case in the root locale, curly apostrophes made straight, as index terms are. */
    static String lowerCase(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
