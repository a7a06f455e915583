package dev.nutshell.cli;

import dev.nutshell.Focus;
import dev.nutshell.Length;
import dev.nutshell.Summarizer;
import dev.nutshell.scoring.Algorithm;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nutshell batch}: summarizes every record of a JSON Lines file or every text file of a
 * folder, on several threads, streaming: one output line per record, in input order.
 *
 * <p>Option names and output formats are a contract that scripts depend on; change them only
 * compatibly.
 */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        sortOptions = false,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = {
            "Summarizes every record of a JSON Lines input (one JSON object a line) or every .txt or .html file"
                    + " of a folder, on several threads, and writes one JSON line per record in input order:"
                    + " {\"id\":..,\"language\":..,\"sentences\":[{\"index\",\"start\",\"end\",\"score\",\"text\"}]},"
                    + " the sentences summarize --format json gives for the same text and options (with --keyphrases N,"
                    + " also its \"keyphrases\").",
            "A record that cannot be read or summarized gives {\"id\":..,\"line\":N,\"error\":\"..\"} and the run goes on;"
                    + " the exit status is then 3. A final count goes to standard error.",
            "The input is read as a stream and each line is written as soon as it and all before it are done."
                    + " Stopped with Ctrl-C, the output is complete up to its last line."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell batch --input articles.jsonl --output summaries.jsonl",
            "  nutshell batch --input pages/ --words 60 --threads 4 > summaries.jsonl",
            "  nutshell batch --input articles.jsonl --query \"interest rates\" --keyphrases 5 --output focused.jsonl",
            "  zcat crawl.jsonl.gz | nutshell batch --text-field body --id-field url --input - --output -"})
