package org.nnlab.testkit;

import java.util.SplittableRandom;
import org.nnlab.api.Matrix;

/** Seeded test inputs: moderate and saturating pre-activations, targets and probabilities. */
final class RandomMatrices {
    /** Saturated outputs a loss must survive: exact 0 and 1, subnormal, tiny, and one float step below 1. */
    private static final float[] EXTREME_PROBABILITIES = {
        0f, Float.MIN_VALUE, 1e-30f, 1e-8f, 0.5f, 1f - 0x1p-24f, 1f,
    };

    private RandomMatrices() {
    }

    /** Normally distributed values with standard deviation {@code scale}. */
    static Matrix normal(SplittableRandom rng, int rows, int cols, double scale) {
        Matrix m = new Matrix(rows, cols);
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (rng.nextGaussian() * scale);
        }
        return m;
    }

    /** About half the elements drawn from {@code large}, the others normal with standard deviation 3. */
    static Matrix withLargeValues(SplittableRandom rng, int rows, int cols, float[] large) {
        Matrix m = normal(rng, rows, cols, 3.0);
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            if (large.length > 0 && rng.nextBoolean()) {
                data[i] = large[rng.nextInt(large.length)];
            }
        }
        return m;
    }

    /** One 1 per row at a random column, zeros elsewhere: class labels. */
    static Matrix oneHot(SplittableRandom rng, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            m.set(r, rng.nextInt(cols), 1f);
        }
        return m;
    }

    /** Independent uniform values in [0, 1]: soft targets. */
    static Matrix uniform(SplittableRandom rng, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.nextDouble();
        }
        return m;
    }

    /** Independent probabilities in [0.0025, 0.9975]: the sigmoid of normal values clipped to [-6, 6]. */
    static Matrix probabilities(SplittableRandom rng, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            double z = Math.max(-6.0, Math.min(6.0, rng.nextGaussian() * 2.0));
            data[i] = (float) (1.0 / (1.0 + Math.exp(-z)));
        }
        return m;
    }

    /** Outputs drawn from saturated values: 0, 1, subnormal, tiny and the largest float below 1. */
    static Matrix extremeProbabilities(SplittableRandom rng, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            data[i] = EXTREME_PROBABILITIES[rng.nextInt(EXTREME_PROBABILITIES.length)];
        }
        return m;
    }

    /** A matrix of one value, to stand for stale content in an output. */
    static Matrix filled(int rows, int cols, float value) {
        Matrix m = new Matrix(rows, cols);
        m.fill(value);
        return m;
    }

    /** Row {@code row} of {@code m} as a 1-row matrix. */
    static Matrix row(Matrix m, int row) {
        Matrix r = new Matrix(1, m.cols());
        System.arraycopy(m.data(), row * m.cols(), r.data(), 0, m.cols());
        return r;
    }
}
