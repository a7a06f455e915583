package dev.nutshell.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A JSON Lines output file of an evaluation, UTF-8: a system output, one {@code
 * {"id":..,"summary_sentences":[..]}} line per document, the format that {@code nutshell rouge
 * --system} reads ({@link #write}), or any other records, such as {@code eval --per-doc}'s scores
 * ({@link #writeLines}).
 *
 * <p>Written as any tool writes, without surprises:
 * <ul>
 * <li>A regular file (or a new one) is written all at once, to a temporary file beside it that is
 * then moved over it, so it is either the old file or the complete new one, never half of it: an
 * evaluation that fails or is interrupted leaves nothing that could be mistaken for a result. A new
 * file gets the mode the umask gives (0666 less the umask); an existing one keeps its mode, and
 * its owner and group where the user may set them (as root).
 * <li>A symbolic link is followed, through every link in a chain, and its target replaced as
 * above: the link stays a link. A dangling link gets its target created.
 * <li>Anything else that is not a directory (a device such as {@code /dev/null}, a FIFO) is
 * written to directly, never replaced by a file.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #write} does I/O.
 */
final class SummaryFile {
    /** The member that holds a document's summary sentences. */
    static final String SENTENCES = "summary_sentences";

    /** Linux gives up after as many links in a chain (MAXSYMLINKS); so does this. */
    private static final int MAX_LINKS = 40;

    private final String name;
    private final Path target;
    private final boolean direct;

    private SummaryFile(String name, Path target, boolean direct) {
        this.name = name;
        this.target = target;
        this.direct = direct;
    }

    /**
     * Checks a target before the work that leads to it, so that a typo in a directory name fails at
     * once rather than after minutes of summarizing.
     *
     * @param name the file name the user gave
     * @param protectedFile a file the output must not replace (the input data), as the user gave it
     * @return the target
     * @throws UsageException if the name is not a path, is a directory, is in a directory that does not
     *     exist or is not writable, names the protected file, or is a link that cannot be followed
     */
    static SummaryFile checked(String name, String protectedFile) {
        Path target;
        try {
            target = followLinks(Path.of(name).toAbsolutePath());
        } catch (IOException | InvalidPathException e) {
            throw new UsageException("cannot write " + name + ": " + e.getMessage());
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("cannot write " + name + ": it is a directory");
        }
        boolean direct = Files.exists(target) && !Files.isRegularFile(target);
        // Written into directly, or replaced by a file made in its directory.
        Path written = direct ? target : directory(name, target);
        if (!Files.isWritable(written)) {
            throw new UsageException("cannot write " + name + ": permission denied");
        }
        if (sameFile(target, protectedFile)) {
            throw new UsageException("cannot write " + name + ": it is the input " + protectedFile);
        }
        return new SummaryFile(name, target, direct);
    }

    private static Path directory(String name, Path target) {
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new UsageException("cannot write " + name + ": no such directory");
        }
        return directory;
    }

    /** The path with every symbolic link in a chain of them resolved, relative ones against their directory. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    private static boolean sameFile(Path path, String other) {
        try {
            return Files.exists(path) && Files.isSameFile(path, Path.of(other));
        } catch (IOException | InvalidPathException e) {
            return false; // the input was read, so only the output can be missing: not the same file
        }
    }

    /**
     * Writes the summaries, replacing a regular file if it exists, or into a device or FIFO.
     *
     * @param ids the documents' ids, in order
     * @param summaries each document's summary sentences, in the same order
     * @throws UsageException if the file cannot be written; a regular file is then left as it was
     */
    void write(List<String> ids, List<List<String>> summaries) {
        List<String> lines = new ArrayList<>(ids.size());
        for (int index = 0; index < ids.size(); index++) {
            lines.add(line(ids.get(index), summaries.get(index)));
        }
        writeLines(lines);
    }

    /**
     * Writes records as {@link #write} writes summaries.
     *
     * @param lines the lines, each a JSON object ending with a line break
     * @throws UsageException if the file cannot be written; a regular file is then left as it was
     */
    void writeLines(List<String> lines) {
        try {
            if (direct) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    writeLines(out, lines);
                }
            } else {
                replace(lines);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + name + ": " + e.getMessage());
        }
    }

    /**
     * @param other another output
     * @return whether both name the same file, so that one would overwrite the other
     */
    boolean sameTarget(SummaryFile other) {
        return target.normalize().equals(other.target.normalize());
    }

    private void replace(List<String> lines) throws IOException {
        Path temporary = createTemporary();
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                writeLines(out, lines);
            }
            keepAttributes(temporary);
            move(temporary);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    /**
     * A new, empty file beside the target. Created without explicit permissions, so the system gives
     * it 0666 less the umask, as a file any tool creates ({@code Files.createTempFile} would give 0600).
     */
    private Path createTemporary() throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives the replacement the existing file's mode, and its owner and group where allowed. */
    private void keepAttributes(Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (!Files.exists(target) || view == null) {
            return; // a new file keeps the umask's mode; a file system without POSIX modes has none to keep
        }
        PosixFileAttributes existing = Files.readAttributes(target, PosixFileAttributes.class);
        view.setPermissions(existing.permissions());
        try {
            view.setGroup(existing.group());
            view.setOwner(existing.owner());
        } catch (IOException e) {
            // Only root may give a file away: the replacement is then the user's, as with any editor.
        }
    }

    private static void writeLines(OutputStream out, List<String> lines) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : lines) {
            writer.write(line);
        }
        writer.flush();
    }

    private static String line(String id, List<String> sentences) {
        JsonWriter json = new JsonWriter().beginObject().member(JsonRecord.ID, id).beginArray(SENTENCES);
        for (String sentence : sentences) {
            json.value(sentence);
        }
        return json.endArray().endObject() + "\n";
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems refuse the atomic flag; beside the target, a plain move is still a rename there.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write error is the one to report; a stray temporary file is the lesser problem.
        }
    }
}
