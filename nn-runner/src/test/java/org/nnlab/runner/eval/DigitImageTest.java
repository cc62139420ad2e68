package org.nnlab.runner.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.UserException;

class DigitImageTest {
    @TempDir
    Path dir;

    @Test
    void aPictureOfTooManyPixels_isRefusedFromItsHeader_beforeDecoding() throws IOException {
        Path png = Files.write(dir.resolve("huge.png"), blackAndWhitePng(20_000, 20_000));
        UserException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UserException.class, () -> DigitImage.read(png)));
        assertEquals(png + ": the image is 20000 x 20000 pixels, more than the 16,777,216 (4096 x 4096) nn predict"
                + " reads; scale it down to about the size of the digit, e.g. 28 x 28", e.getMessage());
    }

    @Test
    void aPictureWithinTheBound_isRead() throws IOException {
        Path png = Files.write(dir.resolve("small.png"), blackAndWhitePng(30, 20));
        float[][] grey = DigitImage.read(png).grey();
        assertEquals(20, grey.length, "rows");
        assertEquals(30, grey[0].length, "columns");
        assertEquals(0f, grey[0][0], "a 0 bit of a 1-bit grey PNG is black");
    }

    /** A 1-bit greyscale PNG, all black, written by hand so that the test never holds the decoded picture. */
    private static byte[] blackAndWhitePng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, adaptive filter, no interlace
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then zeros
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
