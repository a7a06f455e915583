package dev.nutshell.cli;

import dev.nutshell.Length;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks that the {@code rouge} and {@code eval} commands share on their JSON Lines input:
 * every record has an {@code id} of its own, and every reference has a sentence.
 *
 * <p>Thread-safe: stateless.
 */
final class EvaluationData {

    private EvaluationData() {
    }

    /**
     * Reads a JSON Lines file whose records each have a distinct {@code id}.
     *
     * @param file the name the user gave
     * @return the records in file order
     * @throws UsageException if the file cannot be read, a line is not a JSON object, an id is
     *     missing or repeated (naming the line of its first use), or the file has no record
     */
    static List<JsonRecord> readIdentified(String file) {
        List<JsonRecord> records = JsonLinesFile.read(file);
        if (records.isEmpty()) {
            throw new UsageException(file + ": no record");
        }
        Map<String, Integer> firstLines = new HashMap<>();
        for (JsonRecord record : records) {
            Integer firstLine = firstLines.putIfAbsent(record.id(), record.line());
            if (firstLine != null) {
                throw record.error("duplicate id \"" + record.id() + "\", first on line " + firstLine);
            }
        }
        return records;
    }

    /**
     * Reads the reference summary of a record.
     *
     * @param record a record of the evaluation data
     * @param field the member holding the reference's sentences
     * @return the sentences, at least one
     * @throws UsageException if the member is missing, not an array of strings, or empty: a
     *     reference without a sentence leaves nothing to score against, and averaging its zero in
     *     would lower the figures without a sign
     */
    static List<String> reference(JsonRecord record, String field) {
        List<String> reference = record.strings(field);
        if (reference.isEmpty()) {
            throw record.error("\"" + field + "\" has no sentence");
        }
        return reference;
    }

    /**
     * Reads the documents of an evaluation data set.
     *
     * @param data the JSON Lines file the user named
     * @param referenceField the member holding each reference's sentences
     * @param sentencesField the member holding each article's units, or null to split {@code "article"}
     * @param fixedLength the summary length, or empty for as many sentences as each reference has
     * @return the documents in file order
     * @throws UsageException for unreadable or malformed data, naming the file and line
     */
    static List<EvaluationDocument> documents(String data, String referenceField, String sentencesField,
            Optional<Length> fixedLength) {
        List<EvaluationDocument> documents = new ArrayList<>();
        for (JsonRecord record : readIdentified(data)) {
            List<String> reference = reference(record, referenceField);
            Length summaryLength = fixedLength.orElseGet(() -> Length.sentences(reference.size()));
            EvaluationDocument.Input input = sentencesField == null
                    ? new EvaluationDocument.Text(record.string("article"))
                    : new EvaluationDocument.Units(record.strings(sentencesField));
            documents.add(new EvaluationDocument(record.id(), input, summaryLength, reference));
        }
        return documents;
    }
}
