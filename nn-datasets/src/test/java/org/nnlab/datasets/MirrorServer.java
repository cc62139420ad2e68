package org.nnlab.datasets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server on 127.0.0.1 with one mirror per path prefix, each misbehaving in its own way:
 * {@code /missing/} (404), {@code /broken/} (500), {@code /corrupt/} (gzip of other bytes),
 * {@code /plain/} (the bytes not gzipped), {@code /cut/} (closes halfway through the body),
 * {@code /stall/} (sends half, then nothing for 10 s) and {@code /good/}.
 */
final class MirrorServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    /** @param files the gzipped bytes to serve, by file name ({@code name.gz}) */
    MirrorServer(Map<String, byte[]> files) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/missing/", exchange -> status(exchange, 404));
        server.createContext("/broken/", exchange -> status(exchange, 500));
        serve("/corrupt/", files, bytes -> IdxFixtures.gzip("not the right content".getBytes()), Delivery.WHOLE);
        serve("/plain/", files, bytes -> "plain bytes, no gzip header".getBytes(), Delivery.WHOLE);
        serve("/cut/", files, Function.identity(), Delivery.CUT);
        serve("/stall/", files, Function.identity(), Delivery.STALL);
        serve("/good/", files, Function.identity(), Delivery.WHOLE);
        server.start();
    }

    URI mirror(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name + "/");
    }

    /** The paths requested so far, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private enum Delivery { WHOLE, CUT, STALL }

    private void serve(String prefix, Map<String, byte[]> files, Function<byte[], byte[]> transform,
                       Delivery delivery) {
        server.createContext(prefix, exchange -> {
            String name = exchange.getRequestURI().getPath().substring(prefix.length());
            byte[] original = files.get(name);
            if (original == null) {
                status(exchange, 404);
                return;
            }
            requests.add(exchange.getRequestURI().getPath());
            byte[] body = transform.apply(original);
            exchange.sendResponseHeaders(200, body.length);
            int half = body.length / 2;
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, half);
            out.flush();
            if (delivery == Delivery.STALL) {
                pause();
            }
            if (delivery != Delivery.WHOLE) {
                throw new IOException("transfer cut on purpose"); // makes the server drop the connection
            }
            out.write(body, half, body.length - half);
            out.close();
        });
    }

    private static void pause() {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void status(HttpExchange exchange, int code) throws IOException {
        requests.add(exchange.getRequestURI().getPath());
        exchange.sendResponseHeaders(code, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
