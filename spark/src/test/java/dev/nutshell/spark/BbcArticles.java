package dev.nutshell.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the BBC dev set, which lives outside the repository: {@code ../shared/eval}
 * beside the repository (this module's folder is one level down), or where {@code
 * -Dnutshell.eval.dir} points. As in the library's tests, a clone with nothing beside it skips the
 * tests that need it, and {@code -Dnutshell.eval.required=true} (CI) turns that into a failure.
 */
final class BbcArticles {
    private static final String FILE = "bbc-dev.jsonl";

    private BbcArticles() {
    }

    /** @return the BBC dev set's path; skips or fails the calling test when it is missing */
    static Path file() {
        String configured = System.getProperty("nutshell.eval.dir");
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path directory = configured != null ? Path.of(configured) : module.resolve("../../shared/eval").normalize();
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            String message = "evaluation data not found: expected " + file.toAbsolutePath()
                    + " (../shared/eval beside the repository; set -Dnutshell.eval.dir=... to point elsewhere)";
            if (Boolean.getBoolean("nutshell.eval.required")) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return file;
    }
}
