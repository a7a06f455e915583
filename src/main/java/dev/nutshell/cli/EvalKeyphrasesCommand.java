package dev.nutshell.cli;

import dev.nutshell.Summarizer;
import dev.nutshell.article.Article;
import dev.nutshell.evaluation.KeyphraseEvaluation;
import dev.nutshell.evaluation.KeyphraseScore;
import dev.nutshell.keyphrases.Keyphrase;
import dev.nutshell.keyphrases.KeyphraseExtractor;
import dev.nutshell.keyphrases.KeyphraseRanking;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nutshell eval-keyphrases}: extracts the keyphrases of every document of a data set and
 * scores them against the gold keyphrases (Porter-stemmed exact match, macro-averaged; see {@link
 * KeyphraseEvaluation}).
 *
 * <p>Option names and the JSON output are a contract that scripts depend on; change them only
 * compatibly (adding members is compatible, renaming is not).
 */
@Command(name = "eval-keyphrases",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Extracts the keyphrases of every document of a data set and scores them against its gold keyphrases.",
            "Each record's \"text\" is analysed as keywords analyses a text; the best keyphrases are compared with"
                    + " the record's \"keyphrases\" after normalisation (lower case, tokens Porter-stemmed as NLTK"
                    + " stems them), exact matches only, duplicates dropped; precision counts the predictions in"
                    + " the top k, recall all gold keyphrases, F1 is their harmonic mean, and each figure is the"
                    + " mean over documents (macro average), in percent. Documents without gold keyphrases are skipped.",
            "Prints one JSON line: {\"docs\":..,\"f1@5\":..,\"f1@10\":..,\"precision@N\":..,\"recall@N\":..}"
                    + " for N of --top (10 by default)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell eval-keyphrases --data inspec-dev.jsonl",
            "  nutshell eval-keyphrases --data duc2001-dev.jsonl --ranking positionrank --output pred.jsonl",
            "  nutshell eval-keyphrases --data duc2001-dev.jsonl --headline-field title"})
final class EvalKeyphrasesCommand implements Callable<Integer> {
    private static final String TEXT = "text";
    private static final String GOLD = "keyphrases";

    @Option(names = "--data", required = true, paramLabel = "DATA.jsonl",
            description = "The data set: JSON Lines, UTF-8, each record with an \"id\", a \"text\" and its gold"
                    + " \"keyphrases\" (an array of strings).")
    private String data;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Report precision and recall of the best N keyphrases (N >= 1); F1 at 5 and 10 always."
                    + " Default: ${DEFAULT-VALUE}.")
    private int top;

    @Option(names = "--ranking", paramLabel = "NAME", completionCandidates = RankingNames.class,
            description = "How keyphrases are ranked: ${COMPLETION-CANDIDATES}. Default: " + KeyphraseRanking.DEFAULT_NAME + ".")
    private String ranking;

    @Option(names = "--headline-field", paramLabel = "FIELD",
            description = "Put the record's string in this member, if it has one, before its text as its headline"
                    + " (a line, then a blank line), as a page gives a story with its headline.")
    private String headlineField;

    @Option(names = "--output", paramLabel = "PRED.jsonl",
            description = "Also write each record's keyphrases, best first, as {\"id\":..,\"keyphrases\":[..]} lines."
                    + " Written only when the whole run succeeds.")
    private String output;

    @Mixin
    private LanguageOption language;

    @Mixin
    private DataLimit limit;

    private final StandardStreams streams;

    /** @param streams where to write the figures */
    EvalKeyphrasesCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Extracts, scores and prints.
     *
     * @return the exit status
     * @throws UsageException for a bad option value, unreadable or malformed data, or an unwritable output
     */
    @Override
    public Integer call() {
        KeywordsCommand.checkTop("--top", top);
        Summarizer summarizer = Summarizer.builder().analyzer(language.analyzer()).keyphrases(extractor()).maxInputChars(limit.articleChars()).build();
        Optional<SummaryFile> target = Optional.ofNullable(output).map(name -> SummaryFile.checked(name, data));
        int extracted = Math.max(top, 10);
        List<String> ids = new ArrayList<>();
        List<List<String>> predictions = new ArrayList<>();
        double[] sums = new double[4];
        int[] documents = new int[1];
        EvaluationData.readIdentified(data, limit.lineChars(), record -> {
            String text = headlineField != null && record.has(headlineField)
                    ? record.string(headlineField) + "\n\n" + record.string(TEXT) : record.string(TEXT);
            List<String> gold = record.strings(GOLD);
            if (text.length() > limit.articleChars()) {
                throw record.error("the text is longer than " + InputReader.count(limit.articleChars(), "character")
                        + " (raise the limit with --max-chars)");
            }
            Article article = summarizer.analyzer().analyze(text);
            List<String> predicted = summarizer.keyphrases(article, extracted).stream().map(Keyphrase::text).toList();
            ids.add(record.id());
            predictions.add(predicted);
            if (gold.stream().anyMatch(phrase -> !KeyphraseEvaluation.normalise(phrase).isEmpty())) {
                documents[0]++;
                sums[0] += KeyphraseEvaluation.score(predicted, gold, 5).f1();
                sums[1] += KeyphraseEvaluation.score(predicted, gold, 10).f1();
                KeyphraseScore atTop = KeyphraseEvaluation.score(predicted, gold, top);
                sums[2] += atTop.precision();
                sums[3] += atTop.recall();
            }
        });
        target.ifPresent(file -> file.writeLines(predictionLines(ids, predictions)));
        JsonWriter json = new JsonWriter().beginObject().member("docs", documents[0]);
        json.member("f1@5", percent(sums[0], documents[0])).member("f1@10", percent(sums[1], documents[0]));
        json.member("precision@" + top, percent(sums[2], documents[0])).member("recall@" + top, percent(sums[3], documents[0]));
        streams.out().print(json.endObject() + "\n");
        return NutshellCommand.EXIT_OK;
    }

    /** {@code {"id":..,"keyphrases":[..]}} lines, the input of {@code score_keyphrases.py --pred}. */
    private static List<String> predictionLines(List<String> ids, List<List<String>> predictions) {
        List<String> lines = new ArrayList<>(ids.size());
        for (int index = 0; index < ids.size(); index++) {
            JsonWriter json = new JsonWriter().beginObject().member(JsonRecord.ID, ids.get(index)).beginArray(GOLD);
            for (String keyphrase : predictions.get(index)) {
                json.value(keyphrase);
            }
            lines.add(json.endArray().endObject() + "\n");
        }
        return lines;
    }

    private KeyphraseExtractor extractor() {
        if (ranking == null) {
            return KeyphraseExtractor.create();
        }
        try {
            return KeyphraseExtractor.of(KeyphraseRanking.named(ranking));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // the library's message lists the valid names
        }
    }

    /** A mean in percent, rounded to two decimals as the reference scorer prints it; 0 without documents. */
    private static double percent(double sum, int documents) {
        return documents == 0 ? 0 : Math.round(10_000 * sum / documents) / 100.0;
    }

    /** The ranking names for the usage help, straight from the library. */
    static final class RankingNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KeyphraseRanking.names().iterator();
        }
    }
}
