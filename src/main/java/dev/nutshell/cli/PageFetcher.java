package dev.nutshell.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a web page for {@code --url}: the command line's only network access; the library never
 * has any. HTTP and HTTPS only; redirects followed by hand, at most {@value #MAX_REDIRECTS}; a
 * timeout to connect and one for the whole response; the body read up to a byte limit. Every
 * failure is a {@link UsageException} naming the URL.
 */
final class PageFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    /**
     * A fetched page.
     *
     * @param bytes the body, at most the limit
     * @param charset the charset the server declared in its {@code Content-Type}, if any it names and Java knows
     * @param uri the page's final address, after redirects
     */
    record Response(byte[] bytes, Optional<Charset> charset, URI uri) {
    }

    private final Duration timeout;
    private final HttpClient client;

    /** @param timeout the most time to connect, and for each response to arrive in full */
    PageFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /**
     * @param url the address the user gave
     * @param maxBytes the most bytes of the body
     * @return the page
     * @throws UsageException for a bad URL, a network error, a timeout, an HTTP error status, too many
     *     redirects, or a body longer than {@code maxBytes}
     */
    Response fetch(String url, int maxBytes) {
        URI uri = parse(url);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = send(uri, url, maxBytes);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                if (redirects == MAX_REDIRECTS) {
                    throw new UsageException("cannot fetch " + url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                uri = resolve(uri, response.headers().firstValue("location").get(), url);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new UsageException("cannot fetch " + url + ": HTTP status " + status);
            }
            return new Response(response.body(), charset(response.headers().firstValue("content-type").orElse("")), uri);
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new UsageException("--url must be an http or https address, was " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a valid address: " + e.getMessage());
        }
    }

    private static URI resolve(URI base, String location, String url) {
        try {
            URI next = base.resolve(new URI(location.trim()));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new UsageException("cannot fetch " + url + ": redirected to a non-HTTP address");
            }
            return next;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UsageException("cannot fetch " + url + ": bad redirect location " + location);
        }
    }

    /**
     * One request and its whole response, within the timeout: the client's own timeout ends at the
     * response's headers, so the body is awaited with a deadline too, and a server that trickles a
     * page byte by byte cannot hold the command forever.
     */
    private HttpResponse<byte[]> send(URI uri, String url, int maxBytes) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("User-Agent", "nutshell/" + NutshellCommand.VersionProvider.version())
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> response;
        try {
            response = client.sendAsync(request, info -> new LimitedBody(maxBytes));
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot fetch " + url + ": " + e.getMessage());
        }
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new UsageException("cannot fetch " + url + ": timed out after " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new UsageException("cannot fetch " + url + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof LimitedBody.TooLong) {
                throw new UsageException("cannot fetch " + url + ": the page is longer than " + maxBytes
                        + " bytes (raise the limit with --max-chars)");
            }
            throw new UsageException("cannot fetch " + url + ": " + describe(cause));
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The charset of a {@code Content-Type} header value, if it names one Java knows. */
    static Optional<Charset> charset(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(matcher.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty(); // the page's own declaration, or UTF-8, then decides
        }
    }
}
