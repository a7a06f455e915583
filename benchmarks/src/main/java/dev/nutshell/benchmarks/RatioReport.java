package dev.nutshell.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints, from a JMH JSON result of {@link RatioBenchmark} ({@code -rf json -rff FILE}), each
 * set's docs/s for the bare detector and for Nutshell, and their ratio Nutshell / detector (1: as
 * fast as sentence detection alone; 0.5: twice its cost). The ratio's range comes from the two
 * scores' 99.9% intervals, their worst and best ends divided.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.nutshell.benchmarks.RatioReport FILE}.
 */
public final class RatioReport {
    private RatioReport() {
    }

    /**
     * @param arguments the JMH JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            System.err.println("usage: RatioReport JMH-RESULT.json");
            System.exit(2);
        }
        Map<String, Map<String, JsonNode>> scores = new TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(Path.of(arguments[0]).toFile())) {
            String benchmark = result.get("benchmark").asText();
            if (!benchmark.contains("RatioBenchmark.")) {
                continue;
            }
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String set = result.path("params").path("set").asText();
            scores.computeIfAbsent(set, key -> new TreeMap<>()).put(method, result.get("primaryMetric"));
        }
        System.out.println("set | detector docs/s | nutshell docs/s | nutshell / detector");
        scores.forEach((set, methods) -> {
            JsonNode detector = methods.get("detector");
            JsonNode nutshell = methods.get("nutshell");
            if (detector == null || nutshell == null) {
                System.out.println(set + " | incomplete run");
                return;
            }
            double ratio = nutshell.get("score").asDouble() / detector.get("score").asDouble();
            double low = nutshell.get("scoreConfidence").get(0).asDouble() / detector.get("scoreConfidence").get(1).asDouble();
            double high = nutshell.get("scoreConfidence").get(1).asDouble() / detector.get("scoreConfidence").get(0).asDouble();
            System.out.println(String.format(Locale.ROOT, "%s | %s | %s | %.3f (%.3f to %.3f)", set,
                    withError(detector), withError(nutshell), ratio, low, high));
        });
    }

    private static String withError(JsonNode metric) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", metric.get("score").asDouble(), metric.get("scoreError").asDouble());
    }
}
