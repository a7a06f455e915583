package dev.nutshell.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nutshell.evaluation.SentenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a JSON Lines file: a JSON object, with the typed reads the commands need. Every
 * read that finds a member missing or of the wrong type fails with a message that names the file,
 * the line and the member, since with a thousand records "missing field" alone is no help.
 *
 * <p>Not thread-safe: it wraps a mutable Jackson tree. The commands read it on one thread.
 */
final class JsonRecord {
    /** The member every record is identified by. */
    static final String ID = "id";

    private final String file;
    private final long line;
    private final ObjectNode object;

    /**
     * @param file the file's name as the user gave it
     * @param line the record's line number, from 1
     * @param object the parsed line
     */
    JsonRecord(String file, long line, ObjectNode object) {
        this.file = file;
        this.line = line;
        this.object = object;
    }

    /** @return the record's line number, from 1 */
    long line() {
        return line;
    }

    /**
     * @return the record's {@code id}
     * @throws UsageException if it is missing, not a string, or empty
     */
    String id() {
        String id = string(ID);
        if (id.isEmpty()) {
            throw error("\"" + ID + "\" is empty");
        }
        return id;
    }

    /**
     * @param field a member name
     * @return whether the record has that member, whatever its value
     */
    boolean has(String field) {
        return object.has(field);
    }

    /**
     * @param field a member name
     * @return its value
     * @throws UsageException if the member is missing or not a string
     */
    String string(String field) {
        JsonNode value = member(field);
        if (!value.isTextual()) {
            throw error("\"" + field + "\" must be a string, was " + kind(value));
        }
        return value.textValue();
    }

    /**
     * @param field a member name
     * @return its value, a list of sentences
     * @throws UsageException if the member is missing, not an array, or has an element that is not a string
     */
    List<String> strings(String field) {
        JsonNode value = member(field);
        if (!value.isArray()) {
            throw error("\"" + field + "\" must be an array of strings, was " + kind(value));
        }
        List<String> strings = new ArrayList<>(value.size());
        for (int index = 0; index < value.size(); index++) {
            JsonNode element = value.get(index);
            if (!element.isTextual()) {
                throw error("\"" + field + "\" must be an array of strings, element " + index + " is " + kind(element));
            }
            strings.add(element.textValue());
        }
        return List.copyOf(strings);
    }

    /**
     * @param field a member name
     * @param textLength the length of the text the spans index, in UTF-16 units
     * @return its value, a list of {@code [start, end]} pairs
     * @throws UsageException if the member is missing or not an array of pairs of integers with
     *     {@code 0 <= start <= end <= textLength}
     */
    List<SentenceSpan> spans(String field, int textLength) {
        JsonNode value = member(field);
        if (!value.isArray()) {
            throw error("\"" + field + "\" must be an array of [start, end] pairs, was " + kind(value));
        }
        List<SentenceSpan> spans = new ArrayList<>(value.size());
        for (int index = 0; index < value.size(); index++) {
            JsonNode pair = value.get(index);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).canConvertToInt() || !pair.get(1).canConvertToInt()
                    || !pair.get(0).isIntegralNumber() || !pair.get(1).isIntegralNumber()) {
                throw error("\"" + field + "\" element " + index + " must be a [start, end] pair of integers");
            }
            int start = pair.get(0).intValue();
            int end = pair.get(1).intValue();
            if (start < 0 || end < start || end > textLength) {
                throw error("\"" + field + "\" element " + index + " [" + start + ", " + end
                        + "] is not a span of the " + textLength + "-character text");
            }
            spans.add(new SentenceSpan(start, end));
        }
        return List.copyOf(spans);
    }

    /**
     * @param problem what is wrong with this record
     * @return the error to throw, naming the file and the line
     */
    UsageException error(String problem) {
        return new UsageException(file + " line " + line + ": " + problem);
    }

    private JsonNode member(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            throw error("no \"" + field + "\" member");
        }
        return value;
    }

    /** The JSON type of a value with its article, as the messages say it: "a number", "null". */
    static String kind(JsonNode value) {
        String type = value.getNodeType().name().toLowerCase(Locale.ROOT);
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case ARRAY, OBJECT -> "an " + type;
            default -> "a " + type;
        };
    }
}
