package dev.nutshell.cli;

/**
 * Builds one compact JSON document, objects and arrays, member by member, in the order written.
 *
 * <p>The command line writes a handful of numbers and strings per sentence; a few methods here
 * cover that without pulling a JSON library into the jar. The writer keeps track only of where a
 * comma is due; callers are trusted to nest {@code begin}/{@code end} calls properly.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter();
 * json.beginObject().beginArray("sentences");
 * json.beginObject().member("index", 0).member("text", "Hi.").endObject();
 * json.endArray().endObject();
 * json.toString();   // {"sentences":[{"index":0,"text":"Hi."}]}
 * }</pre>
 *
 * <p>Not thread-safe; one writer per document.
 */
final class JsonWriter {
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final StringBuilder json = new StringBuilder();
    private boolean commaDue;

    /** Starts an empty document. */
    public JsonWriter() {
    }

    /**
     * Opens an object, as the document itself or as the next element of the enclosing array.
     *
     * @return this writer
     */
    public JsonWriter beginObject() {
        separate();
        json.append('{');
        commaDue = false;
        return this;
    }

    /**
     * Opens an object as a member of the enclosing object.
     *
     * @param name the member's name
     * @return this writer
     */
    public JsonWriter beginObject(String name) {
        name(name);
        json.append('{');
        commaDue = false;
        return this;
    }

    /** @return this writer, with the innermost open object closed */
    public JsonWriter endObject() {
        json.append('}');
        commaDue = true;
        return this;
    }

    /**
     * Opens an array as a member of the enclosing object.
     *
     * @param name the member's name
     * @return this writer
     */
    public JsonWriter beginArray(String name) {
        name(name);
        json.append('[');
        commaDue = false;
        return this;
    }

    /** @return this writer, with the innermost open array closed */
    public JsonWriter endArray() {
        json.append(']');
        commaDue = true;
        return this;
    }

    /**
     * Writes an integer member.
     *
     * @param name the member's name
     * @param value its value
     * @return this writer
     */
    public JsonWriter member(String name, long value) {
        name(name);
        json.append(value);
        commaDue = true;
        return this;
    }

    /**
     * Writes a number member. {@link Double#toString(double)} gives the shortest form that reads
     * back as the same double, and its forms ({@code 0.25}, {@code 1.0E-5}) are all JSON numbers.
     *
     * @param name the member's name
     * @param value its value, finite
     * @return this writer
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot express
     */
    public JsonWriter member(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number for " + value + " (member '" + name + "')");
        }
        name(name);
        json.append(value);
        commaDue = true;
        return this;
    }

    /**
     * Writes a string member.
     *
     * @param name the member's name
     * @param value its value, any characters
     * @return this writer
     */
    public JsonWriter member(String name, String value) {
        name(name);
        appendString(json, value);
        commaDue = true;
        return this;
    }

    /**
     * Writes a {@code true} or {@code false} member.
     *
     * @param name the member's name
     * @param value its value
     * @return this writer
     */
    public JsonWriter member(String name, boolean value) {
        name(name);
        json.append(value);
        commaDue = true;
        return this;
    }

    /**
     * Writes a member whose value is {@code null}.
     *
     * @param name the member's name
     * @return this writer
     */
    public JsonWriter nullMember(String name) {
        name(name);
        json.append("null");
        commaDue = true;
        return this;
    }

    /**
     * Writes a string member, or {@code null} when the value is absent.
     *
     * @param name the member's name
     * @param value its value, any characters, or empty for {@code null}
     * @return this writer
     */
    public JsonWriter member(String name, java.util.Optional<String> value) {
        return value.isPresent() ? member(name, value.get()) : nullMember(name);
    }

    /**
     * Writes a number as the next element of the enclosing array.
     *
     * @param value the element, finite
     * @return this writer
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no number for " + value + " (array element)");
        }
        separate();
        json.append(value);
        commaDue = true;
        return this;
    }

    /**
     * Writes a string as the next element of the enclosing array.
     *
     * @param value the element, any characters
     * @return this writer
     */
    public JsonWriter value(String value) {
        separate();
        appendString(json, value);
        commaDue = true;
        return this;
    }

    /** @return the document written so far */
    @Override
    public String toString() {
        return json.toString();
    }

    /**
     * The value as a JSON string literal, quotes included.
     *
     * @param value any characters
     * @return the literal
     */
    public static String quote(String value) {
        StringBuilder literal = new StringBuilder(value.length() + 2);
        appendString(literal, value);
        return literal.toString();
    }

    private void name(String name) {
        separate();
        appendString(json, name);
        json.append(':');
    }

    private void separate() {
        if (commaDue) {
            json.append(',');
        }
    }

    private static void appendString(StringBuilder target, String value) {
        target.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                target.append(c).append(value.charAt(++i)); // a whole code point beyond U+FFFF, e.g. an emoji
            } else {
                appendCharacter(target, c);
            }
        }
        target.append('"');
    }

    /**
     * Escapes what JSON requires (quote, backslash, U+0000 to U+001F) and also U+2028 and U+2029:
     * JSON allows them raw, but JavaScript before ES2019 does not, and a script that pastes the
     * output into code should not break. A surrogate without its partner is escaped too: UTF-8
     * cannot encode it, so written raw it would turn into '?'. Everything else is written as is
     * and the output stream encodes it as UTF-8.
     */
    private static void appendCharacter(StringBuilder target, char c) {
        if (c == '"' || c == '\\') {
            target.append('\\').append(c);
        } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            target.append("\\u")
                    .append(HEX_DIGITS[(c >> 12) & 0xF]).append(HEX_DIGITS[(c >> 8) & 0xF])
                    .append(HEX_DIGITS[(c >> 4) & 0xF]).append(HEX_DIGITS[c & 0xF]);
        } else {
            target.append(c);
        }
    }
}
