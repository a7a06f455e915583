package dev.nutshell.cli;

import dev.nutshell.extraction.Page;
import dev.nutshell.extraction.PageExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Where an HTML page comes from and how it is read: {@code --url URL}, or a file or standard
 * input. The page's bytes are read up to {@code --max-chars} bytes and decoded as a browser does:
 * by a byte order mark, the server's {@code Content-Type} charset, the page's {@code <meta
 * charset>}, else UTF-8; malformed bytes become U+FFFD rather than an error, as in a browser.
 */
final class PageInput {
    /** The note on standard error for a page in which no article was found. */
    static final String NO_ARTICLE = "note: no article text found in the page";

    @Option(names = "--url", paramLabel = "URL",
            description = "Fetch the page from this http or https address (redirects followed, at most "
                    + PageFetcher.MAX_REDIRECTS + "), instead of reading FILE.")
    private String url;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "30",
            description = "With --url: give up if connecting, or the whole response, takes longer than S seconds."
                    + " Default: ${DEFAULT-VALUE}.")
    private int timeoutSeconds;

    /** @return whether the page comes from the network */
    boolean fromUrl() {
        return url != null;
    }

    /**
     * Reads and extracts the page.
     *
     * @param file the FILE argument, {@code -} or null for standard input; must be null with {@code --url}
     * @param standardInput standard input
     * @param maxBytes the most bytes of the page, {@code >= 1}
     * @return the extracted page
     * @throws UsageException for both {@code --url} and a FILE, a bad timeout, or a page that cannot be
     *     read or fetched or is too long
     */
    Page read(String file, InputStream standardInput, int maxBytes) {
        PageExtractor extractor = PageExtractor.builder().maxInputChars(maxBytes).build();
        if (url == null) {
            return extract(extractor, bytes(file, standardInput, maxBytes), Optional.empty());
        }
        if (file != null) {
            throw new UsageException("give either --url or FILE, not both");
        }
        if (timeoutSeconds < 1) {
            throw new UsageException("--timeout must be >= 1, was " + timeoutSeconds);
        }
        PageFetcher.Response response = new PageFetcher(Duration.ofSeconds(timeoutSeconds)).fetch(url, maxBytes);
        return extract(extractor, response.bytes(), response.charset());
    }

    private static Page extract(PageExtractor extractor, byte[] bytes, Optional<Charset> declared) {
        try {
            // A byte order mark wins over the server's word, as in a browser; jsoup reads it.
            if (declared.isPresent() && !hasByteOrderMark(bytes)) {
                return extractor.extract(new String(bytes, declared.get()));
            }
            return extractor.extract(new ByteArrayInputStream(bytes));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot read the page: " + e.getCause().getMessage());
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                || bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                        || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe);
    }

    /** The page's bytes, at most {@code maxBytes}, from a file or standard input. */
    static byte[] bytes(String file, InputStream standardInput, int maxBytes) {
        boolean standard = file == null || file.equals(InputReader.STANDARD_INPUT);
        try (InputStream in = standard ? InputStream.nullInputStream() : InputReader.open(file)) {
            InputStream source = standard ? standardInput : in;
            byte[] bytes = source.readNBytes(maxBytes);
            if (source.read() >= 0) {
                throw new UsageException("input is longer than " + InputReader.count(maxBytes, "byte")
                        + " (raise the limit with --max-chars)");
            }
            return bytes;
        } catch (IOException e) {
            if (standard) {
                throw new UsageException("cannot read standard input: " + e.getMessage());
            }
            throw InputReader.cannotRead(file, e);
        }
    }
}
