package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.scoring.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden summaries of real articles: every built-in algorithm's 3-sentence summary of each article
 * in {@code src/test/resources/golden} must match its {@code .golden} file. Regenerate after a
 * deliberate change with {@code -Dnutshell.updateGolden=true} and review the diff.
 */
class GoldenSummaryTest {
    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    static Stream<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(path -> path.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void summariesMatchTheGoldenFile(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        for (String algorithm : Algorithm.names()) {
            Summary summary = Summarizer.builder().algorithm(algorithm).build().summarize(text, Length.sentences(3));
            assertEquals(3, summary.sentences().size(), algorithm);
            for (KeySentence sentence : summary.sentences()) {
                actual.append(algorithm).append('\t').append(sentence.index()).append('\t').append(sentence.start())
                        .append('\t').append(sentence.end()).append('\t').append(sentence.text()).append('\n');
            }
        }
        Path golden = Path.of(article.toString().replaceFirst("\\.txt$", ".golden"));
        if (Boolean.getBoolean("nutshell.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + "; run with -Dnutshell.updateGolden=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString(), "summary of " + article);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void headlinesAndPageFurnitureAreNeverChosen(Path article) throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String headline = text.lines().findFirst().orElseThrow();
        for (String algorithm : Algorithm.names()) {
            List<KeySentence> all = Summarizer.builder().algorithm(algorithm).build()
                    .summarize(text, Length.ratio(1)).sentences();
            for (KeySentence sentence : all) {
                assertTrue(!sentence.text().contains(headline), algorithm + " chose the headline: " + sentence.text());
                assertTrue(!sentence.text().matches("(?s).*(No time to read\\?|Get a summary|Next Article|Previous Article).*"),
                        algorithm + " chose page furniture: " + sentence.text());
            }
        }
    }
}
