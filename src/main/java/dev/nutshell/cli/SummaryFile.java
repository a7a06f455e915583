package dev.nutshell.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A system output file: one {@code {"id":..,"summary_sentences":[..]}} line per document, UTF-8,
 * the format that {@code nutshell rouge --system} reads.
 *
 * <p>Written all at once, to a temporary file beside the target that is then moved over it, so the
 * target is either the old file or the complete new one, never half of it: an evaluation that
 * fails or is interrupted leaves nothing that could be mistaken for a result.
 *
 * <p>Immutable and thread-safe; {@link #write} does I/O.
 */
final class SummaryFile {
    /** The member that holds a document's summary sentences. */
    static final String SENTENCES = "summary_sentences";

    private final String name;
    private final Path path;

    private SummaryFile(String name, Path path) {
        this.name = name;
        this.path = path;
    }

    /**
     * Checks a target before the work that leads to it, so that a typo in a directory name fails at
     * once rather than after minutes of summarizing.
     *
     * @param name the file name the user gave
     * @param protectedFile a file the output must not replace (the input data), as the user gave it
     * @return the target
     * @throws UsageException if the name is not a path, is a directory, is in a directory that does not
     *     exist or is not writable, or names the protected file
     */
    static SummaryFile checked(String name, String protectedFile) {
        Path path;
        try {
            path = Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new UsageException("cannot write " + name + ": " + e.getMessage());
        }
        Path directory = path.getParent();
        if (Files.isDirectory(path)) {
            throw new UsageException("cannot write " + name + ": it is a directory");
        } else if (directory == null || !Files.isDirectory(directory)) {
            throw new UsageException("cannot write " + name + ": no such directory");
        } else if (!Files.isWritable(directory)) {
            throw new UsageException("cannot write " + name + ": permission denied");
        } else if (sameFile(path, protectedFile)) {
            throw new UsageException("cannot write " + name + ": it is the input " + protectedFile);
        }
        return new SummaryFile(name, path);
    }

    private static boolean sameFile(Path path, String other) {
        try {
            return Files.exists(path) && Files.isSameFile(path, Path.of(other));
        } catch (IOException | InvalidPathException e) {
            return false; // the input was read, so only the output can be missing: not the same file
        }
    }

    /**
     * Writes the summaries, replacing the file if it exists.
     *
     * @param ids the documents' ids, in order
     * @param summaries each document's summary sentences, in the same order
     * @throws UsageException if the file cannot be written; the target is then left as it was
     */
    void write(List<String> ids, List<List<String>> summaries) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (int index = 0; index < ids.size(); index++) {
                    writer.write(line(ids.get(index), summaries.get(index)));
                }
            }
            move(temporary);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UsageException("cannot write " + name + ": " + e.getMessage());
        }
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
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems refuse the atomic flag; beside the target, a plain move is still a rename there.
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write error is the one to report; a stray temporary file is the lesser problem.
        }
    }
}
