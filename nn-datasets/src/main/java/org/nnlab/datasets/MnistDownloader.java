package org.nnlab.datasets;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

import org.nnlab.api.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches missing MNIST files ({@code name.gz}) from a list of mirrors, trying each in turn. A file is
 * written under a temporary name in the target directory, the SHA-256 of its uncompressed content is
 * checked against the known value, and only then is it moved into place atomically; a failed, corrupt or
 * interrupted download leaves nothing behind.
 */
final class MnistDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(MnistDownloader.class);

    private final List<URI> mirrors;
    private final Map<String, String> sha256ByName;
    private final HttpFetcher fetcher;

    /** @param mirrors base URLs ending in {@code /}; {@code name.gz} is resolved against each */
    MnistDownloader(List<URI> mirrors, Map<String, String> sha256ByName, HttpFetcher fetcher) {
        this.mirrors = List.copyOf(mirrors);
        this.sha256ByName = Map.copyOf(sha256ByName);
        this.fetcher = fetcher;
    }

    /** Downloads each of {@code names} into {@code dir} as {@code name.gz}, creating {@code dir} if needed. */
    void download(Path dir, List<String> names) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new UserException(dir.toAbsolutePath() + ": cannot create the MNIST directory (permission denied);"
                    + " set dir: to a directory you can write to, or set NN_DATA_DIR", e);
        }
        if (!Files.isWritable(dir)) {
            throw new UserException(dir.toAbsolutePath() + ": cannot download MNIST into this directory (not"
                    + " writable); set dir: to a directory you can write to, or put the files there yourself");
        }
        for (String name : names) {
            downloadOne(dir, name);
        }
    }

    private void downloadOne(Path dir, String name) throws IOException {
        String expected = sha256ByName.get(name);
        if (expected == null) {
            throw new IllegalArgumentException("no known SHA-256 for " + name);
        }
        String fileName = name + ".gz";
        List<String> failures = new ArrayList<>();
        for (URI mirror : mirrors) {
            URI uri = mirror.resolve(fileName);
            String failure = tryMirror(uri, dir, fileName, expected);
            if (failure == null) {
                return;
            }
            failures.add(uri + ": " + failure);
            LOG.warn("Could not download {}: {}", uri, failure);
        }
        throw new UserException("could not download " + fileName + " into " + dir.toAbsolutePath() + "; every mirror"
                + " failed:\n  " + String.join("\n  ", failures) + "\nCheck the network connection, set mirrors: to"
                + " a working mirror, or put the four MNIST files (gzipped or not) into that directory yourself");
    }

    /** Null on success, else why this mirror failed. */
    private String tryMirror(URI uri, Path dir, String fileName, String expected) throws IOException {
        Path temp = Files.createTempFile(dir, fileName + ".", ".part");
        boolean moved = false;
        try {
            fetcher.fetch(uri, temp);
            String actual;
            try {
                actual = Checksums.sha256OfGzipContent(temp);
            } catch (ZipException | EOFException e) {
                return "served a file that is not whole gzip (" + e.getMessage() + ")";
            }
            if (!actual.equals(expected)) {
                return "the uncompressed content has SHA-256 " + actual + ", expected " + expected;
            }
            Files.move(temp, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            LOG.info("Saved {} (SHA-256 of its content checked)", dir.resolve(fileName));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(uri, e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(uri, e);
            }
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static InterruptedIOException interrupted(URI uri, Exception cause) {
        InterruptedIOException e = new InterruptedIOException("download of " + uri + " interrupted");
        e.initCause(cause);
        return e;
    }
}
