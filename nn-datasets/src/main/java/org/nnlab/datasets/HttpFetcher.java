package org.nnlab.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Copies the body of one HTTP GET into a file with {@code java.net.http}: connect and response timeouts,
 * an idle timeout while the body streams, a size cap, and progress through {@link DownloadProgress}.
 * A failure is an {@link IOException} whose message is a short reason fit for a list of mirror failures.
 */
final class HttpFetcher {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Far above any MNIST file (the largest is 9.9 MB gzipped): a mirror serving more is broken. */
    static final long MAX_BYTES = 256L << 20;
    private static final int BUFFER = 1 << 16;

    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private HttpClient client;

    HttpFetcher(Duration connectTimeout, Duration idleTimeout) {
        this.connectTimeout = connectTimeout;
        this.idleTimeout = idleTimeout;
    }

    static HttpFetcher withDefaultTimeouts() {
        return new HttpFetcher(CONNECT_TIMEOUT, IDLE_TIMEOUT);
    }

    /** Writes the body of {@code uri} into {@code target}, replacing its content. */
    void fetch(URI uri, Path target) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(idleTimeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new IOException("cannot connect" + (e.getMessage() != null ? " (" + e.getMessage() + ")" : ""), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP status " + response.statusCode());
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            long done = copy(body, target, new DownloadProgress(uri, total));
            if (total >= 0 && done != total) {
                throw new IOException("transfer cut short after " + done + " of " + total + " bytes");
            }
        }
    }

    private long copy(InputStream body, Path target, DownloadProgress progress) throws IOException {
        long done = 0;
        try (OutputStream out = Files.newOutputStream(target);
             IdleWatchdog watchdog = IdleWatchdog.start(idleTimeout, body)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            try {
                while ((n = body.read(buffer)) >= 0) {
                    watchdog.touch();
                    out.write(buffer, 0, n);
                    done += n;
                    if (done > MAX_BYTES) {
                        throw new IOException("served more than " + MAX_BYTES + " bytes; not an MNIST file");
                    }
                    progress.update(done);
                }
            } catch (IOException e) {
                if (watchdog.fired()) {
                    throw new IOException("no data for " + idleTimeout.toSeconds() + " s after " + done + " bytes", e);
                }
                throw new IOException("transfer failed after " + done + " bytes: " + e.getMessage(), e);
            }
        }
        progress.finish(done);
        return done;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }
}
