package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text in UTF-16 or UTF-32 is ASCII with NUL bytes between the letters, which UTF-8 decodes
 * without complaint: it is recognised from those NULs (or its byte-order mark) and refused with
 * its name and the command that converts it, instead of being summarized as garbage.
 */
class ForeignEncodingTest {
    private static final String TEXT = "The harbour reopened to small boats on Friday. Ferries will follow next week.";

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource({"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void textWithoutAByteOrderMarkIsNamed(String encoding) {
        byte[] bytes = TEXT.getBytes(Charset.forName(encoding));

        assertEquals("input is " + encoding + ", not UTF-8 (convert it with iconv -f " + encoding + " -t UTF-8)",
                Invocation.run(bytes, "summarize").assertUsageError());
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FF FE, UTF-16", "UTF-16BE, FE FF, UTF-16", "UTF-32LE, FF FE 00 00, UTF-32",
            "UTF-32BE, 00 00 FE FF, UTF-32"})
    void textWithAByteOrderMarkIsNamed(String encoding, String byteOrderMark, String iconvName) {
        byte[] bytes = concatenate(hex(byteOrderMark), TEXT.getBytes(Charset.forName(encoding)));

        assertEquals("input is " + encoding + " with a byte-order mark, not UTF-8 (convert it with iconv -f " + iconvName
                + " -t UTF-8)", Invocation.run(bytes, "split").assertUsageError());
    }

    @Test
    void nonAsciiTextInUtf16IsRecognisedByItsAsciiPart() {
        byte[] bytes = "Café crème à la française, s'il vous plaît. Très bien.".getBytes(StandardCharsets.UTF_16LE);

        assertEquals("input is UTF-16LE, not UTF-8 (convert it with iconv -f UTF-16LE -t UTF-8)",
                Invocation.run(bytes, "summarize").assertUsageError());
    }

    @Test
    void aFewNulCharactersInUtf8TextAreStillAccepted() {
        String text = "The harbour\u0000 reopened to small boats on Friday.\u0000";

        assertEquals(text + "\n", Invocation.run(text, "summarize", "--presplit").assertSuccess().out());
    }

    @Test
    void aDataFileInUtf16IsNamed() {
        String line = record("a", "ref", "The harbour reopened.").replace("{", "{\"article\":\"Boats. More boats.\",");
        String data = JsonLinesFixture.writeBytes(directory, "data.jsonl", (line + "\n").getBytes(StandardCharsets.UTF_16LE));

        String message = Invocation.run("", "eval", "--data", data, "--reference-field", "ref", "--quiet").assertUsageError();

        assertEquals(data + " is UTF-16LE, not UTF-8 (convert it with iconv -f UTF-16LE -t UTF-8)", message);
    }

    private static byte[] hex(String bytes) {
        String[] pieces = bytes.split(" ");
        byte[] result = new byte[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            result[i] = (byte) Integer.parseInt(pieces[i], 16);
        }
        return result;
    }

    private static byte[] concatenate(byte[] first, byte[] second) {
        byte[] result = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
