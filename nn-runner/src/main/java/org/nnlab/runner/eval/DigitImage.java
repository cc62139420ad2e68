package org.nnlab.runner.eval;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
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
 * A picture read as grey levels in [0, 1] (1 is white), transparent pixels taken as white paper. A picture that is
 * grey already (an 8-bit grey image, or opaque colour pixels with red = green = blue) also keeps its 8-bit levels
 * as stored, so that an image written from a training example reads back to the same features. A picture of
 * more than {@link #MAX_PIXELS} pixels is refused from its header, before it is decoded: a 509 KB PNG can hold
 * 20000 x 20000 pixels, 5.7 GB once decoded.
 */
public final class DigitImage {
    /** The most pixels a picture may have: 4096 x 4096, more than any phone camera's. */
    public static final long MAX_PIXELS = 4096L * 4096;
    private final float[][] grey;
    private final int[] levels;

    private DigitImage(float[][] grey, int[] levels) {
        this.grey = grey;
        this.levels = levels;
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
        int width = image.getWidth();
        int height = image.getHeight();
        float[][] grey = new float[height][width];
        int[] levels = greyLevels(image);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (levels != null) {
                    grey[y][x] = levels[y * width + x] / 255f;
                    continue;
                }
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double luma = (0.299 * ((argb >> 16) & 0xff) + 0.587 * ((argb >> 8) & 0xff) + 0.114 * (argb & 0xff)) / 255;
                grey[y][x] = (float) (alpha * luma + (1 - alpha));
            }
        }
        return new DigitImage(grey, levels);
    }

    /**
     * The 8-bit levels as stored (row-major), or null when the picture is not grey. An 8-bit grey raster is read
     * directly: {@code getRGB} would pass its levels through a colour conversion that changes them.
     */
    private static int[] greyLevels(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel model = image.getColorModel();
        int width = image.getWidth();
        int height = image.getHeight();
        if (raster.getNumBands() == 1 && raster.getSampleModel().getSampleSize(0) == 8
                && !(model instanceof IndexColorModel) && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return raster.getSamples(0, 0, width, height, 0, (int[]) null);
        }
        int[] levels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                int red = (argb >> 16) & 0xff;
                if (argb >>> 24 != 0xff || red != ((argb >> 8) & 0xff) || red != (argb & 0xff)) {
                    return null;
                }
                levels[y * width + x] = red;
            }
        }
        return levels;
    }

    public int width() {
        return grey.length == 0 ? 0 : grey[0].length;
    }

    public int height() {
        return grey.length;
    }

    /** Whether the 8-bit levels are known: the picture is grey. */
    public boolean isGrey() {
        return levels != null;
    }

    /** Whether the border is mostly dark: light ink on a dark ground, as the training images are. */
    public boolean hasDarkBackground() {
        double border = 0;
        int n = 0;
        for (int y = 0; y < grey.length; y++) {
            for (int x = 0; x < grey[y].length; x++) {
                if (y == 0 || x == 0 || y == grey.length - 1 || x == grey[y].length - 1) {
                    border += grey[y][x];
                    n++;
                }
            }
        }
        return n > 0 && border / n < 0.5;
    }

    /** The features of a grey picture used as it is: each stored level divided by {@code pixelScale}. */
    public float[] asIs(int pixelScale) {
        if (levels == null) {
            throw new IllegalStateException("not a grey picture");
        }
        float[] features = new float[levels.length];
        for (int i = 0; i < levels.length; i++) {
            features[i] = levels[i] / (float) pixelScale;
        }
        return features;
    }

    /** Rows of grey levels, 1 = white. */
    public float[][] grey() {
        return grey;
    }
}
