package dev.nutshell.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code nutshell} command line. Its subcommands are the ones {@code execute} adds, the one
 * list of them; {@code nutshell --help} prints it.
 *
 * <p>Exit status: 0 on success, and when standard output is a pipe that its reader closed; 2 for
 * anything the user can fix (a usage error, unreadable, non-UTF-8 or malformed input, input too
 * large for the heap), with exactly one line on standard error starting with {@code nutshell: };
 * 1 for an internal error or a failed write to standard output, also one line unless {@code
 * --debug} asks for the stack trace; 3 for a {@code batch} run that wrote an error line for some
 * record, with its final count on standard error.
 * Input and output are UTF-8 whatever the platform's default charset.
 */
@Command(name = "nutshell",
        mixinStandardHelpOptions = true,
        versionProvider = NutshellCommand.VersionProvider.class,
        descriptionHeading = "%n",
        optionListHeading = "%nOptions:%n",
        description = "Extractive summarization: an article in, its key sentences out, verbatim.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  nutshell summarize article.txt",
            "  nutshell eval --data dev.jsonl --reference-field highlights",
            "  nutshell summarize --help"})
public final class NutshellCommand implements Callable<Integer> {
    /** Exit status of a successful run. */
    static final int EXIT_OK = 0;
    /** Exit status of a bug in Nutshell: nothing the user did wrong. */
    static final int EXIT_INTERNAL_ERROR = 1;
    /** Exit status of a usage or input error: something the user can fix. */
    static final int EXIT_USAGE = 2;
    /** Exit status of a {@code batch} run that went through but could not summarize some records. */
    static final int EXIT_RECORDS_FAILED = 3;

    private static final String PREFIX = "nutshell: ";

    @Spec
    private CommandSpec spec;

    // Inherited, so that it works before or after the subcommand's name; picocli sets this field
    // wherever it is given.
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean debug;

    private final StandardStreams streams;

    private NutshellCommand(StandardStreams streams) {
        this.streams = streams;
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        OptionalInt relaunched = Utf8Relaunch.relaunchIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        String[] arguments = Utf8Relaunch.arguments(args);
        // Not System.out: its PrintStream hides a closed pipe behind checkError() until the run is over.
        OutputStream out = new FailFastOutputStream(new FileOutputStream(FileDescriptor.out));
        int status = run(arguments, System.in, out, System.err, isTerminal(), StandardError.isTerminal());
        System.exit(status);
    }

    /**
     * Runs the command line in-process, as {@code main} does but without exiting: for tests and
     * for programs that embed it. Standard input counts as interactive only when {@code in} is
     * {@link System#in} and the JVM has a console; a progress bar is drawn only when {@code err} is
     * {@link System#err} and that is a terminal.
     *
     * @param args the arguments, as given to {@code main}
     * @param in the input read when no file is named
     * @param out where results go, written as UTF-8 and flushed before returning
     * @param err where usage help and errors go, written as UTF-8 and flushed before returning
     * @return the exit status: 0 success, 1 internal error or failed output, 2 usage or input error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, in == System.in && isTerminal(), err == System.err && StandardError.isTerminal());
    }

    /**
     * Whether standard input and output are a terminal. Up to Java 21 that is exactly when {@link
     * System#console()} is not null. From Java 22 on a console may exist for redirected streams
     * too, and {@code Console.isTerminal()}, which Java 17 cannot name, tells them apart; without
     * it a piped article would get the usage help instead of a summary.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false; // reading the input is the safer guess: it cannot turn a pipe into an error
        }
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean interactiveInput,
            boolean errorIsTerminal) {
        StandardStreams streams = new StandardStreams(in, utf8(out), utf8(err), interactiveInput, errorIsTerminal);
        NutshellCommand command = new NutshellCommand(streams);
        int status;
        try {
            status = command.finish(command.execute(args), out);
        } catch (FailFastOutputStream.Failure e) {
            status = command.outputFailed(e); // while picocli printed the help
        } catch (OutOfMemoryError e) {
            status = command.outOfMemory(e);
        } catch (Error e) {
            // Out of stack on a pathological input: still one line and status 1.
            status = command.internalError(e);
        }
        streams.err().flush();
        return status;
    }

    /**
     * Without a subcommand there is nothing to do: show what there is.
     *
     * @return the usage error status
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(streams.err());
        return EXIT_USAGE;
    }

    private int execute(String[] args) {
        CommandLine commandLine = new CommandLine(this)
                .addSubcommand(new SummarizeCommand(streams))
                .addSubcommand(new ExtractCommand(streams))
                .addSubcommand(new SplitCommand(streams))
                .addSubcommand(new BatchCommand(streams))
                .addSubcommand(new KeywordsCommand(streams))
                .addSubcommand(new RougeCommand(streams))
                .addSubcommand(new EvalCommand(streams))
                .addSubcommand(new EvalKeyphrasesCommand(streams))
                .addSubcommand(new CompareCommand(streams))
                .addSubcommand(new EvalExtractionCommand(streams))
                .addSubcommand(new EvalSplitCommand(streams))
                .addSubcommand(new TuneCommand(streams))
                .addSubcommand(new HelpCommand());
        // Set after adding the subcommands: these settings apply to the commands present.
        AsciiNumbers.register(commandLine);
        commandLine.setOut(streams.out())
                .setErr(streams.err())
                .setParameterExceptionHandler(this::parameterError)
                .setExecutionExceptionHandler(this::executionError);
        return commandLine.execute(args);
    }

    /**
     * Flushes standard output. Print streams and writers swallow write errors, so they are asked
     * explicitly: a full disk must not look like success.
     */
    private int finish(int status, OutputStream out) {
        boolean outputFailed;
        try {
            // Both: each flushes.
            outputFailed = streams.out().checkError() | (out instanceof PrintStream print && print.checkError());
        } catch (FailFastOutputStream.Failure e) {
            return status == EXIT_OK ? outputFailed(e) : status; // an error already has its one line
        }
        if (outputFailed && status == EXIT_OK) {
            status = reportError(EXIT_INTERNAL_ERROR, "cannot write to standard output");
        }
        return status;
    }

