package dev.nutshell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The records of a folder for {@code batch}: its {@code .txt}, {@code .html} and {@code .htm}
 * files (any case of the extension), in name order, each one article whose id is the file's name.
 * An HTML file is a page whose main text is summarized, decoded and extracted as {@code summarize
 * --html} does it; with {@code --html} every file is. Only the names are listed up
 * front; each file is read by the worker that summarizes it, so a file that cannot be read, is not
 * UTF-8 or is too long is that record's failure. Subfolders are not entered.
 *
 * <p>Not thread-safe: one reader; the records it hands out are immutable.
 */
final class FolderInput implements BatchInput {
    /** The extensions of the files read, lower case. */
    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm");

    private final Iterator<Path> files;
    private final int maxChars;
    private final boolean html;
    private long number;

    private FolderInput(List<Path> files, int maxChars, boolean html) {
        this.files = files.iterator();
        this.maxChars = maxChars;
        this.html = html;
    }

    /**
     * Lists the folder.
     *
     * @param name the folder as the user gave it
     * @param maxChars the most characters a text file, or bytes an HTML file, may have, {@code >= 1}
     * @param html whether every file is an HTML page, whatever its extension
     * @return its records
     * @throws UsageException if the folder cannot be listed
     */
    static FolderInput of(String name, int maxChars, boolean html) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(name))) {
            for (Path entry : entries) {
                String fileName = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (EXTENSIONS.stream().anyMatch(fileName::endsWith)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            throw InputReader.cannotRead(name, e);
        }
        // Name order, the same on every run and file system: Path compares names char by char.
        files.sort(null);
        return new FolderInput(files, maxChars, html);
    }

    @Override
    public BatchRecord next() {
        if (!files.hasNext()) {
            return null;
        }
        Path file = files.next();
        return new FileRecord(++number, file, maxChars, html || isHtml(file));
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public void close() {
        // Nothing stays open: each file is opened and closed by the worker that reads it.
    }

    /**
     * One file, read by {@link #read()}.
     *
     * @param number its position in name order, from 1
     * @param file the file
     * @param maxChars the most characters it may have, or bytes for a page
     * @param html whether it is an HTML page
     */
    private record FileRecord(long number, Path file, int maxChars, boolean html) implements BatchRecord {
        @Override
        public long size() {
            return 0; // nothing is held until a worker reads it, and the worker's memory is bounded by maxChars
        }

        @Override
        public BatchDocument read() {
            String id = file.getFileName().toString();
            if (html) {
                try {
                    return new BatchDocument(id, null, PageInput.extract(PageInput.bytes(file.toString(), null, maxChars), maxChars));
                } catch (UsageException e) {
                    throw new RecordFailure(id, e.getMessage());
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return BatchDocument.ofText(id, InputReader.decode(in, maxChars, Files.size(file)));
            } catch (IOException e) {
                throw new RecordFailure(id, InputReader.cannotRead(file.toString(), e).getMessage());
            } catch (UsageException e) {
                throw new RecordFailure(id, e.getMessage());
            }
        }
    }
}
