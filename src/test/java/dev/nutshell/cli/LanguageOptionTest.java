package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --language CODE|auto} on the commands that read text, and the language their JSON reports. */
class LanguageOptionTest {
    private static final String GERMAN = "Die Bundesregierung hat am Dienstag ein neues Klimapaket vorgestellt."
            + " Es soll bis zum Jahr 2030 wirken und viele Haushalte entlasten. Kritiker bemängeln, dass die"
            + " Maßnahmen zu spät greifen. Die Opposition kündigte Widerstand im Bundestag an.\n";
    private static final String FRENCH = "Le gouvernement a présenté mardi un nouveau plan pour le climat. Il doit"
            + " entrer en vigueur avant la fin de l'année et aider de nombreux ménages. Les critiques estiment que"
            + " les mesures arrivent trop tard. L'opposition a annoncé qu'elle voterait contre.\n";

    @Test
    void autoReportsTheDetectedLanguageInJson() {
        assertAll(
                () -> assertEquals("de", member(Invocation.run(GERMAN, "summarize", "--language", "auto", "--format",
                        "json").assertSuccess().out(), "language")),
                () -> assertEquals("fr", member(Invocation.run(FRENCH, "split", "--language", "auto", "--format",
                        "json").assertSuccess().out(), "language")),
                () -> assertEquals("en", member(Invocation.run(Articles.PARK, "summarize", "--language", "auto",
                        "--format", "json").assertSuccess().out(), "language")));
    }

    @Test
    void keywordsOfAnotherLanguageAreItsOwnPhrasesAsWritten() {
        List<String> phrases = Invocation.run(GERMAN, "keywords", "--language", "de", "--top", "3").assertSuccess()
                .outLines();

        assertEquals(3, phrases.size(), phrases::toString);
        phrases.forEach(phrase -> assertTrue(GERMAN.contains(phrase), phrase));
    }

    @Test
    void aNamedLanguageIsTheOneAnalysedAndReported() {
        String german = Invocation.run(GERMAN, "summarize", "--language", "DE", "--format", "json").assertSuccess().out();

        assertEquals("de", member(german, "language"));
    }

    @Test
    void theDefaultEnglishNotesAnotherLanguageOnStandardErrorButStillSucceeds() {
        Invocation byDefault = Invocation.run(GERMAN, "summarize");
        Invocation named = Invocation.run(GERMAN, "summarize", "--language", "en");

        assertAll(
                () -> assertEquals(0, byDefault.status()),
                () -> assertEquals("nutshell: note: the text looks like German but is analysed as English: pass"
                        + " --language de or --language auto\n", byDefault.err()),
                () -> assertEquals(named.out(), byDefault.out()),
                () -> assertEquals("", named.err(), "no note when the user chose the language"),
                () -> assertEquals("", Invocation.run(Articles.PARK, "summarize").err(), "no note for English"));
    }

    @Test
    void batchReportsEachRecordsOwnLanguageWithAuto() {
        String input = "{\"id\":1,\"article\":" + JsonWriter.quote(GERMAN) + "}\n"
                + "{\"id\":2,\"article\":" + JsonWriter.quote(FRENCH) + "}\n"
                + "{\"id\":3,\"article\":" + JsonWriter.quote(Articles.PARK) + "}\n";

        List<String> lines = Invocation.run(input, "batch", "--language", "auto", "--threads", "2").outLines();

        assertEquals(List.of("de", "fr", "en"), lines.stream().map(line -> member(line, "language")).toList());
    }

    @Test
    void extractReportsThePagesLanguageOrTheDetectedOne() {
        String page = "<html><head><title>Klima</title></head><body><article><p>" + GERMAN + "</p><p>" + GERMAN
                + "</p></article></body></html>";

        assertAll(
                () -> assertEquals(null, member(Invocation.run(page, "extract", "--format", "json").out(), "language")),
                () -> assertEquals("de", member(Invocation.run(page, "extract", "--language", "auto", "--format", "json")
                        .out(), "language")),
                () -> assertEquals("fr", member(Invocation.run(page, "extract", "--language", "fr", "--format", "json")
                        .out(), "language")),
                () -> assertTrue(Invocation.run(page, "extract", "--language", "xx").assertUsageError()
                        .startsWith("unsupported language 'xx', supported: en, de, fr, ")));
    }

    /** A member of a one-line JSON object. */
    @SuppressWarnings("unchecked")
    private static Object member(String json, String name) {
        return ((Map<String, Object>) StrictJson.parse(json)).get(name);
    }
}
