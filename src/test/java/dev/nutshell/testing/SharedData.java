package dev.nutshell.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the evaluation data that lives outside the repository: {@code ../shared/eval}
 * beside the project directory, or where the system property {@value #DIRECTORY_PROPERTY} points.
 *
 * <p>A clone with nothing beside it has no such data, and its {@code mvn -B verify} must still
 * pass: a test that needs the data is then skipped (a JUnit assumption), saying where it looked.
 * CI has the data and runs with {@code -D}{@value #REQUIRED_PROPERTY}{@code =true} ({@code .ci/run}),
 * so that there a missing folder fails instead of silently skipping the checks.
 */
public final class SharedData {
    /** The system property naming the evaluation folder. */
    public static final String DIRECTORY_PROPERTY = "nutshell.eval.dir";
    /** The system property that turns a missing evaluation folder into a failure. */
    public static final String REQUIRED_PROPERTY = "nutshell.eval.required";

    private SharedData() {
    }

    /**
     * The evaluation folder, if it holds {@code entry}; otherwise the calling test is skipped, or
     * fails when the data is required.
     *
     * @param entry a file or folder the test needs inside the evaluation folder, e.g. {@code rouge-check}
     * @return the evaluation folder
     */
    public static Path evaluationDirectory(String entry) {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path projectDirectory = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path directory = configured != null ? Path.of(configured) : projectDirectory.resolve("../shared/eval").normalize();
        if (!Files.exists(directory.resolve(entry))) {
            String message = "evaluation data not found: expected " + entry + " in " + directory.toAbsolutePath()
                    + " (../shared/eval beside the project; set -D" + DIRECTORY_PROPERTY + "=... to point elsewhere)";
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return directory;
    }
}
