package dev.nutshell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line as its own process, for what only a real process shows: file descriptors,
 * closed pipes, the locale's charset, the heap limit. It runs the test class path's
 * {@link NutshellCommand}, on the JVM that runs the tests.
 */
final class CommandProcess {

    private CommandProcess() {
    }

    /** @return {@code java -cp <test class path> dev.nutshell.cli.NutshellCommand}, ready for more arguments */
    static List<String> command(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NutshellCommand.class.getName()));
        return command;
    }

    /**
     * @param command the whole command
     * @param environment variables to set (the rest is inherited)
     * @return a builder for it, with standard input from nowhere
     */
    static ProcessBuilder builder(List<String> command, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        return builder;
    }

    /** Starts the process, turning the checked exception into an unchecked one. */
    static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end and returns its exit status. */
    static int exitStatus(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
