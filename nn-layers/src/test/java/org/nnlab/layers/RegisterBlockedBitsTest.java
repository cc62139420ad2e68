package org.nnlab.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.BatchContext;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/**
 * The register-blocked conv and dense loops against the per-weight {@link Saxpy} loops they replaced, bit for
 * bit: runs trained before them must stay valid. Oracle: those loops, kept here as written before (one axpy of
 * each weight over the padded plane; one dot per weight and row; one axpy per non-zero input). The shapes reach
 * every path: three-vector blocks, single vectors, scalar tails, an odd row.
 */
class RegisterBlockedBitsTest {
    private static final int LANES = 8;

    @Test
    void convForwardAndWeightGradientAreTheSameBitsAsThePerWeightLoops() {
        int[][] cases = {{1, 28, 28, 5, 4, 3}, {2, 9, 13, 3, 3, 2}, {3, 12, 30, 3, 2, 3}, {20, 12, 12, 5, 3, 2},
            {1, 6, 6, 6, 2, 1}};
        for (int[] k : cases) {
            convCase(k[0], k[1], k[2], k[3], k[4], k[5]);
        }
    }

    private static void convCase(int channels, int height, int width, int size, int filters, int rows) {
        String name = channels + "x" + height + "x" + width + " size " + size;
        Layer conv = new ConvLayer().configure(Params.resolve(new ConvLayer(),
                java.util.Map.of("filters", filters, "size", size)));
        Shape in = new Shape(channels, height, width);
        Layer.Instance instance = conv.create(in, "c");
        SplittableRandom rng = new SplittableRandom(channels * 31L + width);
        float[] w = instance.parameters().get(0).value().data();
        float[] b = instance.parameters().get(1).value().data();
        fill(w, rng);
        fill(b, rng);
        Matrix x = new Matrix(rows, in.size());
        fill(x.data(), rng);
        Shape out = instance.output();
        Matrix z = new Matrix(rows, out.size());
        Layer.Workspace workspace = instance.workspace(rows, 1);
        workspace.forward(x, z, SingleThread.TRAINING);
        Matrix delta = new Matrix(rows, out.size());
        fill(delta.data(), rng);
        workspace.backward(x, z, delta, null, SingleThread.TRAINING);

        int plane = out.height() * width;
        int span = plane - (size - 1);
        int perFilter = channels * size * size;
        float[] padded = new float[rows * filters * plane];
        float[] expectedZ = new float[z.data().length];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < filters; f++) {
                int p = (r * filters + f) * plane;
                Arrays.fill(padded, p, p + plane, b[f]);
                for (int c = 0; c < channels; c++) {
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < size; j++) {
                            Saxpy.axpy(w[f * perFilter + (c * size + i) * size + j], x.data(),
                                    r * in.size() + (c * height + i) * width + j, padded, p, span);
                        }
                    }
                }
                for (int y = 0; y < out.height(); y++) {
                    System.arraycopy(padded, p + y * width, expectedZ, (r * filters + f) * out.height() * out.width()
                            + y * out.width(), out.width());
                }
            }
        }
        assertBits(expectedZ, z.data(), name + " z");

        Arrays.fill(padded, 0f);
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < filters; f++) {
                for (int y = 0; y < out.height(); y++) {
                    System.arraycopy(delta.data(), (r * filters + f) * out.height() * out.width() + y * out.width(),
                            padded, (r * filters + f) * plane + y * width, out.width());
                }
            }
        }
        float[] expectedW = new float[w.length];
        for (int f = 0; f < filters; f++) {
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        float sum = 0f;
                        for (int r = 0; r < rows; r++) {
                            sum += Saxpy.dot(x.data(), r * in.size() + (c * height + i) * width + j, padded,
                                    (r * filters + f) * plane, span);
                        }
                        expectedW[f * perFilter + (c * size + i) * size + j] = sum;
                    }
                }
            }
        }
        assertBits(expectedW, instance.parameters().get(0).gradient().data(), name + " dC/dw");
    }

    @Test
    void denseForwardIsTheSameBitsAsOneAxpyPerNonZeroInput() {
        int[][] cases = {{2880, 100, 10}, {100, 10, 3}, {57, 45, 5}, {784, 30, 1}, {9, 4 * LANES, 2}};
        for (int[] k : cases) {
            denseCase(k[0], k[1], k[2]);
        }
    }

    private static void denseCase(int n, int m, int rows) {
        String name = n + "->" + m + " x" + rows;
        Layer dense = new DenseLayer().configure(Params.resolve(new DenseLayer(), java.util.Map.of("units", m)));
        Layer.Instance instance = dense.create(Shape.flat(n), "d");
        SplittableRandom rng = new SplittableRandom(n * 7L + m);
        float[] w = instance.parameters().get(0).value().data();
        float[] b = instance.parameters().get(1).value().data();
        fill(w, rng);
        fill(b, rng);
        Matrix x = new Matrix(rows, n);
        fill(x.data(), rng);
        for (int i = 0; i < x.data().length; i++) {
            if (rng.nextInt(3) == 0) {
                x.data()[i] = 0f; // the zero skip, as MNIST pixels
            }
        }
        Matrix z = new Matrix(rows, m);
        instance.workspace(rows, 1).forward(x, z, SingleThread.EVALUATION);
        float[] expected = new float[rows * m];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(b, 0, expected, r * m, m);
            for (int k = 0; k < n; k++) {
                float xk = x.data()[r * n + k];
                if (xk != 0f) {
                    Saxpy.axpy(xk, w, k * m, expected, r * m, m);
                }
            }
        }
        assertBits(expected, z.data(), name);
    }

    /**
     * The dense backward loops (sums in registers, W read in place) against the ones they replaced: one axpy of
     * delta per non-zero input for dC/dW, and one axpy of a row of W transposed per non-zero delta for dC/da. Zero
     * inputs, zero and negative-zero deltas, several threads' splits, and shapes that reach the blocks, single
     * vectors and scalar tails.
     */
    @Test
    void denseBackwardIsTheSameBitsAsOneAxpyPerNonZeroTerm() {
        int[][] cases = {{2880, 100, 10}, {100, 10, 3}, {57, 45, 5}, {784, 30, 1}, {9, 4 * LANES, 17}, {6, 3, 8}};
        for (int[] k : cases) {
            denseBackwardCase(k[0], k[1], k[2]);
        }
    }

    private static void denseBackwardCase(int n, int m, int rows) {
        String name = n + "->" + m + " x" + rows;
        Layer dense = new DenseLayer().configure(Params.resolve(new DenseLayer(), java.util.Map.of("units", m)));
        Layer.Instance instance = dense.create(Shape.flat(n), "d");
        SplittableRandom rng = new SplittableRandom(n * 13L + m + rows);
        float[] w = instance.parameters().get(0).value().data();
        fill(w, rng);
        Matrix x = new Matrix(rows, n);
        fill(x.data(), rng);
        Matrix delta = new Matrix(rows, m);
        fill(delta.data(), rng);
        for (int i = 0; i < x.data().length; i++) {
            x.data()[i] = rng.nextInt(3) == 0 ? 0f : x.data()[i];
        }
        for (int i = 0; i < delta.data().length; i++) {
            int pick = rng.nextInt(6);
            delta.data()[i] = pick == 0 ? 0f : pick == 1 ? -0f : delta.data()[i];
        }
        float[] expectedW = new float[n * m];
        for (int k = 0; k < n; k++) {
            for (int r = 0; r < rows; r++) {
                float xk = x.data()[r * n + k];
                if (xk != 0f) {
                    Saxpy.axpy(xk, delta.data(), r * m, expectedW, k * m, m);
                }
            }
        }
        float[] transposed = new float[m * n];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < n; k++) {
                transposed[j * n + k] = w[k * m + j];
            }
        }
        float[] expectedIn = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                float d = delta.data()[r * m + j];
                if (d != 0f) {
                    Saxpy.axpy(d, transposed, j * n, expectedIn, r * n, n);
                }
            }
        }
        for (BatchContext batch : new BatchContext[] {SingleThread.TRAINING, new SplitRanges(3)}) {
            Matrix z = new Matrix(rows, m);
            Layer.Workspace workspace = instance.workspace(rows, batch.threads());
            workspace.forward(x, z, batch);
            Matrix dIn = new Matrix(rows, n);
            workspace.backward(x, z, delta, dIn, batch);
            assertBits(expectedW, instance.parameters().get(0).gradient().data(), name + " dC/dW, " + batch);
            assertBits(expectedIn, dIn.data(), name + " dC/da, " + batch);
        }
    }

    /**
     * The vector 2x2 pool against the scalar loop it replaced (first value, then right, lower, lower-right, strictly
     * larger winning), on values with ties, signed zeros, infinities and NaNs, over widths that reach the
     * eight-window vectors, the scalar tail and both.
     */
    @Test
    void vectorPoolIsTheSameBitsAndWinnersAsTheScalarLoop() {
        float[] pool = {0f, -0f, 1f, 1f, -1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2.5f};
        SplittableRandom rng = new SplittableRandom(7);
        for (int outWidth : new int[] {1, 4, 8, 12, 17, 24}) {
            int w = 2 * outWidth;
            int bands = 3;
            int rowStart = 5;
            float[] x = new float[rowStart + bands * 2 * w];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.nextInt(3) == 0 ? (float) rng.nextGaussian() : pool[rng.nextInt(pool.length)];
            }
            float[] a = new float[bands * outWidth];
            int[] winners = new int[a.length];
            float[] expectedA = new float[a.length];
            int[] expectedWinners = new int[a.length];
            int o = 0;
            int e = 0;
            for (int band = 0; band < bands; band++) {
                int bandStart = rowStart + band * 2 * w;
                o = PoolPairs.band(x, bandStart, w, outWidth, a, winners, o, rowStart);
                for (int xo = 0; xo < outWidth; xo++) {
                    int best = bandStart + 2 * xo;
                    float max = x[best];
                    for (int i = 0; i < 2; i++) {
                        for (int j = 0; j < 2; j++) {
                            int q = bandStart + i * w + 2 * xo + j;
                            if (x[q] > max) {
                                best = q;
                                max = x[q];
                            }
                        }
                    }
                    expectedA[e] = max;
                    expectedWinners[e++] = best - rowStart;
                }
            }
            assertEquals(e, o, "outputs written, width " + outWidth);
            assertBits(expectedA, a, "maxima, width " + outWidth);
            assertEquals(Arrays.toString(expectedWinners), Arrays.toString(winners), "winners, width " + outWidth);
        }
    }

    private static void fill(float[] values, SplittableRandom rng) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) rng.nextGaussian();
        }
    }

    private static void assertBits(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                assertEquals(expected[i], actual[i], what + " [" + i + "]: not the same bits");
                throw new AssertionError(what + " [" + i + "]: " + expected[i] + " vs " + actual[i]);
            }
        }
    }
}
