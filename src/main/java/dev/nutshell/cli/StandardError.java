package dev.nutshell.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the process's standard error is a terminal, which decides whether a progress bar is
 * drawn: carriage returns and redraws help someone watching, and fill a log file or a pipe with
 * noise. Java 17 cannot ask ({@code System.console()} is about standard input and output); on Linux
 * the file descriptor's link in {@code /proc/self/fd} names the device, and a terminal is a
 * {@code /dev/pts/*} or {@code /dev/tty*} device. Anywhere the link cannot be read, the answer is no:
 * missing a progress bar costs nothing, a log full of them does.
 *
 * <p>Thread-safe: stateless.
 */
final class StandardError {
    private static final Path DESCRIPTOR = Path.of("/proc/self/fd/2");

    private StandardError() {
    }

    /** @return whether file descriptor 2 is a terminal device; false where that cannot be told */
    static boolean isTerminal() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(DESCRIPTOR).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * @param target where a file descriptor's link points: a path, or {@code pipe:[n]} and the like
     * @return whether that is a terminal device
     */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
