package dev.nutshell.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.Length;
import dev.nutshell.text.TextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class SummaryOptionsTest {
    @Test
    void theDefaultsAreThreeSentencesOfTheDefaultAlgorithmInEnglish() {
        SummaryOptions options = SummaryOptions.defaults();

        assertEquals(Length.sentences(3), options.length());
        assertEquals("nutshell", options.algorithm());
        assertEquals("en", options.language());
        assertEquals(10_000_000, options.maxInputChars());
    }

    @Test
    void badValuesFailOnTheDriverWithTheLibrarysWords() {
        SummaryOptions options = SummaryOptions.defaults();

        assertTrue(assertThrows(IllegalArgumentException.class, () -> options.withAlgorithm("luhn")).getMessage()
                .startsWith("unknown algorithm 'luhn'"));
        assertEquals("unsupported language 'xx', supported: " + String.join(", ", TextAnalyzer.languages()),
                assertThrows(IllegalArgumentException.class, () -> options.withLanguage("xx")).getMessage());
        assertEquals("de", options.withLanguage("DE").language());
        assertEquals("auto", options.withLanguage("auto").language());
        assertEquals("maxInputChars must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> options.withMaxInputChars(0)).getMessage());
        assertThrows(NullPointerException.class, () -> options.withLength(null));
    }

    @Test
    void everyLengthSurvivesSerializationAsSparkShipsItToExecutors() throws IOException, ClassNotFoundException {
        for (Length length : new Length[] {Length.sentences(2), Length.ratio(0.25), Length.words(60), Length.chars(300)}) {
            SummaryOptions options = SummaryOptions.defaults().withLength(length).withAlgorithm("lexrank").withMaxInputChars(5000);

            SummaryOptions copy = roundTrip(options);

            assertEquals(options, copy);
            assertEquals(length, copy.length());
        }
    }

    @Test
    void oneSummarizerPerJvmServesEveryLengthOfOneConfiguration() {
        SummaryOptions three = SummaryOptions.defaults();
        SummaryOptions words = three.withLength(Length.words(40));
        SummaryOptions textRank = three.withAlgorithm("textrank");

        assertSame(ExecutorSummarizers.of(three), ExecutorSummarizers.of(words));
        assertNotSame(ExecutorSummarizers.of(three), ExecutorSummarizers.of(textRank));
        assertEquals("textrank", ExecutorSummarizers.of(textRank).algorithm().name());
    }

    private static SummaryOptions roundTrip(SummaryOptions options) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(options);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (SummaryOptions) in.readObject();
        }
    }
}
