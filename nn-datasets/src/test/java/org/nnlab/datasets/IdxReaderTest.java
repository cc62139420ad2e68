package org.nnlab.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawAndGzippedFilesAlike() throws IOException {
        byte[] content = IdxFixtures.images(5, 4, 3);
        IdxImages raw = IdxReader.readImages(IdxFixtures.write(dir.resolve("raw"), content));
        IdxImages gz = IdxReader.readImages(IdxFixtures.write(dir.resolve("any-name"), IdxFixtures.gzip(content)));
        for (IdxImages images : new IdxImages[] {raw, gz}) {
            assertEquals(5, images.count());
            assertEquals(4, images.rows());
            assertEquals(3, images.cols());
            assertArrayEquals(Arrays.copyOfRange(content, 16, content.length), images.pixels());
        }
        Path labelFile = IdxFixtures.write(dir.resolve("l.gz"), IdxFixtures.gzip(IdxFixtures.labels(12)));
        IdxLabels labels = IdxReader.readLabels(labelFile);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1}, labels.labels(0, 12));
    }

    @Test
    void scalesPixelsByOneOver255() throws IOException {
        IdxImages images = IdxReader.readImages(IdxFixtures.write(dir.resolve("i"), IdxFixtures.images(40, 4, 3)));
        float[] features = images.features(37, 38);
        for (int p = 0; p < features.length; p++) {
            assertEquals(IdxFixtures.pixel(37, p) / 255f, features[p], "pixel " + p + " of image 37 is value / 255f");
        }
    }

    @Test
    void labelFileWhereImagesBelong_namesBothKinds() {
        Path file = IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.labels(3));
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "message starts with the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("magic number 2051") && e.getMessage().contains("IDX label file"),
                e.getMessage());
    }

    @Test
    void unknownMagic_isReportedInHex() {
        Path file = IdxFixtures.write(dir.resolve("x"), "hello, world! this is text".getBytes());
        UserException e = assertThrows(UserException.class, () -> IdxReader.readLabels(file));
        assertTrue(e.getMessage().contains("0x68656c6c") && e.getMessage().contains("not an IDX file"), e.getMessage());
    }

    @Test
    void truncatedRawFile_givesExpectedAndActualBytes() {
        byte[] content = IdxFixtures.images(10, 4, 3);
        Path file = IdxFixtures.write(dir.resolve("cut"), Arrays.copyOf(content, 100));
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated")
                && e.getMessage().contains("136 bytes") && e.getMessage().contains("only 100"), e.getMessage());
    }

    @Test
    void truncatedGzipFile_isTruncatedToo() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(1000, 4, 3));
        Path file = IdxFixtures.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("12016 bytes once uncompressed"),
                e.getMessage());
    }

    @Test
    void truncatedHeader_isTruncated() {
        Path file = IdxFixtures.write(dir.resolve("h"), Arrays.copyOf(IdxFixtures.images(1, 4, 3), 10));
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().contains("16-byte header") && e.getMessage().contains("only 10"), e.getMessage());
    }

    @Test
    void corruptGzipData_isNamed() {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(100, 4, 3));
        for (int i = 20; i < gz.length - 10; i++) {
            gz[i] = (byte) 0x55;
        }
        Path file = IdxFixtures.write(dir.resolve("bad.gz"), gz);
        UserException e = assertThrows(UserException.class, () -> IdxReader.readImages(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
    }
}
