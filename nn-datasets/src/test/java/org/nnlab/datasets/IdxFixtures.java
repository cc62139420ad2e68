package org.nnlab.datasets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small IDX files for tests: image {@code i} has pixel {@code p} = {@code (7i + p) % 256}, label {@code i % 10}. */
final class IdxFixtures {
    static final int ROWS = 4;
    static final int COLS = 3;

    private IdxFixtures() {
    }

    static byte[] images(int count, int rows, int cols) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + count * rows * cols);
        buffer.putInt(IdxReader.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(cols);
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * cols; p++) {
                buffer.put((byte) pixel(i, p));
            }
        }
        return buffer.array();
    }

    static int pixel(int image, int position) {
        return (7 * image + position) % 256;
    }

    static byte[] labels(int count) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + count);
        buffer.putInt(IdxReader.LABELS_MAGIC).putInt(count);
        for (int i = 0; i < count; i++) {
            buffer.put((byte) (i % 10));
        }
        return buffer.array();
    }

    /** The four files of a set, uncompressed, by base name. */
    static Map<String, byte[]> set(int trainCount, int testCount) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MnistFiles.TRAIN_IMAGES, images(trainCount, ROWS, COLS));
        files.put(MnistFiles.TRAIN_LABELS, labels(trainCount));
        files.put(MnistFiles.TEST_IMAGES, images(testCount, ROWS, COLS));
        files.put(MnistFiles.TEST_LABELS, labels(testCount));
        return files;
    }

    /** Writes {@code files} into {@code dir}, as {@code name.gz} when {@code gzip}. */
    static void write(Path dir, Map<String, byte[]> files, boolean gzip) {
        files.forEach((name, bytes) -> write(dir.resolve(gzip ? name + ".gz" : name), gzip ? gzip(bytes) : bytes));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of each file's content, by base name: the table a download of {@code files} checks. */
    static Map<String, String> checksums(Map<String, byte[]> files) {
        Map<String, String> sums = new LinkedHashMap<>();
        files.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        return sums;
    }
}
