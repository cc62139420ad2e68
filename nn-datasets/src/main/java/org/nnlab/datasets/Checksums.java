package org.nnlab.datasets;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** SHA-256 of the uncompressed content of a gzip file, in lower-case hex. */
final class Checksums {
    private static final int BUFFER = 1 << 16;

    private Checksums() {
    }

    /** Throws {@link java.util.zip.ZipException} or {@link java.io.EOFException} if the file is not whole gzip. */
    static String sha256OfGzipContent(Path gzipFile) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(gzipFile), BUFFER),
                BUFFER)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
