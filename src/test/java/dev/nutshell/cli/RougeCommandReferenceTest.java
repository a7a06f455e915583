package dev.nutshell.cli;

import static dev.nutshell.cli.JsonLinesFixture.parse;
import static dev.nutshell.cli.JsonLinesFixture.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nutshell.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code nutshell rouge} on the real system outputs of {@code shared/eval/rouge-check/} prints the
 * averages that the original ROUGE-1.5.5 printed for them, the table of {@code rouge-check/README.md}.
 * That table rounds the Perl's figures to two decimals, so each figure here, the Perl's to three,
 * must round to it: within {@value #ROUNDING} of it.
 *
 * <p>The data lives outside the repository ({@link SharedData}): without it the test is skipped,
 * and {@code RougeFixtureTest} checks the same on the few documents kept in the repository.
 */
class RougeCommandReferenceTest {
    private static final double ROUNDING = 0.005 + 1e-9;

    @Test
    void cnnDailyMailLead3GivesTheReferenceScorersTable() {
        check("cnndm-dev.jsonl", "highlights", "lead3-cnndm-dev.sys.jsonl", 1000,
                new double[] {40.33, 17.86, 36.50, 52.24, 23.38, 47.28});
    }

    @Test
    void bbcLead3GivesTheReferenceScorersTable() {
        check("bbc-dev.jsonl", "summary_sentences", "lead3-bbc-dev.sys.jsonl", 1132,
                new double[] {44.73, 35.99, 43.64, 33.34, 26.80, 32.52});
    }

    /** @param expected F1 of, R-L, then recall of, R-L, as the README's table has them */
    private static void check(String data, String referenceField, String system, int documents, double[] expected) {
        Path eval = SharedData.evaluationDirectory("rouge-check");
        Invocation result = Invocation.run("", "rouge", "--data", eval.resolve(data).toString(), "--reference-field",
                referenceField, "--system", eval.resolve("rouge-check").resolve(system).toString(), "--quiet");
        Map<String, Object> output = parse(result.assertSuccess());

        assertEquals((double) documents, output.get("docs"));
        String[] variants = {"rouge1", "rouge2", "rougeL"};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String figure = i < 3 ? "f1" : "recall";
            double got = (Double) variant(output, variants[i % 3]).get(figure);
            if (Math.abs(got - expected[i]) > ROUNDING) {
                failures.add(variants[i % 3] + " " + figure + ": ROUGE-1.5.5 " + expected[i] + ", here " + got);
            }
        }
        if (!failures.isEmpty()) {
            fail(system + " does not reproduce rouge-check/README.md: " + failures + "; output: " + result.out().strip());
        }
    }

}
