package dev.nutshell.cli;

import dev.nutshell.evaluation.RougeBootstrap;
import dev.nutshell.evaluation.RougeScore;
import dev.nutshell.evaluation.RougeScores;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures that {@code rouge} and {@code eval} print: ROUGE-1, ROUGE-2 and ROUGE-L over a set of
 * documents, exactly as the original ROUGE-1.5.5 ({@code -c 95 -m -r 1000 -n 2 -a}) prints them.
 *
 * <p>ROUGE-1.5.5's printed "Average" is the mean of 1,000 bootstrap resamples, which depends on the
 * order of its evaluation IDs. The documents are numbered 1 to n in file order, as the reference
 * figures of the evaluation data were produced (see {@code RougeReferenceScorerTest}), so a system
 * file scored here gives the very figures the Perl printed for it, not just figures close to them.
 * Each figure is that fraction in percent: the Perl's five decimals become three.
 *
 * <p>JSON members, in this order: {@code "docs"}; {@code "rouge1"}, {@code "rouge2"} and
 * {@code "rougeL"}, each {@code {"f1","recall","precision"}}; {@code "confidence_interval_95"}
 * with the same three variants, each figure a {@code [low, high]} pair, the Perl's 95% bootstrap
 * interval. The member names are a contract that scripts depend on.
 *
 * @param documents how many documents were scored
 * @param bootstrap the replayed ROUGE-1.5.5 figures
 */
record RougeReport(int documents, RougeBootstrap bootstrap) {

    /**
     * @param scores one document's scores after another, in file order
     * @return the report over them
     */
    static RougeReport of(List<RougeScores> scores) {
        Map<String, RougeScores> byEvaluationId = new HashMap<>();
        for (int index = 0; index < scores.size(); index++) {
            byEvaluationId.put(String.valueOf(index + 1), scores.get(index));
        }
        return new RougeReport(scores.size(), RougeBootstrap.ofEvaluations(byEvaluationId));
    }

    /**
     * Writes the members into the object that the writer has open, so that a command can add its own.
     *
     * @param json a writer inside an object
     */
    void writeMembers(JsonWriter json) {
        json.member("docs", documents);
        RougeScores average = bootstrap.average();
        writeVariant(json, "rouge1", average.rouge1());
        writeVariant(json, "rouge2", average.rouge2());
        writeVariant(json, "rougeL", average.rougeL());
        RougeScores lower = bootstrap.lowerBound();
        RougeScores upper = bootstrap.upperBound();
        json.beginObject("confidence_interval_95");
        writeInterval(json, "rouge1", lower.rouge1(), upper.rouge1());
        writeInterval(json, "rouge2", lower.rouge2(), upper.rouge2());
        writeInterval(json, "rougeL", lower.rougeL(), upper.rougeL());
        json.endObject();
    }

    /**
     * One document's scores as {@code eval --per-doc} writes them: {@code {"id":..,"rouge1":{"f1":..,
     * "recall":..,"precision":..},"rouge2":{..},"rougeL":{..}}} and a line break, percentages with
     * three decimals.
     *
     * @param id the document's id
     * @param scores its scores
     * @return the line
     */
    static String documentLine(String id, RougeScores scores) {
        JsonWriter json = new JsonWriter().beginObject().member(JsonRecord.ID, id);
        writeVariant(json, "rouge1", scores.rouge1());
        writeVariant(json, "rouge2", scores.rouge2());
        writeVariant(json, "rougeL", scores.rougeL());
        return json.endObject() + "\n";
    }

    /** Writes {@code "name":{"f1":..,"recall":..,"precision":..}} in percent, three decimals. */
    static void writeVariant(JsonWriter json, String name, RougeScore score) {
        json.beginObject(name)
                .member("f1", percent(score.f1()))
                .member("recall", percent(score.recall()))
                .member("precision", percent(score.precision()))
                .endObject();
    }

    private static void writeInterval(JsonWriter json, String name, RougeScore lower, RougeScore upper) {
        json.beginObject(name);
        json.beginArray("f1").value(percent(lower.f1())).value(percent(upper.f1())).endArray();
        json.beginArray("recall").value(percent(lower.recall())).value(percent(upper.recall())).endArray();
        json.beginArray("precision").value(percent(lower.precision())).value(percent(upper.precision())).endArray();
        json.endObject();
    }

    /**
     * A fraction rounded to five decimals, as the Perl prints it, in percent: three decimals, and
     * the double nearest to them, so that {@code 0.40331} prints as {@code 40.331}, not {@code 40.331000000000003}.
     */
    static double percent(double fraction) {
        return Math.round(fraction * 100_000) / 1000.0;
    }
}
