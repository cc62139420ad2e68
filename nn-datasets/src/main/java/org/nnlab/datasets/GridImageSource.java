package org.nnlab.datasets;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.nnlab.api.UserException;

/**
 * Digits laid out as a grid in one 8-bit grey image, as in OpenCV's {@code digits.png}: cells of
 * {@code cell x cell} pixels, read row by row (example {@code i = columns * r + c}); the label of a cell in grid
 * row {@code r} is {@code r / rowsPerClass}, and the grid must hold the 10 digits (10 x {@code rowsPerClass}
 * rows). Pixels are scaled by {@code value / 255f}.
 *
 * @param image the image file, or null for the copy of OpenCV's {@code digits.png} shipped in this jar
 */
record GridImageSource(Path image, int cell, int rowsPerClass) implements DigitSource {
    static final String EMBEDDED = "digits20.png";
    static final String EMBEDDED_NAME = "the embedded OpenCV digits.png";
    static final int CLASSES = CsvDigitsSource.CLASSES;

    @Override
    public LabelledImages read() throws IOException {
        String source = describe();
        BufferedImage decoded = image == null ? decodeEmbedded() : decode(image);
        Raster raster = decoded.getRaster();
        if (raster.getNumBands() != 1 || raster.getSampleModel().getSampleSize(0) != 8) {
            throw new UserException(source + ": expected an 8-bit greyscale image, but it has "
                    + raster.getNumBands() + " band(s) of " + raster.getSampleModel().getSampleSize(0)
                    + " bits; convert it to 8-bit grey first");
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        if (width % cell != 0 || height % cell != 0) {
            throw new UserException(source + ": an image of " + width + "x" + height + " pixels is not a whole"
                    + " number of " + cell + "x" + cell + " cells; set cell: to the size of one digit's cell");
        }
        int rows = height / cell;
        int columns = width / cell;
        if (rows % rowsPerClass != 0) {
            throw new UserException(source + ": its " + rows + " rows of cells do not divide into classes of "
                    + rowsPerClass + " rows; set rows-per-class: to the number of grid rows each digit fills");
        }
        if (rows / rowsPerClass != CLASSES) {
            throw new UserException(source + ": its " + rows + " rows of cells at " + rowsPerClass + " rows per class"
                    + " make " + rows / rowsPerClass + " classes, but a digits grid holds the " + CLASSES + " digits 0..9;"
                    + (rows % CLASSES == 0 ? " set rows-per-class: " + rows / CLASSES + " or" : "")
                    + " give an image of " + CLASSES + " x rows-per-class rows of " + cell + "x" + cell + " cells");
        }
        int[] samples = raster.getSamples(0, 0, width, height, 0, (int[]) null);
        int size = cell * cell;
        float[] features = new float[rows * columns * size];
        int[] labels = new int[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int example = r * columns + c;
                labels[example] = r / rowsPerClass;
                for (int y = 0; y < cell; y++) {
                    int from = (r * cell + y) * width + c * cell;
                    for (int x = 0; x < cell; x++) {
                        features[example * size + y * cell + x] = Pixels.scale(samples[from + x]);
                    }
                }
            }
        }
        return new LabelledImages(features, labels, cell, cell, CLASSES,
                image == null ? List.of() : List.of(image));
    }

    @Override
    public String describe() {
        return image == null ? EMBEDDED_NAME : image.toString();
    }

    private static BufferedImage decodeEmbedded() throws IOException {
        try (InputStream in = GridImageSource.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) {
                throw new IllegalStateException(EMBEDDED + " is missing from the nn-datasets jar");
            }
            return ImageIO.read(new MemoryCacheImageInputStream(in));
        }
    }

    private static BufferedImage decode(Path file) throws IOException {
        BufferedImage decoded;
        try (InputStream in = Files.newInputStream(file)) {
            decoded = ImageIO.read(new MemoryCacheImageInputStream(in));
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file; check image: in the dataset settings");
        } catch (IIOException e) {
            throw new UserException(file + ": not a readable PNG (" + e.getMessage() + "); replace it with a whole,"
                    + " 8-bit greyscale PNG");
        }
        if (decoded == null) {
            throw new UserException(file + ": not a PNG (nor another image format Java can read); image: needs"
                    + " an 8-bit greyscale PNG holding a grid of digits");
        }
        return decoded;
    }
}
