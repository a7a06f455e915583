package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.evaluation.KeyphraseEvaluation;
import dev.nutshell.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code keywords}, {@code summarize --keyphrases} and {@code eval-keyphrases}. */
class KeywordsCommandTest {
    @TempDir
    Path directory;

    @Test
    void textFormatPrintsOneKeyphrasePerLineBestFirstAsJsonRanksThem() {
        List<String> lines = Invocation.run(Articles.PARK, "keywords").assertSuccess().outLines();
        List<Map<String, Object>> json = keyphrases(Invocation.run(Articles.PARK, "keywords", "--format", "json"));

        assertEquals(10, lines.size());
        assertEquals(json.stream().map(keyphrase -> keyphrase.get("text")).toList(), lines);
        for (int i = 1; i < json.size(); i++) {
            assertTrue((Double) json.get(i - 1).get("score") >= (Double) json.get(i).get("score"), "best first");
        }
    }

    @Test
    void jsonGivesTextScoreAndTheOffsetsOfEveryOccurrence() {
        List<Map<String, Object>> json = keyphrases(Invocation.run(Articles.PARK, "keywords", "--format", "json", "--top", "20"));

        for (Map<String, Object> keyphrase : json) {
            assertEquals(List.of("text", "score", "occurrences"), List.copyOf(keyphrase.keySet()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> occurrences = (List<Map<String, Object>>) keyphrase.get("occurrences");
            assertFalse(occurrences.isEmpty());
            for (Map<String, Object> occurrence : occurrences) {
                assertEquals(List.of("start", "end"), List.copyOf(occurrence.keySet()));
                String occurrenceText = Articles.PARK.substring(((Double) occurrence.get("start")).intValue(),
                        ((Double) occurrence.get("end")).intValue());
                // The phrase's text leaves out a possessive 's: "site" for "site's".
                String written = occurrenceText.replaceFirst("['\u2019]s$", "");
                assertEquals(KeyphraseEvaluation.normalise((String) keyphrase.get("text")), KeyphraseEvaluation.normalise(written),
                        () -> written + " for " + keyphrase);
            }
        }
    }

    @Test
    void topBoundsTheNumberOfKeyphrases() {
        assertEquals(3, Invocation.run(Articles.PARK, "keywords", "--top", "3").assertSuccess().outLines().size());
    }

    @Test
    void aTextWithoutCandidatesPrintsNothingOrAnEmptyList() {
        assertEquals(List.of(), Invocation.run("", "keywords").assertSuccess().outLines());
        assertEquals("{\"keyphrases\":[]}\n", Invocation.run("the of and", "keywords", "--format", "json").assertSuccess().out());
    }

    @Test
    void unknownLanguagesAreRefusedNamingTheSupportedOnes() {
        Invocation.run(Articles.PARK, "keywords", "--language", "EN").assertSuccess();
        String message = Invocation.run(Articles.PARK, "keywords", "--language", "xx").assertUsageError();

        assertEquals("unsupported language 'xx', supported: " + String.join(", ", TextAnalyzer.languages()) + ", auto",
                message);
    }

    @Test
    void aTopBelowOneIsAUsageError() {
        assertEquals("--top must be >= 1, was 0", Invocation.run(Articles.PARK, "keywords", "--top", "0").assertUsageError());
        assertEquals("--keyphrases must be >= 1, was 0",
                Invocation.run(Articles.PARK, "summarize", "--keyphrases", "0").assertUsageError());
    }

    @Test
    @SuppressWarnings("unchecked")
    void summarizeAddsTheSameKeyphrasesAfterTheSentences() {
        Invocation summary = Invocation.run(Articles.PARK, "summarize", "--format", "json", "--keyphrases", "4").assertSuccess();
        Map<String, Object> document = (Map<String, Object>) StrictJson.parse(summary.out());
        List<Map<String, Object>> alone = keyphrases(Invocation.run(Articles.PARK, "keywords", "--format", "json", "--top", "4"));

        assertEquals(List.of("sentences", "headline", "language", "keyphrases"), List.copyOf(document.keySet()));
        assertEquals(alone, document.get("keyphrases"));
        assertEquals(Invocation.run(Articles.PARK, "summarize").out(),
                Invocation.run(Articles.PARK, "summarize", "--keyphrases", "4").assertSuccess().out(), "text prints sentences only");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anHtmlPageGetsItsKeyphrasesAfterThePagesFields() {
        String page = "<html><head><title>Riverside Park</title></head><body><article><p>"
                + String.join(" ", Articles.BODY) + "</p></article></body></html>";

        Invocation summary = Invocation.run(page, "summarize", "--html", "--format", "json", "--keyphrases", "3").assertSuccess();
        Map<String, Object> document = (Map<String, Object>) StrictJson.parse(summary.out());

        assertEquals(List.of("sentences", "headline", "language", "title", "byline", "published", "keyphrases"), List.copyOf(document.keySet()));
        assertEquals(3, ((List<Object>) document.get("keyphrases")).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void evalKeyphrasesPrintsTheContractMembers() {
        String data = JsonLinesFixture.write(directory, "data.jsonl",
                "{\"id\":\"a\",\"text\":\"" + Articles.BODY[6] + " " + Articles.BODY[7] + "\",\"keyphrases\":[\"state grant\",\"urban renewal\",\"capital budget\"]}",
                "{\"id\":\"b\",\"text\":\"" + Articles.BODY[0] + "\",\"keyphrases\":[\"Rail yards\",\"nothing here\"]}");

        Map<String, Object> figures = (Map<String, Object>) StrictJson.parse(
                Invocation.run("", "eval-keyphrases", "--data", data).assertSuccess().out());

        assertEquals(List.of("docs", "f1@5", "f1@10", "precision@10", "recall@10"), List.copyOf(figures.keySet()));
        assertEquals(2.0, figures.get("docs"));
        // a: "state grant" and "capital budget" of 3 among its 7 predictions; b: none of 2 among 5
        // (the tagger makes "yard" no noun here). Recall (2/3 + 0) / 2, precision (2/7 + 0) / 2.
        assertEquals(33.33, figures.get("recall@10"));
        assertEquals(14.29, figures.get("precision@10"));
    }

    /**
     * With --headline-field, a record's headline goes before its text: "Riverside park" gives record
     * a its third gold keyphrase; record b, without the member, is read as before.
     */
    @Test
    @SuppressWarnings("unchecked")
    void evalKeyphrasesPutsTheHeadlineFieldBeforeTheText() {
        String data = JsonLinesFixture.write(directory, "data.jsonl",
                "{\"id\":\"a\",\"title\":\"Riverside park\",\"text\":\"" + Articles.BODY[6] + " " + Articles.BODY[7]
                        + "\",\"keyphrases\":[\"state grant\",\"riverside park\",\"capital budget\"]}",
                "{\"id\":\"b\",\"text\":\"" + Articles.BODY[0] + "\",\"keyphrases\":[\"Rail yards\",\"nothing here\"]}");

        Map<String, Object> without = (Map<String, Object>) StrictJson.parse(
                Invocation.run("", "eval-keyphrases", "--data", data).assertSuccess().out());
        Map<String, Object> with = (Map<String, Object>) StrictJson.parse(
                Invocation.run("", "eval-keyphrases", "--data", data, "--headline-field", "title").assertSuccess().out());

        assertEquals(33.33, without.get("recall@10"));
        assertEquals(50.0, with.get("recall@10"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keyphrases(Invocation invocation) {
        invocation.assertSuccess();
        Map<String, Object> document = (Map<String, Object>) StrictJson.parse(invocation.out());
        assertEquals(List.of("keyphrases"), List.copyOf(document.keySet()));
        return (List<Map<String, Object>>) document.get("keyphrases");
    }
}
