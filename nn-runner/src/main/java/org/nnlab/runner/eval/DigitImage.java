package org.nnlab.runner.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.nnlab.api.UserException;

/**
 * A picture read as grey levels in [0, 1] (1 is white), transparent pixels taken as white paper. A picture of more
 * than {@link #MAX_PIXELS} pixels is refused from its header, before it is decoded: a 509 KB PNG can hold
 * 20000 x 20000 pixels, 5.7 GB once decoded.
 */
public final class DigitImage {
    /** The most pixels a picture may have: 4096 x 4096, more than any phone camera's. */
    public static final long MAX_PIXELS = 4096L * 4096;
    private final float[][] grey;

    private DigitImage(float[][] grey) {
        this.grey = grey;
    }

    public static DigitImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file; give a PNG (or JPEG, GIF, BMP) image of one digit");
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            image = readers.hasNext() ? decode(file, readers.next(), in) : null;
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read as an image (" + e.getMessage()
                    + "); give a PNG, JPEG, GIF or BMP file", e);
        }
        if (image == null) {
            throw new UserException(file + ": is not an image this JVM can read; give a PNG, JPEG, GIF or BMP file");
        }
        return of(image);
    }

    /** The first picture of {@code in}, once its header's size is known to be within {@link #MAX_PIXELS}. */
    private static BufferedImage decode(Path file, ImageReader reader, ImageInputStream in) throws IOException {
        try {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                throw new UserException(String.format(Locale.ROOT, "%s: the image is %d x %d pixels, more than the %,d"
                        + " (4096 x 4096) nn predict reads; scale it down to about the size of the digit, e.g. 28 x 28",
                        file, width, height, MAX_PIXELS));
            }
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    public static DigitImage of(BufferedImage image) {
        float[][] grey = new float[image.getHeight()][image.getWidth()];
        for (int y = 0; y < grey.length; y++) {
            for (int x = 0; x < grey[y].length; x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double luma = (0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff)) / 255;
                grey[y][x] = (float) (alpha * luma + (1 - alpha));
            }
        }
        return new DigitImage(grey);
    }

    /** Rows of grey levels, 1 = white. */
    public float[][] grey() {
        return grey;
    }
}
