package org.nnlab.runner.eval;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.nnlab.api.UserException;

/** A picture read as grey levels in [0, 1] (1 is white), transparent pixels taken as white paper. */
public final class DigitImage {
    private final float[][] grey;

    private DigitImage(float[][] grey) {
        this.grey = grey;
    }

    public static DigitImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file; give a PNG (or JPEG, GIF, BMP) image of one digit");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UserException(file + ": cannot be read as an image (" + e.getMessage()
                    + "); give a PNG, JPEG, GIF or BMP file", e);
        }
        if (image == null) {
            throw new UserException(file + ": is not an image this JVM can read; give a PNG, JPEG, GIF or BMP file");
        }
        return of(image);
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
