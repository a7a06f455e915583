package dev.nutshell.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Non-ASCII arguments under a locale whose charset cannot carry them, {@code LC_ALL=C} above all
 * (usual in containers). Java 17 decodes the arguments and encodes file names with {@code
 * sun.jnu.encoding}, which follows the locale (ASCII under C) and which no {@code -D} option can
 * change: {@code café.txt} arrives as {@code caf??.txt} and cannot be opened.
 *
 * <p>So the command line runs itself once more, the same JVM with the same options, class path and
 * main class, under {@code LC_ALL=C.UTF-8}, and hands the arguments' exact bytes down in an
 * environment variable, as hexadecimal: passed as arguments they would go through the broken
 * charset again. The second run inherits standard input, output and error, and its exit status is
 * the first one's. It never runs a third: if it still lacks UTF-8 (no C.UTF-8 locale), it says to
 * set a UTF-8 locale and exits with status 2, as the first run does when it cannot run a second
 * (the raw arguments are read from Linux's {@code /proc/self/cmdline}; elsewhere there is none).
 * ASCII arguments, or a locale whose charset carries them, cost nothing: nothing is run again.
 *
 * <p>Thread-safe: stateless; meant for {@code main}.
 */
final class Utf8Relaunch {
    /** The environment variable that hands the arguments down: each argument's UTF-8 bytes in hex, comma-separated. */
    static final String ARGUMENTS_VARIABLE = "NUTSHELL_ARGUMENTS_UTF8_HEX";

    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private Utf8Relaunch() {
    }

    /**
     * Runs the command line again under C.UTF-8 if the arguments need it.
     *
     * @param args the arguments as the JVM decoded them
     * @return the second run's exit status, or 2 after one line on standard error if the arguments
     *     need UTF-8 and cannot get it; empty if this run can go on with {@link #arguments}
     */
    static OptionalInt relaunchIfNeeded(String[] args) {
        Charset charset = argumentCharset();
        if (System.getenv(ARGUMENTS_VARIABLE) != null) {
            return charset.equals(StandardCharsets.UTF_8) ? OptionalInt.empty() : OptionalInt.of(cannot(charset));
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return OptionalInt.empty();
        }
        Optional<List<byte[]>> commandLine = commandLine();
        if (commandLine.isEmpty() || !isExactly(commandLine.get(), args, charset)) {
            // Without the raw bytes, a replacement character is the sign of a lost one.
            boolean lost = List.of(args).stream().anyMatch(argument -> argument.indexOf('\uFFFD') >= 0);
            return lost ? OptionalInt.of(cannot(charset)) : OptionalInt.empty();
        }
        List<byte[]> raw = commandLine.get().subList(commandLine.get().size() - args.length, commandLine.get().size());
        if (raw.stream().allMatch(Utf8Relaunch::isAscii)) {
            return OptionalInt.empty();
        }
        List<byte[]> launcher = commandLine.get().subList(0, commandLine.get().size() - args.length);
        if (!launcher.stream().allMatch(Utf8Relaunch::isAscii)) {
            return OptionalInt.of(cannot(charset));
        }
        return OptionalInt.of(relaunch(launcher, raw));
    }

    /**
     * @param args the arguments as the JVM decoded them
     * @return the arguments handed down by a first run, if this is the second; otherwise {@code args}
     */
    static String[] arguments(String[] args) {
        String handedDown = System.getenv(ARGUMENTS_VARIABLE);
        if (handedDown == null) {
            return args;
        }
        return List.of(handedDown.split(",", -1)).stream()
                .map(hex -> new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8))
                .toArray(String[]::new);
    }

    private static Charset argumentCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8; // a JVM that names no known charset: nothing to do about it here
        }
    }

    /** The process's command line as the kernel has it, one byte array per argument, java's own first. */
    private static Optional<List<byte[]>> commandLine() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(COMMAND_LINE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
        List<byte[]> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                arguments.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        return Optional.of(arguments);
    }

    /**
     * Whether the command line ends with exactly the arguments the JVM was given: not so if they
     * came from an {@code @argfile}, for instance, and then the raw bytes are not known.
     */
    private static boolean isExactly(List<byte[]> commandLine, String[] args, Charset charset) {
        int first = commandLine.size() - args.length;
        if (first < 1) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!new String(commandLine.get(first + i), charset).equals(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int relaunch(List<byte[]> launcher, List<byte[]> arguments) {
        List<String> command = new ArrayList<>();
        launcher.forEach(part -> command.add(new String(part, StandardCharsets.US_ASCII)));
        ProcessHandle.current().info().command().ifPresent(java -> command.set(0, java));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put(ARGUMENTS_VARIABLE,
                String.join(",", arguments.stream().map(HexFormat.of()::formatHex).toList()));
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy)); // a killed first run takes the second along
            return process.waitFor();
        } catch (IOException e) {
            return cannot(argumentCharset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cannot(argumentCharset());
        }
    }

    private static int cannot(Charset charset) {
        System.err.println("nutshell: the arguments are not ASCII and this locale's charset (" + charset.name()
                + ") cannot pass them to Java: run with LC_ALL=C.UTF-8");
        return NutshellCommand.EXIT_USAGE;
    }
}
