package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedObjectsAndArraysWithCommas() {
        JsonWriter json = new JsonWriter().beginObject().beginArray("sentences");
        json.beginObject().member("index", 0).member("score", 0.25).member("text", "a").endObject();
        json.beginObject().member("index", 1).member("score", 1.0E-5).member("text", "b").endObject();
        json.endArray().member("after", "x").endObject();

        assertEquals("{\"sentences\":[{\"index\":0,\"score\":0.25,\"text\":\"a\"},"
                + "{\"index\":1,\"score\":1.0E-5,\"text\":\"b\"}],\"after\":\"x\"}", json.toString());
        assertEquals(Map.of("sentences", List.of(Map.of("index", 0.0, "score", 0.25, "text", "a"),
                Map.of("index", 1.0, "score", 1.0E-5, "text", "b")), "after", "x"), StrictJson.parse(json.toString()));
    }

    @Test
    void writesNamedObjectsAndArraysOfPlainValues() {
        JsonWriter json = new JsonWriter().beginObject().member("docs", 2)
                .beginObject("rouge1").beginArray("f1").value(39.5).value(41.25).endArray().endObject()
                .beginArray("summary_sentences").value("a \"b\"").value("c").endArray()
                .endObject();

        assertEquals("{\"docs\":2,\"rouge1\":{\"f1\":[39.5,41.25]},\"summary_sentences\":[\"a \\\"b\\\"\",\"c\"]}",
                json.toString());
        assertEquals(Map.of("docs", 2.0, "rouge1", Map.of("f1", List.of(39.5, 41.25)),
                "summary_sentences", List.of("a \"b\"", "c")), StrictJson.parse(json.toString()));
    }

    @Test
    void arrayElementMustBeAFiniteNumber() {
        JsonWriter json = new JsonWriter().beginObject().beginArray("values");

        assertThrows(IllegalArgumentException.class, () -> json.value(Double.NaN));
    }

    @Test
    void emptyArray() {
        assertEquals("{\"sentences\":[]}", new JsonWriter().beginObject().beginArray("sentences").endArray().endObject().toString());
    }

    @Test
    void escapesQuoteAndBackslash() {
        assertEquals("\"say \\\"hi\\\" C:\\\\dir\"", JsonWriter.quote("say \"hi\" C:\\dir"));
    }

    @Test
    void escapesEveryControlCharacterAsUnicodeEscape() {
        for (char c = 0; c < 0x20; c++) {
            String literal = JsonWriter.quote(String.valueOf(c));
            assertEquals(String.format("\"\\u%04x\"", (int) c), literal);
            assertEquals(String.valueOf(c), StrictJson.parse(literal));
        }
    }

    @Test
    void escapesLineAndParagraphSeparatorsForJavaScript() {
        assertEquals("\"a\\u2028b\\u2029c\"", JsonWriter.quote("a\u2028b\u2029c"));
    }

    @Test
    void writesEmojiAndOtherNonAsciiAsIs() {
        assertEquals("\"😀 é ü 中 \u007f\"", JsonWriter.quote("😀 é ü 中 \u007f"));
    }

    @Test
    void escapesUnpairedSurrogatesSoNothingIsLostInUtf8() {
        assertEquals("\"a\\ud83d b\\ude00\"", JsonWriter.quote("a\ud83d b\ude00"));
        assertEquals("a\ud83d b\ude00", StrictJson.parse(JsonWriter.quote("a\ud83d b\ude00")));
    }

    @Test
    void refusesNumbersJsonCannotExpress() {
        JsonWriter json = new JsonWriter().beginObject();

        assertThrows(IllegalArgumentException.class, () -> json.member("score", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> json.member("score", Double.POSITIVE_INFINITY));
    }

    @Test
    void numbersReadBackExactly() {
        for (double value : new double[] {0.0, -0.0, 0.15000000000000002, 1.9434496067947338, 1e-300, 123456789.125, 1e21}) {
            String json = new JsonWriter().beginObject().member("v", value).endObject().toString();
            assertEquals(value, ((Map<?, ?>) StrictJson.parse(json)).get("v"), json);
        }
    }
}
