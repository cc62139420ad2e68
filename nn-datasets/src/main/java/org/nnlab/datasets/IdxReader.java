package org.nnlab.datasets;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.nnlab.api.UserException;

/**
 * Reads IDX files, the format of LeCun's MNIST distribution: a big-endian header (magic number 2051 for
 * images, 2049 for labels, then the dimensions) followed by unsigned bytes. A gzipped file is recognised by
 * its first two bytes, whatever its name. The body is read into one array with whole-block reads; then the file
 * is read to its end, so that a byte past the payload is refused and every gzip member's trailer (CRC-32 and
 * length) is checked: a bit flipped in a gzipped file is found even where it still inflates.
 */
final class IdxReader {
    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;
    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;
    private static final int BUFFER = 1 << 16;
    private static final long MAX_BODY = Integer.MAX_VALUE - 16;
    /** Pixels of one image at most: 4096 x 4096, far above any image set a dense network reads. */
    static final long MAX_IMAGE_PIXELS = 1L << 24;
    /** The body array's first size; MNIST's largest file (47 MB) fits in it. */
    private static final int FIRST_CHUNK = 1 << 26;

    private IdxReader() {
    }

    static IdxImages readImages(Path file) throws IOException {
        try (Opened opened = open(file)) {
            ByteBuffer header = header(opened, IMAGES_HEADER, IMAGES_MAGIC);
            int count = header.getInt(4);
            int rows = header.getInt(8);
            int cols = header.getInt(12);
            if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > MAX_BODY) {
                throw damaged(file, "its header gives impossible dimensions " + count + " x " + rows + " x " + cols);
            }
            if ((long) rows * cols > MAX_IMAGE_PIXELS) {
                throw damaged(file, "its header gives images of " + rows + "x" + cols + " pixels, more than the "
                        + MAX_IMAGE_PIXELS + " an image may have");
            }
            String what = "the header and " + count + " images of " + rows + "x" + cols;
            byte[] pixels = body(opened, IMAGES_HEADER, count * rows * cols, what);
            requireEnd(opened, IMAGES_HEADER + (long) count * rows * cols, what);
            return new IdxImages(file, count, rows, cols, pixels);
        }
    }

    static IdxLabels readLabels(Path file) throws IOException {
        try (Opened opened = open(file)) {
            ByteBuffer header = header(opened, LABELS_HEADER, LABELS_MAGIC);
            int count = header.getInt(4);
            if (count < 0) {
                throw damaged(file, "its header gives a negative label count " + count);
            }
            String what = "the header and " + count + " labels";
            byte[] values = body(opened, LABELS_HEADER, count, what);
            requireEnd(opened, LABELS_HEADER + (long) count, what);
            return new IdxLabels(file, count, values);
        }
    }

    private static Opened open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            return new Opened(file, gzipped ? new GZIPInputStream(raw, BUFFER) : raw, gzipped);
        } catch (EOFException | ZipException e) {
            raw.close();
            throw damaged(file, "it starts like a gzip file but its gzip header is broken (" + e.getMessage() + ")");
        }
    }

    private static ByteBuffer header(Opened opened, int length, int magic) throws IOException {
        byte[] bytes = new byte[length];
        int read = readFully(opened, bytes, 0);
        if (read < 4) {
            throw damaged(opened.file, "it holds only " + read + " bytes, too few for an IDX header");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int found = header.getInt(0);
        if (found != magic) {
            throw new UserException(opened.file + ": expected an IDX " + (magic == IMAGES_MAGIC ? "image" : "label")
                    + " file (magic number " + magic + ") but " + magicProblem(found));
        }
        if (read < length) {
            throw truncated(opened, length, read, "a " + length + "-byte header");
        }
        return header;
    }

    private static String magicProblem(int found) {
        if (found == IMAGES_MAGIC || found == LABELS_MAGIC) {
            return "this is an IDX " + (found == IMAGES_MAGIC ? "image" : "label") + " file (magic number " + found
                    + "); check which file is which";
        }
        return "found magic number 0x" + String.format("%08x", found) + "; it is not an IDX file or it is damaged:"
                + " replace it with the original file";
    }

    /**
     * The {@code length} bytes after the header. The array grows (doubling from {@link #FIRST_CHUNK}) as data
     * arrives, so a header that promises more than the file holds is reported as truncated, not as a failed
     * allocation of what it promised.
     */
    private static byte[] body(Opened opened, int headerLength, int length, String what) throws IOException {
        byte[] data = new byte[Math.min(length, FIRST_CHUNK)];
        int read = 0;
        while (true) {
            read = readFully(opened, data, read);
            if (read < data.length) {
                throw truncated(opened, (long) headerLength + length, (long) headerLength + read, what);
            }
            if (read == length) {
                return data;
            }
            data = Arrays.copyOf(data, (int) Math.min(length, 2L * data.length));
        }
    }

    /**
     * Reads past the payload to the end of the file: fails if there is more data, or if a gzip member's trailer
     * (CRC-32 and length of its content) does not match what was inflated, or a member ends early.
     */
    private static void requireEnd(Opened opened, long expected, String what) throws IOException {
        byte[] rest = new byte[BUFFER];
        long extra = 0;
        try {
            int n;
            while ((n = opened.in.read(rest)) >= 0) {
                extra += n;
            }
        } catch (EOFException e) {
            throw damaged(opened.file, "its gzip data ends before the gzip trailer (" + e.getMessage()
                    + "); the file is cut short");
        } catch (ZipException e) {
            throw damaged(opened.file, "its gzip data is corrupt (" + e.getMessage() + ")"
                    + (String.valueOf(e.getMessage()).contains("trailer")
                    ? ": the CRC-32 or length that gzip stored does not match the data" : ""));
        }
        if (extra > 0) {
            throw damaged(opened.file, "it holds " + extra + " bytes" + (opened.gzipped ? " (uncompressed)" : "")
                    + " after the " + expected + " its header gives (" + what + ")");
        }
    }

    /**
     * Reads from {@code bytes[from]} until {@code bytes} is full or the data ends, and returns how far it is
     * filled; a gzip stream cut short counts as an end.
     */
    private static int readFully(Opened opened, byte[] bytes, int from) throws IOException {
        int total = from;
        try {
            int n;
            while (total < bytes.length && (n = opened.in.read(bytes, total, bytes.length - total)) > 0) {
                total += n;
            }
        } catch (EOFException e) {
            return total;
        } catch (ZipException e) {
            throw damaged(opened.file, "its gzip data is corrupt (" + e.getMessage() + ")");
        }
        return total;
    }

    private static UserException truncated(Opened opened, long expected, long actual, String what) {
        return new UserException(opened.file + ": the file is truncated: it should hold " + expected + " bytes"
                + (opened.gzipped ? " once uncompressed" : "") + " (" + what + ") but holds only " + actual
                + "; delete it and download it again");
    }

    private static UserException damaged(Path file, String what) {
        return new UserException(file + ": not a valid IDX file: " + what + "; replace it with the original file");
    }

    private record Opened(Path file, InputStream in, boolean gzipped) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
