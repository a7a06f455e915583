package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --output} writes where a tool is expected to: through a device or a FIFO, through a
 * symbolic link to its target, with the mode a new file gets from the umask, keeping an existing
 * file's mode.
 */
class OutputFileTest {
    @TempDir
    Path directory;

    private String data() {
        String line = new JsonWriter().beginObject().member("id", "d").member("article", "The harbour reopened. Boats came back.")
                .beginArray("ref").value("The harbour reopened.").endArray().endObject().toString();
        return JsonLinesFixture.write(directory, "data.jsonl", line);
    }

    private Invocation eval(Path output) {
        return Invocation.run("", "eval", "--data", data(), "--reference-field", "ref", "--quiet", "--warm-up-seconds", "0",
                "--timed-seconds", "0", "--output", output.toString());
    }

    private static final String EXPECTED = "{\"id\":\"d\",\"summary_sentences\":[\"The harbour reopened.\",\"Boats came back.\"]}\n";

    /**
     * Opened read-write first, a FIFO has a reader, so the command's open does not wait; what it
     * writes is then read back from the same descriptor.
     */
    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = directory.resolve("summaries.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try (RandomAccessFile reader = new RandomAccessFile(fifo.toFile(), "rw")) {
            eval(fifo).assertSuccess();

            assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                    "still a FIFO");
            byte[] written = new byte[EXPECTED.getBytes(StandardCharsets.UTF_8).length];
            reader.readFully(written);
            assertEquals(EXPECTED, new String(written, StandardCharsets.UTF_8));
        }
    }

    /** A character device made here (root only), like /dev/null: written to, not replaced by a file. */
    @Test
    void aDeviceIsWrittenThroughAndStaysADevice() throws Exception {
        Path device = directory.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod needs root");

        eval(device).assertSuccess();

        assertEquals("character special file", stat(device));
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws IOException {
        Path target = Files.writeString(directory.resolve("target.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(directory.resolve("link.jsonl"), Path.of("target.jsonl"));

        eval(link).assertSuccess();

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(Path.of("target.jsonl"), Files.readSymbolicLink(link));
        assertEquals(EXPECTED, Files.readString(target));
    }

    @Test
    void aDanglingSymbolicLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("link.jsonl"), Path.of("new.jsonl"));

        eval(link).assertSuccess();

        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(EXPECTED, Files.readString(directory.resolve("new.jsonl")));
    }

    /** Compared with a file this JVM creates the ordinary way: 0666 less the umask, as any tool's. */
    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws IOException {
        Path ordinary = directory.resolve("ordinary");
        Files.newOutputStream(ordinary).close();
        Path output = directory.resolve("summaries.jsonl");

        eval(output).assertSuccess();

        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path output = Files.writeString(directory.resolve("summaries.jsonl"), "old\n");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r---w-"));

        eval(output).assertSuccess();

        assertEquals("rw-r---w-", PosixFilePermissions.toString(Files.getPosixFilePermissions(output, LinkOption.NOFOLLOW_LINKS)));
        assertEquals(EXPECTED, Files.readString(output));
    }

    @Test
    void nothingButTheOutputIsLeftInTheDirectory() throws IOException {
        eval(directory.resolve("summaries.jsonl")).assertSuccess();

        try (var files = Files.list(directory)) {
            assertEquals(List.of("data.jsonl", "summaries.jsonl"), files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    private static String stat(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("stat", "-c", "%F", file.toString()).start();
        String type = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return type;
    }
}
