package dev.nutshell.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentence-rule sections that languages other than English need, each on the shipped rules
 * of a language that uses it. The model is replaced by a stand-in that answers every question
 * against the expected result (it splits wherever the rules must not, and nowhere where they
 * must), so each test shows that the rule, not the model, decides.
 */
class LanguageBoundaryRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv"})
    void everyLanguagesRulesLoad(String language) {
        BoundaryRules rules = BoundaryRules.load("/dev/nutshell/models/" + language + "/sentence-rules.txt");
        assertEquals(5, rules.minSentenceWords);
    }

    @Test
    void numberBeforeAMonthOrAfterAnArticleIsAnOrdinal() {
        assertKept("de", "Der Bahnhof aus dem 19. Jahrhundert öffnet am 3. Oktober.");
        assertKept("de", "Die Beschlüsse des 2. Vatikanischen Konzils gelten bis heute.");
        assertCut("de", "Sie wurde 1990 geboren. ", "Die Eltern zogen 2010. ", "Dann kam sie zurück.");
    }

    @Test
    void abbreviationWrittenInPartsWithSpacesMatchesItsJoinedEntry() {
        assertKept("de", "Die Stadt rechnet u. a. mit Zinsen, z. B. für Kredite in Frankfurt a. M. und Köln.");
        assertKept("ru", "Он построил дома, т. е. школы и больницы.");
        assertCut("ru", "Они купили столы, стулья и т. д. ", "В школах стало лучше.");
    }

    @Test
    void quotationMarksCloseAndOpenAsTheLanguageUsesThem() {
        assertCut("de", "„Wir sind bereit.“ ", "Dann ging er.");
        assertCut("de", "Er ging. ", "»Wir sind bereit«, sagte er.");
        assertCut("sv", "Han gick. ", "”Vi är redo”, sa han.");
        assertCut("fr", "« C'est fini. » ", "Puis il est parti.");
        assertCut("nl", "Hij ging naar huis. ", ",, Dit verzin je niet,\" zei hij.");
        assertCut("ru", "Суп варится час. ", "``Фабианское общество'' сотрудничает с партией.");
    }

    @Test
    void quotationMarkLeftAsAnHtmlCharacterReferenceActsAsTheMarkItStandsFor() {
        assertCut("ru", "Он сказал: ``Мы победили.&#39;&#39; ", "Потом начался дождь.");
        assertCut("ru", "Все кричали: &quot;Вперёд!&quot; ", "Полк пошёл в атаку.");
        assertCut("ru", "Он ушёл. ", "&laquo;Никогда&raquo;, — повторил Петров.");
        assertCut("en", "She said: &#x201C;We won.&#8221; ", "Then it rained.");
        assertKept("ru", "Он написал: &quot;Мы победили.&quot; и ушёл.");
    }

    @Test
    void quotedTitleEndingInAQuestionExclamationOrEllipsisGoesOnIntoItsBracketedYear() {
        assertKept("ru", "Он снял фильмы ``Как это было...'' (1992) и ``Что делать?&#39;&#39; (1995).");
        assertKept("en", "She recorded \"Help!\" (1965) and \"Why?\" (1970) that year.");
        assertCut("ru", "Он спросил: «Что делать?» ", "(Ответа не было.)");
    }

    @Test
    void periodEndsASentenceThatStartsWithASymbolWhenItsFirstLetterOrDigitWould() {
        assertCutWithoutModel("ru", "Билет стоил дорого. ", "(~ 5000 рублей) Столько платили немногие.");
        assertCutWithoutModel("ru", "Она вышла замуж. ", "() Родилась в Москве.");
        assertKeptWithoutModel("ru", "Завод работал до 1990 г. (~ по другим данным, дольше).");
    }

    @Test
    void abbreviationThatEndsAnEnumerationEndsTheSentenceUnlessALowerCaseWordFollows() {
        assertCut("ru", "Выступили Петров, Сидоров и др. ", "12 человек остались в зале.");
        assertCut("ru", "Купили столы, стулья и т. п. ", "СССР тогда ещё существовал.");
        assertCut("ru", "Читали Пушкина, Гоголя и т. д. ", "``Мёртвые души'' нравились всем.");
        assertKept("ru", "Пришли врачи, учителя и др. специалисты.");
        assertKept("ru", "Это показали Иванов и др. (2005) в своей работе.");
        assertKept("ru", "Они купили столы, стулья и т. д., а потом ушли.");
    }

    @Test
    void periodAfterAWordEndingAsNoAbbreviationEndsASentenceBeforeALowerCaseWord() {
        assertCut("ru", "Мы долго гуляли по парку. ", "потом пошёл дождь.");
        assertCut("ru", "Он прочитал всё, что нашёл в книге. ", "конец истории был неожиданным.");
        assertKept("ru", "Он изучал англ. язык и лат. грамматику.");
        assertKept("ru", "Он написал: «Мы победили.» и ушёл.");
    }

    @Test
    void russianAbbreviationEndsASentenceOnlyWhereTheWordItCouldAlsoBeDoes() {
        assertKept("ru", "Фильм вышел в прокат (англ. The Kid) в 1999 году.");
        assertKept("ru", "Название происходит от лат. Alnus и нем. Erle.");
        assertKept("ru", "Город (др.-греч. Ἀθῆναι, кит. 雅典) известен давно.");
        assertCut("ru", "В море жил синий кит. ", "Его видели часто.");
        assertCut("ru", "Учитель долго помогал им. ", "Затем они уехали.");
        assertKept("ru", "Он учился в школе им. Пушкина и в школе им. В. И. Ленина.");
        assertCut("ru", "Это древний дворянский род. ", "Его представители служили при дворе.");
        assertKept("ru", "Иванов (род. 1948) — актёр.");
        assertCutWithoutModel("ru", "Длина листа 5 см. ", "Цветки белые.");
        assertKept("ru", "Подробнее см. Приложение 3 к договору.");
        assertKept("ru", "Он родился в с. Ивановка, жил в д. Петровка и п. Красный у ст. Лозовая.");
        assertCut("ru", "Детям нужен витамин С. ", "Витамин D тоже важен.");
    }

    @Test
    void sentenceNeverStartsWithPunctuationThatGoesOnTheSentenceBefore() {
        assertKept("ru", "Он сказал: ``Где теперь любовь? ``.");
        assertKept("es", "¡Ni mucho menos!, responden los médicos.");
    }

    @Test
    void elidedAbbreviationIsFoundAfterItsApostrophe() {
        assertKept("it", "La disposizione dell'art. 941 non si applica.");
    }

    @Test
    void numberedItemAfterASentenceIsAListMarker() {
        assertCut("de", "Das ist der erste Punkt. ", "2. Soziale Bewegungen leiten ihre Ziele ab.");
    }

    @Test
    void dialogueDashAfterAPeriodStartsASentenceInPolish() {
        assertCut("pl", "Oleksy przekazywał dokumenty świadomie. ", "– ale on był w jakim miejscu?");
        assertKept("pl", "„Co robić?” – zapytał cicho.");
    }

    @Test
    void lowerCaseSentenceStartIsCutOnlyWhereTheLanguageSaysSoAndNeverAfterAnAbbreviation() {
        assertCut("it", "Il costo della benzina consumata. ", "un po' per dare soddisfazione.");
        assertCut("pl", "Gdzie jest kierownik? ", "gdzie masz cebulkę?");
        assertKept("it", "Lo disse il prof. bianchi ieri.");
        assertKept("de", "Er kaufte Brot, Käse usw. und ging nach Hause.");
        assertKept("de", "Er kaufte Brot, Käse ect. zum Frühstück.");
        assertKept("sv", "Vem bestämmer, make eller maka? föräldrar eller barn?");
    }

    @Test
    void colonEndsASentenceBeforeAQuotationWhereTheLanguageSaysSo() {
        assertCut("it", "Sorpresa nella sorpresa: ", "\"Lei ha la tipica camminata.\"");
        assertCut("it", "Esodo controllato a Civitavecchia: ", "In ospedale a Bolzano.");
        assertKept("es", "Los resultados fueron: Madrid, tres; Barcelona, dos.");
    }

    @Test
    void abbreviationThatEndsSentencesOnlyAfterANumber() {
        assertKept("ru", "Министр выступил в г. Москве вчера.");
        assertCut("ru", "Школу построили в 1970 г. ", "Он учился там.");
        assertKept("ru", "Альбом 1987 г. — «Группа крови» — принёс группе славу.");
        assertCut("ru", "Завод построили в 1930-х гг. ", "Он работал до войны.");
        assertCut("ru", "Так было в 1920-е гг. ", "Потом всё изменилось.");
        assertCut("pl", "Linia powstanie do 2027 r. ", "Według planu będzie długa.");
    }

    @Test
    void slashNeverStartsASentence() {
        assertKept("es", "La densidad era de 7,63 hab. / km² en total.");
    }

    @Test
    void aQuoteSectionHoldsSingleCharactersOnly() {
        String text = "[closing-quotes]\n“ ab\n";
        assertThrows(IllegalStateException.class, () -> BoundaryRules.parse(new BufferedReader(new StringReader(text))));
    }

    /** Asserts that the sentences, joined, split into exactly these, whatever the model says. */
    private static void assertCut(String language, String... sentences) {
        assertSplitInto(language, new StandInModel(false), sentences);
    }

    /** Asserts that the text stays one sentence, though the model would split it everywhere. */
    private static void assertKept(String language, String text) {
        assertEquals(List.of(text), split(language, text, true));
    }

    /** Asserts that the sentences, joined, split into exactly these where no model is asked (Russian's case). */
    private static void assertCutWithoutModel(String language, String... sentences) {
        assertSplitInto(language, null, sentences);
    }

    /** Asserts that the sentences, joined, split into exactly these with the model given (or none). */
    private static void assertSplitInto(String language, SentenceDetector model, String... sentences) {
        List<String> expected = new ArrayList<>();
        for (String sentence : sentences) {
            expected.add(sentence.strip());
        }
        assertEquals(expected, split(language, String.join("", sentences), model));
    }

    /** Asserts that the text stays one sentence where no model is asked. */
    private static void assertKeptWithoutModel(String language, String text) {
        assertEquals(List.of(text), split(language, text, null));
    }

    private static List<String> split(String language, String text, boolean modelSplitsEverywhere) {
        return split(language, text, new StandInModel(modelSplitsEverywhere));
    }

    private static List<String> split(String language, String text, SentenceDetector model) {
        BoundaryRules rules = BoundaryRules.load("/dev/nutshell/models/" + language + "/sentence-rules.txt");
        List<int[]> spans = new ArrayList<>();
        new SentenceBoundaryDetector(rules).split(text, 0, text.length(), model, spans);
        List<String> sentences = new ArrayList<>();
        for (int[] span : spans) {
            sentences.add(text.substring(span[0], span[1]));
        }
        return sentences;
    }

    /** A model that ends a sentence after every run of sentence punctuation, or nowhere. */
    private record StandInModel(boolean splitsEverywhere) implements SentenceDetector {
        @Override
        public String[] sentDetect(CharSequence text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Span[] sentPosDetect(CharSequence text) {
            List<Span> spans = new ArrayList<>();
            int start = 0;
            for (int i = 0; splitsEverywhere && i < text.length(); i++) {
                boolean runEnds = i + 1 == text.length() || !Characters.isTerminal(text.charAt(i + 1));
                if (Characters.isTerminal(text.charAt(i)) && runEnds) {
                    spans.add(new Span(start, i + 1));
                    start = i + 1;
                }
            }
            spans.add(new Span(start, text.length()));
            return spans.toArray(new Span[0]);
        }
    }
}
