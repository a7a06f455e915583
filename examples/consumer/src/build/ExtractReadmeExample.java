import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code example/ReadmeExample.java}: a class whose {@code main} reads the article named by
 * its first argument into {@code String text} and then runs the first {@code ```java} block of
 * README.md, verbatim. The imports are the library's exported packages, so the block needs none of
 * its own. Exits with status 1 when README.md has no such block.
 *
 * <p>Run as a single-file program: {@code java ExtractReadmeExample.java README.md OUTPUT_DIR}.
 */
public final class ExtractReadmeExample {
    private static final String HEADER = """
            // Generated from README.md (its first ```java block) by src/build/ExtractReadmeExample.java.
            // Do not edit: change README.md.
            package example;

            import dev.nutshell.*;
            import dev.nutshell.article.*;
            import dev.nutshell.evaluation.*;
            import dev.nutshell.scoring.*;
            import dev.nutshell.selection.*;
            import dev.nutshell.text.*;

            /** README.md's Java example, on the article in the file named by the first argument. */
            public final class ReadmeExample {
                private ReadmeExample() {
                }

                public static void main(String[] args) throws Exception {
                    String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
            // ---- README.md, verbatim ----
            """;
    private static final String FOOTER = """
            // ---- end of README.md ----
                }
            }
            """;

    private ExtractReadmeExample() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            fail("usage: java ExtractReadmeExample.java README.md OUTPUT_DIR");
        }
        Path readme = Path.of(args[0]);
        List<String> block = firstJavaBlock(Files.readAllLines(readme, StandardCharsets.UTF_8));
        if (block.isEmpty()) {
            fail(readme + " has no ```java block: the consumer check runs the README's Java example");
        }
        Path output = Path.of(args[1], "example", "ReadmeExample.java");
        Files.createDirectories(output.getParent());
        String source = HEADER + String.join("\n", block) + "\n" + FOOTER;
        Files.writeString(output, source, StandardCharsets.UTF_8);
        System.out.println("README example (" + block.size() + " lines) -> " + output);
    }

    /** The lines between the first line "```java" and the next "```", or none. */
    static List<String> firstJavaBlock(List<String> lines) {
        List<String> block = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (!inside && line.strip().equals("```java")) {
                inside = true;
            } else if (inside && line.strip().equals("```")) {
                return block;
            } else if (inside) {
                block.add(line);
            }
        }
        return inside ? List.of() : block;
    }

    private static void fail(String message) {
        System.err.println("ExtractReadmeExample: " + message);
        System.exit(1);
    }
}
