package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nutshell tune}: CMA-ES under k-fold cross-validation, on data whose best setting is known. */
class TuneCommandTest {
    private static final String[][] TOPICS = {
        {"harbour", "ferry", "budget", "council"}, {"school", "teacher", "exam", "pupils"},
        {"river", "flood", "bridge", "rain"}, {"team", "coach", "match", "league"},
        {"bank", "loan", "rate", "market"}, {"hospital", "nurse", "ward", "doctor"}};

    @TempDir
    Path directory;

    /**
     * Six articles of eight units; the reference is the first, a long sentence about something else,
     * while the seven short ones after it keep repeating four words. The default ranks a short,
     * central unit first (ROUGE-1 F1 7.69: one shared word); a setting whose position and length
     * priors outweigh centrality picks the lead and scores 100 on every document, the best there is.
     */
    private String leadData() {
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < TOPICS.length; d++) {
            String[] t = TOPICS[d];
            String lead = "officials in the northern district published a detailed annual report about regional"
                    + " transport energy housing and water supplies number " + d;
            JsonWriter json = new JsonWriter().beginObject().member("id", "d" + d).member("article", "unused")
                    .beginArray("units").value(lead)
                    .value("the " + t[0] + " " + t[1] + " " + t[2] + " " + t[3] + " plan")
                    .value("the " + t[0] + " " + t[1] + " was " + t[2])
                    .value("a " + t[1] + " for the " + t[0])
                    .value("the " + t[2] + " of the " + t[3])
                    .value(t[3] + " backs the " + t[0] + " " + t[2])
                    .value("the " + t[1] + " " + t[3] + " met")
                    .value("the " + t[0] + " " + t[3] + " agreed")
                    .endArray().beginArray("ref").value(lead).endArray().endObject();
            lines.add(json.toString());
        }
        return write(directory, "lead.jsonl", lines.toArray(String[]::new));
    }

    private Invocation tune(String... options) {
        List<String> args = new ArrayList<>(List.of("tune", "--data", leadData(), "--reference-field", "ref",
                "--sentences-field", "units", "--sentences", "1", "--quiet"));
        args.addAll(List.of(options));
        return Invocation.run("", args.toArray(String[]::new));
    }

    private static List<String> rows(Invocation invocation, String start) {
        return invocation.outLines().stream().filter(line -> line.startsWith(start)).toList();
    }

    @Test
    void findsTheKnownBestSettingOnEveryFoldAndScoresItOnTheHeldOutFold() {
        Invocation result = tune("--folds", "3", "--evaluations", "40").assertSuccess();

        assertTrue(result.out().startsWith("1 data set: lead.jsonl (6 documents); 3 folds; CMA-ES, 40 evaluations"
                + " per search; seed 1."), result.out());
        List<String> searches = rows(result, "| all folds but ");
        searches = new ArrayList<>(searches);
        searches.addAll(rows(result, "| every document |"));
        assertEquals(4, searches.size(), result.out());
        for (String search : searches) {
            assertTrue(search.endsWith(" | 100.000 | 7.692 |"), search);
        }
        List<String> heldOut = rows(result, "| lead.jsonl | ");
        assertEquals(List.of(
                "| lead.jsonl | 1 | 100.00 | 100.00 | 100.00 | 7.69 | 0.00 | 7.69 |",
                "| lead.jsonl | 2 | 100.00 | 100.00 | 100.00 | 7.69 | 0.00 | 7.69 |",
                "| lead.jsonl | 3 | 100.00 | 100.00 | 100.00 | 7.69 | 0.00 | 7.69 |",
                "| lead.jsonl | mean ± sd | 100.00 ± 0.00 | 100.00 ± 0.00 | 100.00 ± 0.00 | 7.69 ± 0.00 | 0.00 ± 0.00"
                        + " | 7.69 ± 0.00 |",
                "| lead.jsonl | +92.308 | [92.308, 92.308] | 0.03125 |"), heldOut); // 2 of 2⁶ sign assignments
    }

    /** Without evaluations to spare, the search keeps the start: the default, reported as such. */
    @Test
    void aSearchOfOneEvaluationKeepsTheDefault() {
        Invocation result = tune("--folds", "2", "--evaluations", "1").assertSuccess();

        String defaults = "0.700 | 0.400 | -1.000 | 0.100:0.400 | 0.200";
        assertEquals(List.of("| every document | " + defaults + " | 7.692 | 7.692 |"), rows(result, "| every document"));
        assertEquals(List.of("| (the default) | " + defaults + " | | |"), rows(result, "| (the default)"));
    }

    @Test
    void theSameSeedPrintsTheSameReport() {
        assertEquals(tune("--folds", "2", "--evaluations", "12", "--seed", "5").assertSuccess().out(),
                tune("--folds", "2", "--evaluations", "12", "--seed", "5").assertSuccess().out());
    }

    /** Each document's out-of-fold summary: the lead, picked by the setting tuned without its fold. */
    @Test
    void outputHoldsTheOutOfFoldSummariesThatCompareReads() throws IOException {
        Path output = directory.resolve("tuned.jsonl");
        tune("--folds", "3", "--evaluations", "40", "--output", output.toString()).assertSuccess();

        List<String> lines = Files.readAllLines(output);
        assertEquals(6, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"d0\",\"summary_sentences\":[\"officials in the northern"), lines.get(0));
        String comparison = Invocation.run("", "compare", "--data", directory.resolve("lead.jsonl").toString(),
                "--reference-field", "ref", "--sentences-field", "units", "--sentences", "1", "--quiet",
                "--system", output.toString(), "--algorithm", "nutshell").assertSuccess().out();
        assertTrue(comparison.contains("\"difference\":{\"rouge1\":{\"mean\":92.308,\"ci95\":[92.308,92.308],"
                + "\"p_value\":0.03125}"), comparison);
    }

    /**
     * Two data sets at once: the data options repeat, each set with its own length (two sentences
     * of the copy score 6.45 under the default, one of the original 7.69).
     */
    @Test
    void tunesOnSeveralDataSetsAtOnce() {
        String data = leadData();
        String copy = write(directory, "copy.jsonl", readLines(data).toArray(String[]::new));
        Invocation result = Invocation.run("", "tune", "--data", data, "--reference-field", "ref",
                "--sentences-field", "units", "--sentences", "1", "--data", copy, "--reference-field", "ref",
                "--sentences-field", "units", "--sentences", "2", "--folds", "2", "--evaluations", "3", "--quiet")
                .assertSuccess();

        assertTrue(result.out().startsWith("2 data sets: lead.jsonl (6 documents), copy.jsonl (6 documents);"), result.out());
        List<String> copyRows = rows(result, "| copy.jsonl | ");
        assertEquals(4, copyRows.size(), result.out()); // two folds, mean ± sd, the out-of-fold comparison
        assertTrue(copyRows.get(0).endsWith("| 6.45 | 0.00 | 6.45 |"), copyRows.get(0));
        assertTrue(rows(result, "| lead.jsonl | ").get(0).endsWith("| 7.69 | 0.00 | 7.69 |"), result.out());
    }

    private static List<String> readLines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals("--folds must be within [2, 100], was 1", tune("--folds", "1").assertUsageError());
        assertEquals("--evaluations must be within [1, 100000], was 0", tune("--evaluations", "0").assertUsageError());
        assertTrue(tune("--folds", "7").assertUsageError().endsWith("lead.jsonl has 6 documents, fewer than --folds 7"));
        String output = directory.resolve("out.jsonl").toString();
        assertEquals("two data sets have the same --output, " + output, tune("--output", output, "--data", leadData(),
                "--reference-field", "ref", "--output", output).assertUsageError());
    }
}
