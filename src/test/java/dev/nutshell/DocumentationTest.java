package dev.nutshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nutshell.cli.NutshellCommand;
import dev.nutshell.scoring.Algorithm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lists that the documentation has to repeat stay true to the one place that defines them: the
 * algorithms ({@link Algorithm#names()}) and the commands (the subcommands {@code nutshell --help}
 * lists). And every relative link of the README and {@code docs/} leads to a file that exists.
 */
class DocumentationTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Pattern TABLE_NAME = Pattern.compile("^\\| `([a-z0-9-]+)`", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void theAlgorithmsPageListsExactlyTheBuiltInAlgorithms() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = TABLE_NAME.matcher(read("docs/algorithms.md"));
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertEquals(new TreeSet<>(Algorithm.names()), documented);
    }

    @Test
    void theCommandLinePageAndTheChangelogNameEveryCommand() throws IOException {
        List<String> commands = commands();
        String commandLine = read("docs/command-line.md");
        String changelog = read("CHANGELOG.md");

        assertFalse(commands.isEmpty());
        for (String command : commands) {
            assertTrue(commandLine.contains("nutshell " + command), "docs/command-line.md misses " + command);
            assertTrue(changelog.contains("`" + command + "`"), "CHANGELOG.md misses " + command);
        }
    }

    @Test
    void theChangelogNamesEveryAlgorithm() throws IOException {
        String changelog = read("CHANGELOG.md");

        for (String name : Algorithm.names()) {
            assertTrue(changelog.contains("`" + name + "`"), "CHANGELOG.md misses " + name);
        }
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(PROJECT.resolve("README.md"), PROJECT.resolve("benchmarks/README.md")));
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (!target.contains("://") && !Files.exists(page.getParent().resolve(target))) {
                    broken.add(PROJECT.relativize(page) + " -> " + target);
                }
            }
        }

        assertEquals(List.of(), broken);
    }

    /** The subcommands, as {@code nutshell --help} lists them under "Commands:", but {@code help}. */
    private static List<String> commands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        NutshellCommand.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String help = out.toString(StandardCharsets.UTF_8);
        List<String> commands = new ArrayList<>();
        boolean inList = false;
        for (String line : help.split("\n")) {
            if (line.startsWith("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank() || inList && !line.startsWith(" ")) {
                inList = false;
            } else if (inList && line.matches("  [a-z]+ .*") && !line.startsWith("  help ")) {
                commands.add(line.trim().split("\\s+")[0]);
            }
        }
        return commands;
    }

    private static String read(String file) throws IOException {
        return Files.readString(PROJECT.resolve(file));
    }
}
