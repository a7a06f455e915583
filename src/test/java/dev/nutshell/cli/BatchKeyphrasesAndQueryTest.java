package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code batch --keyphrases N} and {@code batch --query TEXT} write what {@code summarize} writes for the same options. */
class BatchKeyphrasesAndQueryTest {
    private static final int RECORDS = 12;
    /** About the closing paragraph of the park story (grants and budgets), not its opening. */
    private static final String QUERY = "How much money does the state grant give?";

    private static String input() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            lines.add(BatchCommandTest.record("doc-" + i, BatchCommandTest.article(i)));
        }
        return String.join("\n", lines) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String line) {
        return (Map<String, Object>) StrictJson.parse(line);
    }

    private static List<Map<String, Object>> batch(String... options) {
        List<String> arguments = new ArrayList<>(List.of("batch", "--threads", "3"));
        arguments.addAll(List.of(options));
        Invocation run = Invocation.run(input(), arguments.toArray(String[]::new));
        assertEquals(0, run.status(), run::err);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : run.outLines()) {
            lines.add(object(line));
        }
        assertEquals(RECORDS, lines.size());
        return lines;
    }

    private static Map<String, Object> summarize(int record, String... options) {
        List<String> arguments = new ArrayList<>(List.of("summarize", "--format", "json"));
        arguments.addAll(List.of(options));
        return object(Invocation.run(BatchCommandTest.article(record), arguments.toArray(String[]::new)).assertSuccess().out());
    }

    @Test
    void keyphrasesFollowTheSentencesAsSummarizeWritesThem() {
        List<Map<String, Object>> lines = batch("--keyphrases", "4");

        for (int i = 0; i < RECORDS; i++) {
            Map<String, Object> summary = summarize(i, "--keyphrases", "4");
            assertEquals(List.of("id", "title", "language", "sentences", "keyphrases"), List.copyOf(lines.get(i).keySet()));
            assertEquals(summary.get("keyphrases"), lines.get(i).get("keyphrases"), "record " + i);
            assertEquals(summary.get("sentences"), lines.get(i).get("sentences"), "record " + i);
        }
    }

    @Test
    void withoutKeyphrasesALineHasNoKeyphrasesMember() {
        assertEquals(List.of("id", "title", "language", "sentences"), List.copyOf(batch().get(0).keySet()));
    }

    @Test
    void aQueryFocusesEverySummaryAsSummarizeQueryDoes() {
        List<Map<String, Object>> focused = batch("--query", QUERY, "--sentences", "2");
        List<Map<String, Object>> generic = batch("--sentences", "2");

        int changed = 0;
        for (int i = 0; i < RECORDS; i++) {
            assertEquals(summarize(i, "--query", QUERY, "--sentences", "2").get("sentences"), focused.get(i).get("sentences"),
                    "record " + i);
            changed += focused.get(i).get("sentences").equals(generic.get(i).get("sentences")) ? 0 : 1;
        }
        assertNotEquals(0, changed, "the query changes some summaries");
    }

    @Test
    void aQueryThatMatchesNothingGivesTheGenericSummaries() {
        assertEquals(batch("--sentences", "2"), batch("--query", "quantum chromodynamics", "--sentences", "2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anHtmlRecordGetsItsPagesTitleAndKeyphrases() {
        String page = "<html><head><title>Riverside Park</title></head><body><article><p>"
                + String.join(" ", Articles.BODY) + "</p></article></body></html>";
        Invocation run = Invocation.run(BatchCommandTest.record("page", page) + "\n", "batch", "--html", "--keyphrases", "3");

        assertEquals(0, run.status(), run::err);
        Map<String, Object> line = object(run.out());
        Map<String, Object> summary = object(Invocation.run(page, "summarize", "--html", "--format", "json", "--keyphrases", "3")
                .assertSuccess().out());
        assertEquals("Riverside Park", line.get("title"));
        assertEquals(summary.get("keyphrases"), line.get("keyphrases"));
        assertEquals(3, ((List<Object>) line.get("keyphrases")).size());
    }

    @Test
    void badValuesAreUsageErrorsBeforeAnyRecordIsRead() {
        assertEquals("--keyphrases must be >= 1, was 0", Invocation.run(input(), "batch", "--keyphrases", "0").assertUsageError());
        assertEquals("--query is 11 characters, more than --max-chars 10",
                Invocation.run(input(), "batch", "--max-chars", "10", "--query", "state grant").assertUsageError());
    }
}
