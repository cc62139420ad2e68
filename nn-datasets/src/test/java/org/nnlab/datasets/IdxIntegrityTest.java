package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;

/** A file is read to its end: gzip trailers are checked, bytes after the payload refused, sizes bounded. */
class IdxIntegrityTest {
    @TempDir
    Path dir;

    /** Gzip with stored (uncompressed) deflate blocks: a flipped payload bit still inflates, only the CRC sees it. */
    private static byte[] storedGzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.NO_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private UserException refused(Path file) {
        return assertThrows(UserException.class, () -> IdxReader.readLabels(file), "the file is refused");
    }

    @Test
    void aFlippedBitThatStillInflates_failsTheCrcCheck_namingTheFile() {
        byte[] gz = storedGzip(IdxFixtures.labels(500));
        gz[gz.length - 8 - 100] ^= 0x01;
        Path file = IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte.gz"), gz);
        UserException e = refused(file);
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aDamagedLengthInTheTrailer_isRefused() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.labels(500));
        gz[gz.length - 1] ^= 0x40;
        UserException e = refused(IdxFixtures.write(dir.resolve("l.gz"), gz));
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void aGzipCutInsideItsTrailer_isRefused() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.labels(500));
        UserException e = refused(IdxFixtures.write(dir.resolve("l.gz"), Arrays.copyOf(gz, gz.length - 3)));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void concatenatedMembers_areReadAsOneStream_andEachTrailerIsChecked() throws IOException {
        byte[] content = IdxFixtures.labels(300);
        byte[] first = IdxFixtures.gzip(Arrays.copyOf(content, 100));
        byte[] second = storedGzip(Arrays.copyOfRange(content, 100, content.length));
        IdxLabels labels = IdxReader.readLabels(IdxFixtures.write(dir.resolve("ok.gz"), concat(first, second)));
        assertArrayEquals(IdxReader.readLabels(IdxFixtures.write(dir.resolve("raw"), content)).values(),
                labels.values(), "two members read as the one file they were cut from");
        second[second.length - 8 - 50] ^= 0x10;
        UserException e = refused(IdxFixtures.write(dir.resolve("bad.gz"), concat(first, second)));
        assertTrue(e.getMessage().contains("corrupt"), "the second member's CRC is checked: " + e.getMessage());
    }

    @Test
    void bytesAfterThePayload_areRefused_rawOrGzipped() {
        byte[] longer = Arrays.copyOf(IdxFixtures.labels(20), 8 + 20 + 5);
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = IdxFixtures.write(dir.resolve("long" + gzip), gzip ? IdxFixtures.gzip(longer) : longer);
            UserException e = refused(file);
            assertTrue(e.getMessage().startsWith(file.toString())
                    && e.getMessage().contains("holds 5 bytes" + (gzip ? " (uncompressed)" : "") + " after the 28"),
                    e.getMessage());
        }
        byte[] images = Arrays.copyOf(IdxFixtures.images(3, 4, 3), 16 + 36 + 1);
        Path file = IdxFixtures.write(dir.resolve("images"), images);
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("holds 1 bytes after the 52"), e.getMessage());
    }

    @Test
    void anImageDimensionPastTheBound_isBlamedOnItsFile() {
        byte[] header = ByteBuffer.allocate(16).putInt(IdxReader.IMAGES_MAGIC).putInt(1).putInt(1 << 22).putInt(28)
                .array();
        Path file = IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), header);
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("4194304x28 pixels"),
                e.getMessage());
    }

    @Test
    void aHeaderThatPromisesGigabytes_isTruncated_withoutAllocatingThem() {
        byte[] content = ByteBuffer.allocate(16 + 100).putInt(IdxReader.IMAGES_MAGIC).putInt(100).putInt(4096)
                .putInt(4096).array();
        Path file = IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), content);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("truncated")
                && e.getMessage().contains("holds only 116"), e.getMessage());
        assertTrue(allocated < 256L << 20, "a file of 116 bytes is refused without allocating the 1.6 GB its header"
                + " promises; allocated " + allocated + " bytes");
    }
}
