package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line's dependencies (picocli, Jackson) are optional in the POM, so library users do
 * not get them: any use outside {@code dev.nutshell.cli} would fail at run time in their programs
 * with a {@code NoClassDefFoundError}. This test fails first.
 */
class OptionalDependencyTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src/main/java");
    private static final Path CLI = MAIN.resolve("dev/nutshell/cli");

    @Test
    void onlyTheCommandLineImportsPicocliOrJackson() {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(CLI))
                    .filter(OptionalDependencyTest::importsACommandLineDependency)
                    .map(file -> MAIN.relativize(file).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertTrue(Files.isDirectory(CLI), "sources not found at " + MAIN);
        assertEquals(List.of(), offenders);
    }

    private static boolean importsACommandLineDependency(Path file) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            return source.contains("import picocli.") || source.contains("import com.fasterxml.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
