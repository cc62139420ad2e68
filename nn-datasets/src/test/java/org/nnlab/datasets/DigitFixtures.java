package org.nnlab.datasets;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Params;

/** Small digit files for tests: example {@code i} has row-major pixel {@code p} = {@code (3i + p) % 256}. */
final class DigitFixtures {
    private DigitFixtures() {
    }

    static int pixel(int example, int position) {
        return (3 * example + position) % 256;
    }

    /**
     * The pixel at ({@code row}, {@code col}) of a 20x20 example: row-major position {@code row * 20 + col},
     * which column-major storage puts at {@code col * 20 + row}.
     */
    static int pixel(int example, int row, int col) {
        return pixel(example, row * 20 + col);
    }

    /**
     * A grey PNG of {@code rows x columns} cells of {@code cell} pixels;
     * cell (r, c) is example {@code r * columns + c}.
     */
    static Path gridPng(Path file, int rows, int columns, int cell) {
        BufferedImage image = new BufferedImage(columns * cell, rows * cell, BufferedImage.TYPE_BYTE_GRAY);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                for (int y = 0; y < cell; y++) {
                    for (int x = 0; x < cell; x++) {
                        int value = pixel(r * columns + c, y * cell + x);
                        image.getRaster().setSample(c * cell + x, r * cell + y, 0, value);
                    }
                }
            }
        }
        return png(file, image);
    }

    static Path png(Path file, BufferedImage image) {
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV lines of 400 pixels (0..255, in {@code order}) and, when {@code withLabels}, the label {@code i % 10}. */
    static List<String> csvLines(int count, PixelOrder order, boolean withLabels) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 400; k++) {
                int value = order == PixelOrder.ROW_MAJOR ? pixel(i, k) : pixel(i, k % 20, k / 20);
                sb.append(k > 0 ? "," : "").append(value);
            }
            lines.add(withLabels ? sb + "," + i % 10 : sb.toString());
        }
        return lines;
    }

    static Path write(Path file, List<String> lines) {
        try {
            return Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DataSplits load(Map<String, Object> settings) throws IOException {
        Digits20Dataset prototype = new Digits20Dataset();
        return prototype.configure(Params.resolve(prototype, settings))
                .load(new DatasetContext(null, Path.of("unused-cache")));
    }
}
