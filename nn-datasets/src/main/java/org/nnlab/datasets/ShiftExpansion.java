package org.nnlab.datasets;

import java.util.Locale;

import org.nnlab.api.Examples;
import org.nnlab.api.UserException;

/**
 * network3's {@code expand_mnist.py}: each training image followed by four copies of it moved one pixel down,
 * up, right and left, in that order (the script's {@code np.roll} by +1 and -1 along rows, then columns); the
 * row or column shifted in is filled with 0 (a white pixel), the one shifted out is dropped. Five times the
 * images, each copy with its original's label.
 *
 * <p>The script then shuffles the 250,000 pairs once with Python's unseeded {@code random}; here they stay in
 * this fixed order, and the trainer shuffles every epoch from its seeded {@code shuffle} stream.
 */
final class ShiftExpansion {
    /** The value of the {@code expand} setting that asks for this expansion. */
    static final String NAME = "shift-1";
    static final int COPIES = 5;
    /** The most elements one Java array can hold, a little under {@link Integer#MAX_VALUE} on every JVM. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Row and column moves of the four copies: down, up, right, left. */
    private static final int[][] MOVES = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    private ShiftExpansion() {
    }

    /** {@code train}'s images of {@code width x height} (row-major) and their four shifted copies. */
    static Examples expand(Examples train, int width, int height) {
        int features = train.featureCount();
        if ((long) width * height != features) {
            throw new IllegalArgumentException(width + "x" + height + " images do not have " + features + " pixels");
        }
        long values = (long) train.count() * COPIES * features;
        if (values > MAX_ARRAY) {
            throw new UserException("expand", String.format(Locale.ROOT, "%s makes %,d images of %,d pixels, more"
                    + " than one array can hold; lower the training set with limit:", NAME,
                    (long) train.count() * COPIES, features));
        }
        requireHeap(train, values);
        float[] source = train.features();
        float[] out = new float[(int) values];
        int[] labels = new int[train.count() * COPIES];
        for (int e = 0; e < train.count(); e++) {
            int from = e * features;
            int to = e * COPIES * features;
            System.arraycopy(source, from, out, to, features);
            for (int c = 0; c < MOVES.length; c++) {
                shift(source, from, out, to + (c + 1) * features, width, height, MOVES[c][0], MOVES[c][1]);
            }
            for (int c = 0; c < COPIES; c++) {
                labels[e * COPIES + c] = train.label(e);
            }
        }
        return new Examples(features, train.classCount(), out, labels);
    }

    /** Writes the image at {@code source[from..]} moved by {@code dy} rows and {@code dx} columns to {@code out[to..]}. */
    static void shift(float[] source, int from, float[] out, int to, int width, int height, int dy, int dx) {
        for (int y = 0; y < height; y++) {
            int sy = y - dy;
            for (int x = 0; x < width; x++) {
                int sx = x - dx;
                boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                out[to + y * width + x] = inside ? source[from + sy * width + sx] : 0f;
            }
        }
    }

    /**
     * Refuses before allocating when the expanded images and the trainer's index of their non-zero pixels (8 bytes
     * each: index and value) would not fit the heap that is left.
     */
    private static void requireHeap(Examples train, long values) {
        long nonZero = 0;
        for (float v : train.features()) {
            if (v != 0f) {
                nonZero++;
            }
        }
        Runtime runtime = Runtime.getRuntime();
        String problem = heapProblem((long) train.count() * COPIES, 4 * values + 8 * COPIES * nonZero,
                runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory());
        if (problem != null) {
            throw new UserException("expand", problem);
        }
    }

    /** Why {@code needed} more bytes do not fit beside {@code used} in {@code max}; null when they do. */
    static String heapProblem(long images, long needed, long used, long max) {
        if (needed <= max - used) {
            return null;
        }
        long wanted = used + needed + (used + needed) / 4;
        long gigabytes = Math.max(1, (wanted + (1L << 30) - 1) >> 30);
        return String.format(Locale.ROOT, "%s makes %,d training images that need about %,d MB of heap with their"
                + " index, but only %,d MB of this JVM's %,d MB are free; give Java more heap if the machine has it,"
                + " e.g. NN_JAVA_OPTS=-Xmx%dg ./nn ..., or lower limit:", NAME, images, needed >> 20,
                (max - used) >> 20, max >> 20, gigabytes);
    }
}
