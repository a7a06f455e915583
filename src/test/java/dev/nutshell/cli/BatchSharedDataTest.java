package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nutshell.KeySentence;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On real news articles, {@code batch} on two threads gives every record exactly the summary the
 * library gives it: the same sentences with the same offsets and scores.
 */
class BatchSharedDataTest {
    private static final int RECORDS = 300;

    @Test
    @SuppressWarnings("unchecked")
    void twoThreadsGiveTheLibrarysSummaryOfEveryCnnDailyMailArticle() throws IOException {
        Path data = SharedData.evaluationDirectory("cnndm-dev.jsonl").resolve("cnndm-dev.jsonl");
        List<String> lines;
        try (Stream<String> all = Files.lines(data, StandardCharsets.UTF_8)) {
            lines = all.limit(RECORDS).toList();
        }

        Invocation run = Invocation.run(String.join("\n", lines) + "\n", "batch", "--threads", "2", "--words", "75");

        assertEquals(0, run.status(), run::err);
        List<String> output = run.outLines();
        assertEquals(RECORDS, output.size());
        Summarizer summarizer = Summarizer.builder().build();
        for (int i = 0; i < RECORDS; i++) {
            Map<String, Object> record = (Map<String, Object>) StrictJson.parse(lines.get(i));
            Map<String, Object> line = (Map<String, Object>) StrictJson.parse(output.get(i));
            List<KeySentence> expected = summarizer.summarize((String) record.get("article"), Length.words(75)).sentences();
            assertEquals(record.get("id"), line.get("id"));
            assertEquals(rows(expected), line.get("sentences"), "record " + i);
        }
    }

    /** The sentences as the strict reader gives JSON back: numbers as doubles. */
    private static List<Map<String, Object>> rows(List<KeySentence> sentences) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KeySentence sentence : sentences) {
            rows.add(Map.of("index", (double) sentence.index(), "start", (double) sentence.start(),
                    "end", (double) sentence.end(), "score", sentence.score(), "text", sentence.text()));
        }
        return rows;
    }
}
