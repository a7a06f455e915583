package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.Summary;
import dev.nutshell.article.Article;
import dev.nutshell.article.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The language plumbing: choosing an analyzer by code, detection, stemming per language, bigrams. */
class LanguageSupportTest {
    private static final String GERMAN = "Die Stadt baut neue Häuser am Fluss. Das größte Haus hat zwölf Stockwerke"
            + " und einen Garten auf dem Dach. Die Bauarbeiten sollen im nächsten Frühjahr beginnen.";
    private static final String FRENCH = "La ville construit de nouvelles maisons au bord du fleuve. La plus grande"
            + " maison aura douze étages et un jardin sur le toit. Les travaux commenceront au printemps prochain.";
    private static final String ENGLISH = "The city is building new houses by the river. The largest house will have"
            + " twelve floors and a garden on the roof. Work is due to start next spring.";

    @Test
    void codesAreCaseInsensitiveAndAnalyzersShared() {
        assertAll(
                () -> assertSame(TextAnalyzer.english(), TextAnalyzer.forLanguage("EN")),
                () -> assertSame(TextAnalyzer.forLanguage("de"), TextAnalyzer.forLanguage("De")),
                () -> assertEquals(Optional.of("de"), TextAnalyzer.forLanguage("de").language()),
                () -> assertEquals(Optional.empty(), TextAnalyzer.forLanguage("auto").language()),
                () -> assertTrue(TextAnalyzer.languages().containsAll(List.of("en", "de", "fr", "zh", "ja")),
                        TextAnalyzer.languages().toString()));
    }

    @Test
    void unknownCodesAreRefusedNamingTheSupportedOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TextAnalyzer.forLanguage("xx"));

        assertEquals("unsupported language 'xx', supported: " + String.join(", ", TextAnalyzer.languages()),
                refused.getMessage());
        assertThrows(NullPointerException.class, () -> TextAnalyzer.forLanguage(null));
        // A code that names a folder's file, not a language, is no way into the classpath.
        assertThrows(IllegalArgumentException.class, () -> TextAnalyzer.forLanguage("../en"));
    }

    @Test
    void eachLanguageStemsItsOwnWords() {
        // Snowball German: "Häuser" and "Haus" share the stem "haus"; English would keep "häuser".
        Article german = TextAnalyzer.forLanguage("de").analyze(GERMAN);
        List<String> first = terms(german, 0);

        assertTrue(first.containsAll(List.of("stadt", "baut", "neu", "haus", "fluss")), first.toString());
        assertTrue(terms(german, 1).contains("haus"), terms(german, 1).toString());
        assertEquals(List.of("citi", "build", "new", "hous", "river"), terms(TextAnalyzer.english().analyze(ENGLISH), 0));
    }

    @Test
    void chineseIsCutAtFullWidthStopsAndRankedOnCharacterBigrams() {
        String text = "今天天气很好。我们去公园散步吧！公园里有很多人。";
        Article article = TextAnalyzer.forLanguage("zh").analyze(text);

        assertEquals(List.of("今天天气很好。", "我们去公园散步吧！", "公园里有很多人。"),
                article.sentences().stream().map(Sentence::text).toList());
        assertEquals(List.of("今天", "天天", "天气", "气很", "很好"), terms(article, 0));
        assertEquals(7, article.sentences().get(0).wordCount()); // every ideograph a word; so is the full stop
        assertEquals(Optional.of("zh"), article.language());
    }

    @Test
    void japaneseKanaAndKanjiMakeBigramsAndLatinWordsStayWords() {
        Article article = TextAnalyzer.forLanguage("ja").analyze("これはペンです。東京でiPhoneを買った。");

        assertEquals(List.of("これ", "れは", "はペ", "ペン", "ンで", "です"), terms(article, 0));
        assertEquals(List.of("東京", "京で", "iphone", "を買", "買っ", "った"), terms(article, 1));
    }

    @Test
    void autoDetectsEachTextsLanguageAndFallsBackToEnglish() {
        TextAnalyzer auto = TextAnalyzer.forLanguage("auto");

        assertAll(
                () -> assertEquals(Optional.of("de"), auto.analyze(GERMAN).language()),
                () -> assertEquals(Optional.of("fr"), auto.analyze(FRENCH).language()),
                () -> assertEquals(Optional.of("en"), auto.analyze(ENGLISH).language()),
                () -> assertEquals(Optional.of("en"), auto.analyze("Hallo Welt").language(), "too short to tell"),
                () -> assertEquals(Optional.of("de"), auto.analyze(List.of(GERMAN.split("\\. "))).language()),
                () -> assertEquals(Optional.empty(), TextAnalyzer.detectLanguage("ok")),
                () -> assertEquals(Optional.of("de"), TextAnalyzer.detectLanguage(GERMAN)));
    }

    @Test
    void theSummaryNamesTheLanguageItsArticleWasAnalysedAs() {
        Summarizer german = Summarizer.builder().language("de").build();
        Summarizer auto = Summarizer.builder().language("auto").build();

        Summary summary = german.summarize(GERMAN, Length.sentences(1));
        assertEquals(Optional.of("de"), summary.language());
        assertEquals(Optional.of("fr"), auto.summarize(FRENCH, Length.sentences(1)).language());
        assertEquals(Optional.of("en"), Summarizer.builder().build().summarize(ENGLISH, Length.sentences(1)).language());
        assertThrows(IllegalArgumentException.class, () -> Summarizer.builder().language("xx"));
    }

    @Test
    void detectionIsConsistentAcrossThreads() throws Exception {
        TextAnalyzer auto = TextAnalyzer.forLanguage("auto");
        List<String> texts = List.of(GERMAN, FRENCH, ENGLISH);
        List<Optional<String>> expected = texts.stream().map(text -> auto.analyze(text).language()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String text = texts.get(i % texts.size());
                results.add(pool.submit(() -> auto.analyze(text).language()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % texts.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> terms(Article article, int sentenceIndex) {
        Sentence sentence = article.sentences().get(sentenceIndex);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < sentence.termCount(); i++) {
            terms.add(article.term(sentence.termAt(i)));
        }
        return terms;
    }
}