    /**
     * A write to standard output failed. A closed pipe means the reader has all it wanted ({@code
     * nutshell split big.txt | head -1}): the run ends quietly with status 0, rather than the 141 of
     * a process killed by SIGPIPE, so that a script under {@code set -o pipefail} does not fail
     * because {@code head} stopped reading. Any other failure is reported.
     */
    private int outputFailed(FailFastOutputStream.Failure e) {
        if (e.closedPipe()) {
            return EXIT_OK;
        }
        return reportError(EXIT_INTERNAL_ERROR, "cannot write to standard output: " + e.getMessage());
    }

    private int parameterError(ParameterException e, String[] args) {
        // Picocli's own words for a repeated length option dump its group model.
        if (e instanceof MaxValuesExceededException && (e.getCommandLine().getCommand() instanceof SummarizeCommand
                || e.getCommandLine().getCommand() instanceof BatchCommand)) {
            return reportError(EXIT_USAGE, SummarizeCommand.LENGTH_REPEATED);
        }
        Object command = e.getCommandLine().getCommand();
        if (command instanceof CompareCommand && e.getMessage().contains(CompareCommand.SYSTEM_SYNOPSIS)) {
            return reportError(EXIT_USAGE, CompareCommand.TWO_SYSTEMS);
        }
        if (e instanceof MaxValuesExceededException
                && (command instanceof EvalCommand || command instanceof TuneCommand || command instanceof CompareCommand)) {
            return reportError(EXIT_USAGE, EvalCommand.LENGTH_REPEATED);
        }
        // Every line already starts with "nutshell: "; picocli's "Error: " would say it twice.
        return reportError(EXIT_USAGE, e.getMessage().replaceFirst("^Error: ", "") + suggestion(e));
    }

    /**
     * Picocli's best guess at a mistyped option or command, for the same line: " (did you mean
     * --sentences?)". Only the best: its runners-up are often far off ("summarise" also suggests
     * compare).
     */
    private static String suggestion(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()
                || unmatched.getUnmatched().isEmpty()) {
            return "";
        }
        return " (did you mean " + unmatched.getSuggestions().get(0) + "?)";
    }

    private int executionError(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof UsageException) {
            return reportError(EXIT_USAGE, e.getMessage());
        }
        if (e instanceof FailFastOutputStream.Failure failure) {
            return outputFailed(failure);
        }
        return internalError(e);
    }

    /**
     * The input needs more heap than the JVM may use: the user's to fix, with a larger heap or a
     * smaller input. What was allocated for it is unreachable once the stack has unwound to here,
     * so there is room to say so.
     */
    private int outOfMemory(OutOfMemoryError e) {
        if (debug) {
            printStackTrace(e);
        }
        long heapMegabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return reportError(EXIT_USAGE, "out of memory (this JVM may use " + heapMegabytes
                + " MB of heap): run java with a larger -Xmx, or lower --max-chars");
    }

    private int internalError(Throwable e) {
        if (debug) {
            printStackTrace(e);
            return EXIT_INTERNAL_ERROR;
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
        return reportError(EXIT_INTERNAL_ERROR,
                "internal error: " + message + " (rerun with --debug for the stack trace)");
    }

    /**
     * The stack trace, each of its lines escaped as error messages are, since its messages may quote
     * user input; only the tab that indents a frame is kept.
     */
    private void printStackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        for (String line : trace.toString().split("\\R")) {
            String indent = line.startsWith("\t") ? "\t" : "";
            streams.err().print(indent + ControlCharacters.escape(line.substring(indent.length())) + "\n");
        }
    }

    /**
     * Prints the message as exactly one line: any line break or other control character in it (a
     * file name, an option value or JSON text quoted in it) is escaped, never sent to the terminal.
     */
    private int reportError(int status, String message) {
        streams.err().print(PREFIX + ControlCharacters.escape(String.valueOf(message)) + "\n");
        return status;
    }

    /**
     * Prints a note on standard error, one line with the usual prefix, for something the user
     * should know about a successful run.
     *
     * @param streams the command's streams
     * @param message the note, one line
     */
    static void note(StandardStreams streams, String message) {
        streams.err().print(PREFIX + ControlCharacters.escape(message) + "\n");
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /**
     * The version of the running jar, from its manifest's {@code Implementation-Version}, or
     * {@code dev} when running from classes that are not in a built jar.
     */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nutshell " + version()};
        }

        static String version() {
            String version = NutshellCommand.class.getPackage().getImplementationVersion();
            return version != null ? version : "dev";
        }
    }
}
