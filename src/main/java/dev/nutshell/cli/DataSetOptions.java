package dev.nutshell.cli;

import dev.nutshell.Length;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that name an evaluation data set and how to summarize its documents, as {@code eval}
 * has them: {@code --data}, {@code --reference-field}, {@code --sentences-field} and {@code
 * --sentences N | --sentences-from-reference}. A mixin of {@code compare}, and the repeated group
 * of {@code tune}.
 */
class DataSetOptions {
    /** The summary length without a length option, as in {@code eval}. */
    static final int DEFAULT_SENTENCES = 3;

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The evaluation data: JSON Lines, UTF-8, each record with an \"id\", the reference"
                    + " and an \"article\" (or the --sentences-field).")
    String data;

    @Option(names = "--reference-field", required = true, paramLabel = "FIELD",
            description = "The member that holds the reference summary, an array of sentences.")
    String referenceField;

    @Option(names = "--sentences-field", paramLabel = "FIELD",
            description = "Rank the units of this member (an array of strings, such as article_sentences) as they"
                    + " are, instead of splitting \"article\".")
    String sentencesField;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    EvalCommand.LengthOptions length;

    /**
     * Reads the documents, ready to summarize.
     *
     * @param limit the bounds on articles and lines
     * @return the documents in file order
     * @throws UsageException for a bad length, unreadable or malformed data, or an article over the limit
     */
    List<EvaluationDocument> documents(DataLimit limit) {
        Optional<Length> fixedLength = length == null ? Optional.of(Length.sentences(DEFAULT_SENTENCES)) : length.fixed();
        return EvaluationData.documents(data, referenceField, sentencesField, fixedLength, null, limit);
    }
}
