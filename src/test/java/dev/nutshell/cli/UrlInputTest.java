package dev.nutshell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --url} against a local HTTP server: pages, redirects, errors, limits and charsets. */
class UrlInputTest {
    private static final String UMLAUTS = "Der Haushalt für das nächste Jahr wurde am Dienstag beschlossen, nach langer Debatte.";

    private HttpServer server;
    private ExecutorService executor;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news", exchange -> send(exchange, 200, "text/html; charset=utf-8",
                Pages.NEWS.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/latin1", exchange -> send(exchange, 200, "text/html; charset=ISO-8859-1",
                ("<p>" + UMLAUTS + "</p>").getBytes(Charset.forName("ISO-8859-1"))));
        server.createContext("/undeclared", exchange -> send(exchange, 200, "text/html",
                ("<meta charset=\"windows-1252\"><p>" + UMLAUTS + "</p>").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/moved", exchange -> redirect(exchange, "/news"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/missing", exchange -> send(exchange, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", exchange -> send(exchange, 200, "text/html", new byte[2_000_000]));
        server.createContext("/slow", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS); // never answers before the client gives up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "text/html", new byte[0]);
        });
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @Test
    void extractsAFetchedPage() {
        assertEquals(Pages.TEXT + "\n", Invocation.run("", "extract", "--url", url("/news")).assertSuccess().out());
    }

    @Test
    void summarizesAFetchedPage() {
        assertEquals(2, Invocation.run("", "summarize", "--sentences", "2", "--url", url("/news")).assertSuccess()
                .outLines().size());
    }

    @Test
    void followsRedirects() {
        assertEquals(Pages.TEXT + "\n", Invocation.run("", "extract", "--url", url("/moved")).assertSuccess().out());
    }

    @Test
    void stopsAfterFiveRedirects() {
        String message = Invocation.run("", "extract", "--url", url("/loop")).assertUsageError();
        assertTrue(message.endsWith("more than 5 redirects"), message);
    }

    @Test
    void decodesWithTheCharsetOfTheContentType() {
        assertEquals(UMLAUTS + "\n", Invocation.run("", "extract", "--url", url("/latin1")).assertSuccess().out());
    }

    @Test
    void decodesWithThePagesOwnCharsetWhenTheServerNamesNone() {
        assertEquals(UMLAUTS + "\n", Invocation.run("", "extract", "--url", url("/undeclared")).assertSuccess().out());
    }

    @Test
    void anHttpErrorIsAUsageError() {
        String message = Invocation.run("", "extract", "--url", url("/missing")).assertUsageError();
        assertTrue(message.endsWith("HTTP status 404"), message);
    }

    @Test
    void aPageLongerThanTheLimitIsRefused() {
        String message = Invocation.run("", "extract", "--max-chars", "1000000", "--url", url("/huge")).assertUsageError();
        assertTrue(message.contains("longer than 1000000 bytes"), message);
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        String message = Invocation.run("", "extract", "--timeout", "1", "--url", url("/slow")).assertUsageError();
        assertTrue(message.contains("timed out"), message);
    }

    @Test
    void onlyHttpAddressesAreFetched() {
        String message = Invocation.run("", "extract", "--url", "file:///etc/passwd").assertUsageError();
        assertEquals("--url must be an http or https address, was file:///etc/passwd", message);
    }

    @Test
    void aUrlAndAFileDoNotGoTogether() {
        String message = Invocation.run("", "extract", "--url", url("/news"), "page.html").assertUsageError();
        assertEquals("give either --url or FILE, not both", message);
    }
}
