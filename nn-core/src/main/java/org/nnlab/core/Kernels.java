package org.nnlab.core;

import org.nnlab.api.Matrix;

/**
 * The dense loops of the forward and backward pass, over row ranges so callers can split work between
 * threads. Every sum is added in one fixed order (ascending example, then ascending input), so results are
 * bit-identical however the ranges are split.
 *
 * <p>Zero activations are skipped: exact (the terms are zero) and a large gain on MNIST, whose inputs are
 * about 81% zero pixels.
 */
final class Kernels {
    private Kernels() {
    }

    /** {@code z[i] = b + sum_k a[i][k] W[k]} for rows {@code from..to} (Nielsen (25), one row per example). */
    static void affine(Matrix a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        int inputs = a.cols();
        int outputs = z.cols();
        float[] av = a.data();
        float[] w = weights.data();
        float[] b = biases.data();
        float[] zv = z.data();
        for (int i = from; i < to; i++) {
            int zo = i * outputs;
            System.arraycopy(b, 0, zv, zo, outputs);
            int ao = i * inputs;
            for (int k = 0; k < inputs; k++) {
                float x = av[ao + k];
                if (x != 0f) {
                    int wo = k * outputs;
                    for (int j = 0; j < outputs; j++) {
                        zv[zo + j] += x * w[wo + j];
                    }
                }
            }
        }
    }

    /**
     * {@code nablaW[k] = sum_i a[i][k] delta[i]} for weight rows {@code from..to} (BP4 summed over the batch);
     * overwrites.
     */
    static void weightGradient(Matrix a, Matrix delta, Matrix nablaW, int from, int to) {
        int inputs = a.cols();
        int outputs = delta.cols();
        int rows = a.rows();
        float[] av = a.data();
        float[] d = delta.data();
        float[] g = nablaW.data();
        for (int k = from; k < to; k++) {
            int go = k * outputs;
            for (int j = 0; j < outputs; j++) {
                g[go + j] = 0f;
            }
            for (int i = 0; i < rows; i++) {
                float x = av[i * inputs + k];
                if (x != 0f) {
                    int dOff = i * outputs;
                    for (int j = 0; j < outputs; j++) {
                        g[go + j] += x * d[dOff + j];
                    }
                }
            }
        }
    }

    /** {@code nablaB = sum_i delta[i]} (BP3 summed over the batch); overwrites. */
    static void biasGradient(Matrix delta, Matrix nablaB) {
        int outputs = delta.cols();
        float[] d = delta.data();
        float[] g = nablaB.data();
        java.util.Arrays.fill(g, 0f);
        for (int i = 0; i < delta.rows(); i++) {
            int dOff = i * outputs;
            for (int j = 0; j < outputs; j++) {
                g[j] += d[dOff + j];
            }
        }
    }

    /**
     * {@code dCda[i][k] = sum_j W[k][j] delta[i][j]}, i.e. (w<sup>l+1</sup>)<sup>T</sup> delta<sup>l+1</sup> of BP2,
     * for rows {@code from..to}; the activation's backward then applies the Jacobian.
     */
    static void backpropagate(Matrix weights, Matrix delta, Matrix dCda, int from, int to) {
        int inputs = dCda.cols();
        int outputs = delta.cols();
        float[] w = weights.data();
        float[] d = delta.data();
        float[] out = dCda.data();
        for (int i = from; i < to; i++) {
            int dOff = i * outputs;
            int oo = i * inputs;
            for (int k = 0; k < inputs; k++) {
                int wo = k * outputs;
                float sum = 0f;
                for (int j = 0; j < outputs; j++) {
                    sum += w[wo + j] * d[dOff + j];
                }
                out[oo + k] = sum;
            }
        }
    }
}