final class BatchCommand implements Callable<Integer> {
    private static final int DEFAULT_SENTENCES = 3;
    /** The status of a run that Ctrl-C ended, as a shell reports a process ended by SIGINT. */
    private static final int EXIT_INTERRUPTED = 130;
    /** More threads than this is surely a typo: each one may hold a large article. */
    private static final int MOST_THREADS = 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE.jsonl|DIR|-", defaultValue = "-",
            description = "A JSON Lines file, a folder of .txt and .html files (id: the file name), or - for standard input."
                    + " Default: ${DEFAULT-VALUE}.")
    private String input;

    @Option(names = "--output", paramLabel = "FILE.jsonl|-", defaultValue = "-",
            description = "Where the lines go: a file (replaced, written as the run goes), or - for standard output."
                    + " Default: ${DEFAULT-VALUE}.")
    private String output;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "article",
            description = "The member of each JSON record that holds the article. Default: ${DEFAULT-VALUE}.")
    private String textField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = JsonRecord.ID,
            description = "The member that identifies a record, a string or an integer, repeated in its output line"
                    + " (null when a record has none). Default: ${DEFAULT-VALUE}.")
    private String idField;

    @Option(names = "--html",
            description = "The text field, or every file of the folder, is an HTML page: its main text is summarized"
                    + " as summarize --html does, and \"title\" is the page's title. A folder's .html and .htm files"
                    + " are pages without it.")
    private boolean html;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many records are summarized at once, 1 to " + MOST_THREADS
                    + ". Default: the machine's processors.")
    private Integer threads;

    @Mixin
    private LanguageOption language;

    @Option(names = "--algorithm", paramLabel = "NAME", completionCandidates = SummarizeCommand.AlgorithmNames.class,
            description = "How sentences are scored: ${COMPLETION-CANDIDATES}. Default: " + Algorithm.DEFAULT_NAME + ".")
    private String algorithm;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private SummarizeCommand.LengthOptions length;

    @Option(names = "--query", paramLabel = "TEXT",
            description = "Focus every summary on a query, as summarize --query does. A record that shares no word"
                    + " with it gets its generic summary.")
    private String query;

    @Option(names = "--keyphrases", paramLabel = "N",
            description = "Also extract each record's N best keyphrases (N >= 1) from the same analysis: a"
                    + " \"keyphrases\" member after \"sentences\", as summarize --keyphrases --format json writes it.")
    private Integer keyphrases;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + Summarizer.DEFAULT_MAX_INPUT_CHARS,
            description = "A longer article is that record's error; a JSON line may have at most 4 times N"
                    + " characters. Default: ${DEFAULT-VALUE}.")
    private int maxChars;

    @Option(names = "--fail-fast", description = "Stop at the first record that fails, after writing its error line.")
    private boolean failFast;

    @Option(names = "--quiet", description = "No progress line on standard error (there is none unless it is a terminal).")
    private boolean quiet;

    private final StandardStreams streams;

    /** @param streams where to read the records, write the lines, and count */
    BatchCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Summarizes every record and prints the count.
     *
     * @return 0 if every record was summarized, 3 if any failed
     * @throws UsageException for a bad option value, an input that cannot be read, or an output that cannot be written
     */
    @Override
    public Integer call() throws InterruptedException {
        if (isStandardInput(input) && streams.interactiveInput()) {
            // Waiting for records to be typed in would look like a hang: show how to use it instead.
            spec.commandLine().usage(streams.err());
            return NutshellCommand.EXIT_USAGE;
        }
        // Every option is checked before anything is read or written, so that a typo costs nothing.
        Length budget = length == null ? Length.sentences(DEFAULT_SENTENCES) : length.toLength();
        int articleChars = InputLimit.checked(maxChars);
        if (keyphrases != null) {
            KeywordsCommand.checkTop("--keyphrases", keyphrases);
        }
        Focus focus = focus(articleChars);
        Summarizer summarizer = SummarizeCommand.summarizer(algorithm, articleChars, language.analyzer());
        int workers = threads();
        RecordSummarizer records = new RecordSummarizer(summarizer, budget, focus, keyphrases == null ? 0 : keyphrases,
                language.code(), html);
        long start = System.nanoTime();
        try (BatchInput source = openInput(articleChars);
                ProgressBar progress = ProgressBar.of(streams, quiet, "batch")) {
            progress.stage("records", ProgressBar.UNKNOWN_TOTAL);
            Writer writer = openOutput();
            BatchOutput lines = new BatchOutput(writer, output, progress);
            boolean stopped;
            try {
                stopped = runUntilStopped(new BatchRun(source, records, lines, workers, failFast), lines);
            } catch (RuntimeException | Error e) {
                closeQuietly(writer); // the lines written so far were flushed; the run's error is the one to report
                throw e;
            }
            closeOutput(writer);
            if (stopped) {
                return EXIT_INTERRUPTED; // the JVM is ending: the shutdown hook said how far the run got
            }
            progress.close();
            streams.err().print(count(lines, System.nanoTime() - start) + "\n");
            return lines.failed() == 0 ? NutshellCommand.EXIT_OK : NutshellCommand.EXIT_RECORDS_FAILED;
        }
    }

    /**
     * Runs with a shutdown hook that stops the output between two lines when the JVM is asked to
     * end (Ctrl-C, {@code kill}), so that the output is whole lines, and says how far it got.
     */
    private boolean runUntilStopped(BatchRun run, BatchOutput lines) throws InterruptedException {
        Thread hook = new Thread(() -> {
            if (lines.stop()) {
                streams.err().print("batch: interrupted after " + InputReader.count(lines.written(), "record") + " (" + lines.failed()
                        + " failed); the output is complete to its last line\n");
                streams.err().flush();
            }
        }, "nutshell-batch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook runs or has run.
            }
        }
    }

    /** The query as every record's focus; one longer than an article may be is refused before any record is read. */
    private Focus focus(int articleChars) {
        if (query == null) {
            return Focus.none();
        }
        if (query.length() > articleChars) {
            throw new UsageException("--query is " + query.length() + " characters, more than --max-chars " + articleChars);
        }
        return Focus.query(query);
    }

    private int threads() {
        int count = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (count < 1 || count > MOST_THREADS) {
            throw new UsageException("--threads must be within [1, " + MOST_THREADS + "], was " + count);
        }
        return count;
    }

    private BatchInput openInput(int articleChars) {
        int lineChars = (int) Math.min(4L * articleChars, InputLimit.LONGEST_TEXT);
        JsonLinesInput.Fields fields = new JsonLinesInput.Fields(idField, textField);
        if (isStandardInput(input)) {
            return new JsonLinesInput("standard input", streams.in(), false, fields, lineChars);
        }
        if (Files.isDirectory(path(input))) {
            return FolderInput.of(input, articleChars, html);
        }
        return new JsonLinesInput(input, InputReader.open(input), true, fields, lineChars);
    }

    private Writer openOutput() {
        if (isStandardInput(output)) {
            return streams.out();
        }
        Path target = path(output);
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + output + ": it is a directory");
        }
        if (!isStandardInput(input) && sameFile(target, path(input))) {
            throw new UsageException("cannot write " + output + ": it is the input " + input);
        }
        try {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
                    64 * 1024);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot write " + output + ": no such directory");
        } catch (AccessDeniedException e) {
            throw new UsageException("cannot write " + output + ": permission denied");
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private void closeOutput(Writer writer) {
        if (writer == streams.out()) {
            return; // the command line flushes and checks standard output
        }
        try {
            writer.close();
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private void closeQuietly(Writer writer) {
        try {
            closeOutput(writer);
        } catch (UsageException e) {
            // See the caller.
        }
    }

    /** The final count: how many records, how many failed and where the first was, the time and the rate. */
    private String count(BatchOutput lines, long nanos) {
        double seconds = nanos / (double) TimeUnit.SECONDS.toNanos(1);
        long written = lines.written();
        long failed = lines.failed();
        String stoppedAt = failFast && failed > 0 ? "stopped at the first failure; " : "";
        String firstFailure = failed > 0 ? " (the first at " + where() + " " + lines.firstFailedNumber() + ")" : "";
        return "batch: " + stoppedAt + InputReader.count(written, "record") + ", " + (written - failed) + " summarized, "
                + failed + " failed"
                + firstFailure + ", " + Math.round(seconds * 10) / 10.0 + " s, "
                + Math.round(written / Math.max(seconds, 1e-9) * 10) / 10.0 + " records/s";
    }

    private String where() {
        return !isStandardInput(input) && Files.isDirectory(path(input)) ? "file" : "line";
    }

    private static boolean isStandardInput(String name) {
        return name.equals(InputReader.STANDARD_INPUT);
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("not a file name: " + name + " (" + e.getMessage() + ")");
        }
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            return Files.exists(output) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false; // the input was opened, so only the output can be missing: not the same file
        }
    }
}
