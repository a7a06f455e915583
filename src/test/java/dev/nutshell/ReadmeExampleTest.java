package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example, as written there, on the bundled sample article. */
class ReadmeExampleTest {

    @Test
    void readmeExamplePrintsThreeBodySentencesWithTheirOffsets() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("Summary summary = summarizer.summarize(text, Length.sentences(3));"),
                "README example changed: update this test with it");
        String text = Files.readString(Path.of("src/test/resources/samples/sample-article.txt"), StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        // The README example, verbatim but for System.out.
        Summarizer summarizer = Summarizer.builder().build();
        Summary summary = summarizer.summarize(text, Length.sentences(3));
        for (KeySentence s : summary.sentences())
            out.println(s.index() + " " + s.start() + " " + s.end() + " " + s.score() + " " + s.text());

        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        for (String line : lines) {
            String[] fields = line.split(" ", 5);
            int start = Integer.parseInt(fields[1]);
            int end = Integer.parseInt(fields[2]);
            assertEquals(text.substring(start, end), fields[4]);
        }
        assertTrue(lines[0].startsWith("0 93 269 "), lines[0]);
    }
}
