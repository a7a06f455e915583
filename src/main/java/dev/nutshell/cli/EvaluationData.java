package dev.nutshell.cli;

import dev.nutshell.Focus;
import dev.nutshell.Length;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checks that the {@code rouge}, {@code eval}, {@code compare} and {@code tune} commands share
 * on their JSON Lines input: every record has an {@code id} of its own, every reference has a
 * sentence, every article fits {@code --max-chars}. Files are read as streams ({@link JsonLinesFile}): each record
 * is checked, and kept only as what the command needs, before the next line is read, so the
 * first bad line stops the reading.
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
     * @param maxLineChars the most characters a line may have
     * @param consumer receives each record, in file order, once its id is checked
     * @throws UsageException if the file cannot be read, a line is not a JSON object, an id is
     *     missing or repeated (naming the line of its first use), or the file has no record
     */
    static void readIdentified(String file, int maxLineChars, Consumer<JsonRecord> consumer) {
        Map<String, Long> firstLines = new HashMap<>();
        JsonLinesFile.read(file, maxLineChars, record -> {
            Long firstLine = firstLines.putIfAbsent(record.id(), record.line());
            if (firstLine != null) {
                throw record.error("duplicate id \"" + record.id() + "\", first on line " + firstLine);
            }
            consumer.accept(record);
        });
        if (firstLines.isEmpty()) {
            throw new UsageException(file + ": no record");
        }
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
     * @param titleField the member holding each record's title, to focus its summary on, or null for no focus
     * @param limit the bounds on articles and lines
     * @return the documents in file order
     * @throws UsageException for unreadable or malformed data or an article over the limit, naming the file and line
     */
    static List<EvaluationDocument> documents(String data, String referenceField, String sentencesField,
            Optional<Length> fixedLength, String titleField, DataLimit limit) {
        int maxChars = limit.articleChars();
        List<EvaluationDocument> documents = new ArrayList<>();
        readIdentified(data, limit.lineChars(), record -> {
            List<String> reference = reference(record, referenceField);
            Length summaryLength = fixedLength.orElseGet(() -> Length.sentences(reference.size()));
            EvaluationDocument.Input input = sentencesField == null
                    ? new EvaluationDocument.Text(record.string("article"))
                    : new EvaluationDocument.Units(record.strings(sentencesField));
            if (input.length() > maxChars) {
                String article = sentencesField == null ? "the article"
                        : "the article (\"" + sentencesField + "\" joined with line breaks)";
                throw record.error(article + " is longer than " + InputReader.count(maxChars, "character")
                        + " (raise the limit with --max-chars)");
            }
            Focus focus = titleField == null ? Focus.none() : Focus.title(record.string(titleField));
            documents.add(new EvaluationDocument(record.id(), input, summaryLength, reference, focus));
        });
        return documents;
    }
}
