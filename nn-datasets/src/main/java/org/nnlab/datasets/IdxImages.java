package org.nnlab.datasets;

import java.nio.file.Path;

/** The contents of an IDX image file: {@code count} images of {@code rows x cols} unsigned bytes, row-major. */
record IdxImages(Path file, int count, int rows, int cols, byte[] pixels) {

    int pixelsPerImage() {
        return rows * cols;
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive), scaled to [0, 1]. */
    float[] features(int from, int to) {
        return Pixels.scale(pixels, (long) from * pixelsPerImage(), (to - from) * pixelsPerImage());
    }
}
