import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The consumer check, run by the consumer build once it has compiled README.md's Java example
 * ({@code example.ReadmeExample}) against a POM that declares only {@code dev.nutshell:nutshell}:
 *
 * <ol>
 *   <li>the run-time class path holds exactly the jars a library user inherits (Nutshell, OpenNLP,
 *       its English sentence model, the SLF4J API), so nothing test-scoped or CLI-only leaks in;
 *       it prints them with their sizes (the README's "Dependency footprint");
 *   <li>the jar's module descriptor exports exactly the API packages;
 *   <li>the README example, run on the sample article on the class path, exits 0, writes nothing
 *       to stderr and prints 3 lines {@code index start end score text}, each text being the
 *       article's substring at those offsets, in document order; on the module path it prints the
 *       same;
 *   <li>on an article whose sentence boundaries need the OpenNLP model (which makes OpenNLP create
 *       SLF4J loggers), stderr stays empty without any SLF4J provider, on both paths;
 *   <li>the command-line jar, when built beside it, is quiet on that article too.
 * </ol>
 *
 * <p>Exits with status 1 when any check fails. Run as a single-file program; see the consumer's
 * pom.xml for the arguments.
 */
public final class CheckConsumer {
    private static final Set<String> INHERITED = Set.of(
            "dev.nutshell:nutshell",
            "org.apache.opennlp:opennlp-tools",
            "org.apache.opennlp:opennlp-models-sentdetect-en",
            "org.apache.opennlp:opennlp-models-pos-en",
            "org.slf4j:slf4j-api",
            "org.jsoup:jsoup");
    private static final Set<String> API_PACKAGES = Set.of(
            "dev.nutshell", "dev.nutshell.article", "dev.nutshell.evaluation", "dev.nutshell.keyphrases", "dev.nutshell.scoring",
            "dev.nutshell.selection", "dev.nutshell.text", "dev.nutshell.extraction");
    /** Classes of the command line, the tests and logging backends: none may reach a user. */
    private static final List<String> NOT_INHERITED = List.of(
            "picocli.CommandLine", "org.slf4j.nop.NOPServiceProvider", "org.slf4j.simple.SimpleServiceProvider",
            "com.fasterxml.jackson.databind.ObjectMapper", "org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest",
            "org.junit.jupiter.api.Test");
    /** The modules that only the command line needs: module users must not need them. */
    private static final Set<String> STATIC_REQUIRES = Set.of(
            "info.picocli", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind", "commons.math3");
    private static final int SUMMARY_SENTENCES = 3;
    private static final long TIMEOUT_SECONDS = 120;

    private final Map<String, String> options;
    private final List<Path> jars = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();
    private int passed;
    private int failed;

    private CheckConsumer(Map<String, String> options) {
        this.options = options;
        for (String entry : option("classpath").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            (Files.isDirectory(path) ? directories : jars).add(path);
        }
    }

    public static void main(String[] args) throws Exception {
        CheckConsumer check = new CheckConsumer(parse(args));
        check.run();
        System.out.println("consumer check: " + check.passed + " checks passed, " + check.failed + " failed");
        if (check.failed > 0) {
            System.exit(1);
        }
    }

    private void run() throws Exception {
        checkInheritedJars();
        checkModuleDescriptor();
        String article = Files.readString(Path.of(option("readme-article")), StandardCharsets.UTF_8);
        Result onClassPath = runExample(classPathCommand(), option("readme-article"), null);
        if (quietSuccess("README example, class path", onClassPath)) {
            checkSummaryLines(onClassPath.stdout, article);
            System.out.println("README example output (class path):");
            System.out.print(onClassPath.stdout.indent(4));
        }
        Result onModulePath = runExample(modulePathCommand(), option("readme-article"), null);
        if (quietSuccess("README example, module path", onModulePath)) {
            check("README example prints the same on the module path", onModulePath.stdout.equals(onClassPath.stdout),
                    onModulePath.stdout);
        }
        checkQuietWhenTheModelIsAsked("class path", classPathCommand());
        checkQuietWhenTheModelIsAsked("module path", modulePathCommand());
        checkCommandLineJar();
    }

    /** Check 1: the resolved run-time jars, by groupId:artifactId, and classes that must not be there. */
    private void checkInheritedJars() throws IOException {
        Map<String, Path> byArtifact = new LinkedHashMap<>();
        for (Path jar : jars) {
            byArtifact.put(coordinates(jar), jar);
        }
        Set<String> unexpected = new TreeSet<>(byArtifact.keySet());
        unexpected.removeAll(INHERITED);
        Set<String> missing = new TreeSet<>(INHERITED);
        missing.removeAll(byArtifact.keySet());
        check("run-time class path holds exactly " + new TreeSet<>(INHERITED),
                unexpected.isEmpty() && missing.isEmpty(), "unexpected " + unexpected + ", missing " + missing);
        printFootprint(byArtifact);
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            for (String name : NOT_INHERITED) {
                check(name + " is not on a user's class path", !loadable(loader, name), name + " was loadable");
            }
            check("dev.nutshell.Summarizer is on a user's class path", loadable(loader, "dev.nutshell.Summarizer"), "");
        }
    }

    private void printFootprint(Map<String, Path> byArtifact) throws IOException {
        System.out.println("What a user inherits (mvn dependency resolution of this POM):");
        System.out.println("| artifact | version | jar size |");
        System.out.println("| --- | --- | ---: |");
        long total = 0;
        for (Map.Entry<String, Path> entry : byArtifact.entrySet()) {
            long size = Files.size(entry.getValue());
            total += size;
            System.out.printf("| `%s` | %s | %,d bytes |%n", entry.getKey(), version(entry.getValue()), size);
        }
        System.out.printf("| total | | %,d bytes |%n", total);
    }

    /** Check 2: the module exports the API packages, nothing else, and needs the command line's modules only statically. */
    private void checkModuleDescriptor() {
        Path nutshell = jars.stream().filter(jar -> coordinates(jar).equals("dev.nutshell:nutshell")).findFirst().orElse(null);
        if (nutshell == null) {
            check("the Nutshell jar is resolved", false, "no dev.nutshell:nutshell jar among " + jars);
            return;
        }
        ModuleDescriptor module = ModuleFinder.of(nutshell).findAll().iterator().next().descriptor();
        check("the jar is the explicit module dev.nutshell", module.name().equals("dev.nutshell") && !module.isAutomatic(),
                module.toString());
        Set<String> exported = module.exports().stream().filter(export -> !export.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        check("module exports exactly the API packages", exported.equals(new TreeSet<>(API_PACKAGES)), exported.toString());
        boolean commandLineStatic = module.requires().stream().filter(required -> STATIC_REQUIRES.contains(required.name()))
                .allMatch(required -> required.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        check("module requires picocli, Jackson and Commons Math only statically", commandLineStatic,
                module.requires().toString());
    }

    /** Check 3: exit 0, nothing on stderr. */
    private boolean quietSuccess(String what, Result result) {
        boolean ok = check(what + " exits 0", result.exitCode == 0, "exit " + result.exitCode + ", stderr:\n" + result.stderr)
                & check(what + " writes nothing to stderr", result.stderr.isEmpty(), "stderr:\n" + result.stderr);
        return ok;
    }

    /**
     * Check 3: the README example's lines, {@code index start end score text}; a text is read as
     * {@code end - start} characters, so a sentence holding a line break would still parse.
     */
    private void checkSummaryLines(String output, String article) {
        List<String> problems = new ArrayList<>();
        int position = 0;
        int sentences = 0;
        int previousStart = -1;
        while (position < output.length()) {
            String[] fields = output.substring(position).split(" ", 5);
            try {
                int index = Integer.parseInt(fields[0]);
                int start = Integer.parseInt(fields[1]);
                int end = Integer.parseInt(fields[2]);
                double score = Double.parseDouble(fields[3]);
                int textStart = position + fields[0].length() + fields[1].length() + fields[2].length() + fields[3].length() + 4;
                String text = output.substring(textStart, Math.min(output.length(), textStart + end - start));
                if (index < 0 || start <= previousStart || end > article.length() || !Double.isFinite(score)) {
                    problems.add("bad fields in " + output.substring(position, textStart));
                } else if (!text.equals(article.substring(start, end))) {
                    problems.add("text of " + start + ".." + end + " is not the article's: " + text);
                }
                previousStart = start;
                position = textStart + text.length();
                if (position >= output.length() || output.charAt(position) != '\n') {
                    problems.add("no line break after the text at " + start + ".." + end);
                }
                position++;
                sentences++;
            } catch (RuntimeException e) {
                problems.add("cannot parse line at offset " + position + ": " + e);
                break;
            }
        }
        check("README example prints " + SUMMARY_SENTENCES + " lines", sentences == SUMMARY_SENTENCES, output);
        check("each line is index start end score text, text == article.substring(start, end), in document order",
                problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Check 4: an article the boundary rules cannot settle alone, so that OpenNLP's sentence model
     * runs and OpenNLP creates its SLF4J loggers (the class-load log shows it); stderr stays empty.
     */
    private void checkQuietWhenTheModelIsAsked(String where, List<String> command) throws Exception {
        Path classLog = Files.createTempFile("nutshell-consumer-classes", ".log");
        try {
            Result result = runExample(command, option("model-article"), "-Xlog:class+load=info:file=" + classLog);
            quietSuccess("ambiguous-boundary article, " + where, result);
            String loaded = Files.readString(classLog);
            check("the model was asked (OpenNLP's StringUtil and SLF4J loaded), " + where,
                    loaded.contains(" opennlp.tools.util.StringUtil ") && loaded.contains(" org.slf4j.LoggerFactory "),
                    "the article no longer reaches OpenNLP's model: pick one that does");
        } finally {
            Files.deleteIfExists(classLog);
        }
    }

    /** Check 5: the command-line jar bundles slf4j-nop and is quiet on the same article. */
    private void checkCommandLineJar() throws Exception {
        Path cli = Path.of(option("cli-jar"));
        if (!Files.isRegularFile(cli)) {
            System.out.println("skipped: command-line jar not built at " + cli);
            return;
        }
        Result result = execute(List.of(option("java"), "-jar", cli.toString(), "summarize", option("model-article")));
        quietSuccess("command-line jar", result);
        check("command-line jar prints a summary", !result.stdout.isBlank(), result.stdout);
    }

    private List<String> classPathCommand() {
        return List.of(option("java"), "-cp", join(directories, jars), "example.ReadmeExample");
    }

    private List<String> modulePathCommand() {
        return List.of(option("java"), "--module-path", join(jars, List.of()), "--add-modules", "dev.nutshell",
                "-cp", join(directories, List.of()), "example.ReadmeExample");
    }

    private Result runExample(List<String> command, String article, String jvmOption) throws Exception {
        List<String> full = new ArrayList<>(command);
        if (jvmOption != null) {
            full.add(1, jvmOption);
        }
        full.add(article);
        return execute(full);
    }

    private static Result execute(List<String> command) throws Exception {
        Path out = Files.createTempFile("nutshell-consumer", ".out");
        Path err = Files.createTempFile("nutshell-consumer", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "", "timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private boolean check(String what, boolean ok, String detail) {
        if (ok) {
            passed++;
            System.out.println("ok: " + what);
        } else {
            failed++;
            System.out.println("FAILED: " + what + "\n" + detail.indent(4));
        }
        return ok;
    }

    private static boolean loadable(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** groupId:artifactId of a jar in the local repository's layout (group/dirs/artifact/version/file). */
    private String coordinates(Path jar) {
        Path artifactDirectory = jar.toAbsolutePath().getParent().getParent();
        Path repository = Path.of(option("repository")).toAbsolutePath();
        if (!artifactDirectory.startsWith(repository)) {
            return jar.toString(); // not from the local repository: reported as unexpected
        }
        List<String> group = new ArrayList<>();
        for (Path part : repository.relativize(artifactDirectory.getParent())) {
            group.add(part.toString());
        }
        return String.join(".", group) + ":" + artifactDirectory.getFileName();
    }

    private static String version(Path jar) {
        return jar.getParent().getFileName().toString();
    }

    private static String join(List<Path> first, List<Path> second) {
        List<String> entries = new ArrayList<>();
        first.forEach(path -> entries.add(path.toString()));
        second.forEach(path -> entries.add(path.toString()));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
