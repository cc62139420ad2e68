package org.nnlab.core;

import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;

/**
 * The dense loops of the forward and backward pass, over row ranges so callers can split work between
 * threads. Every sum is added in one fixed order (ascending input, then ascending example), the first term as a
 * rounded product and each further one with a fused multiply-add ({@link Math#fma}, one rounding), so results are
 * bit-identical however the work is split and whether the SIMD ({@link VectorKernels}) or the plain loops here run.
 *
 * <p>The SIMD path needs the {@code jdk.incubator.vector} module ({@code --add-modules jdk.incubator.vector});
 * without it the plain loops run, with the same results.
 */
final class Kernels {
    /** Whether the JDK's Vector API module is in the boot layer (checked once). */
    static final boolean SIMD = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !Boolean.getBoolean("nn.kernels.scalar");

    private Kernels() {
    }

    /**
     * {@code out[i] = init + sum_k a[i][k] W[k]} for rows {@code from..to} over the non-zero entries of {@code a}
     * (ascending k), with {@code init} the biases (a zero row for a partial sum): Nielsen (25) for one row per example.
     * The first layer sums the two halves of its inputs this way, the first with the biases into z and the second
     * into scratch, then adds them ({@link #add}): two threads compute the halves side by side, each on the weight
     * rows it also steps ({@link #weightGradientStepped}), so those rows stay in its core's cache; one thread sums the
     * same way, so every thread count gives the same bits.
     */
    static void affine(SparseRows a, Matrix weights, Matrix biases, Matrix out, int from, int to) {
        if (SIMD && out.cols() >= VectorKernels.LANES) {
            VectorKernels.affine(a, weights, biases, out, from, to);
        } else {
            affinePlain(a, weights, biases, out, from, to);
        }
    }

    static void affinePlain(SparseRows a, Matrix weights, Matrix biases, Matrix out, int from, int to) {
        int outputs = out.cols();
        float[] w = weights.data();
        float[] zv = out.data();
        for (int i = from; i < to; i++) {
            int zo = i * outputs;
            System.arraycopy(biases.data(), 0, zv, zo, outputs);
            for (int t = a.rowStart[i]; t < a.rowStart[i + 1]; t++) {
                float x = a.rowValue[t];
                int wo = a.rowIndex[t] * outputs;
                for (int j = 0; j < outputs; j++) {
                    zv[zo + j] = Math.fma(x, w[wo + j], zv[zo + j]);
                }
            }
        }
    }

    /** {@code z[i] += s[i]} for rows {@code from..to}: adds the second half of the first layer's sum ({@link #affine}). */
    static void add(Matrix s, Matrix z, int from, int to) {
        float[] sv = s.data();
        float[] zv = z.data();
        int cols = z.cols();
        for (int i = from * cols; i < to * cols; i++) {
            zv[i] += sv[i];
        }
    }

    /**
     * {@code nablaW[k] = sum_i a[i][k] delta[i]} for weight rows {@code from..to} (BP4 summed over the batch);
     * overwrites. {@code a} must be indexed by column.
     */
    static void weightGradient(SparseRows a, Matrix delta, Matrix nablaW, int from, int to) {
        if (SIMD && delta.cols() >= VectorKernels.LANES) {
            VectorKernels.weightGradient(a, delta, nablaW, from, to);
        } else {
            weightGradientPlain(a, delta, nablaW, from, to);
        }
    }

    /**
     * {@link #weightGradient} fused with the optimizer's step of the same rows, parameter number {@code parameter}
     * of {@code step}: rows are taken in runs, each run of rows with terms summed (into {@code nablaW}) and then
     * stepped while still in cache, each run of rows with none (inputs that are zero in every example of the batch)
     * stepped by {@link Optimizer.Step#updateZeroGradient}, which zero-fills their gradient only if it reads it. A
     * run of rows with terms holds about {@link #RUN_ELEMENTS} gradients. {@code rows} says which runs to take:
     * {@link FusedRows#WITHOUT_TERMS} alone may run before the batch's backward pass (their step needs no delta), and
     * then {@link FusedRows#WITH_TERMS} completes it. Gives the bits of {@link #weightGradient} followed by the
     * whole step.
     */
    static void weightGradientStepped(SparseRows a, Matrix delta, Matrix nablaW, Optimizer.Step step, int parameter,
                                      int from, int to, FusedRows rows) {
        int outputs = nablaW.cols();
        int longest = Math.max(1, RUN_ELEMENTS / outputs);
        float[] g = nablaW.data();
        int k = from;
        while (k < to) {
            boolean empty = a.colStart[k] == a.colStart[k + 1];
            int end = runEnd(a, k, to, longest);
            if (empty) {
                if (rows != FusedRows.WITH_TERMS) {
                    step.updateZeroGradient(parameter, g, k * outputs, end * outputs);
                }
            } else if (rows != FusedRows.WITHOUT_TERMS) {
                weightGradient(a, delta, nablaW, k, end);
                step.update(parameter, k * outputs, end * outputs);
            }
            k = end;
        }
    }

    /**
     * Steps the first run of rows without terms at or after row {@code from} (below {@code to}), as
     * {@link #weightGradientStepped} with {@link FusedRows#WITHOUT_TERMS} would; returns the row after it, or
     * {@code to} if there was none. A caller stepping a range piece by piece this way completes it with
     * {@link FusedRows#WITH_TERMS} up to the returned row and {@link FusedRows#ALL} after it.
     */
    static int stepNextRowsWithoutTerms(SparseRows a, Matrix nablaW, Optimizer.Step step, int parameter, int from,
                                        int to) {
        int k = from;
        while (k < to && a.colStart[k] != a.colStart[k + 1]) {
            k++;
        }
        if (k == to) {
            return to;
        }
        int end = runEnd(a, k, to, Integer.MAX_VALUE);
        int outputs = nablaW.cols();
        step.updateZeroGradient(parameter, nablaW.data(), k * outputs, end * outputs);
        return end;
    }

    /**
     * The end of the run of rows starting at row {@code k} (below {@code to}) that all have terms or all have none,
     * a run with terms at most {@code longest} rows.
     */
    private static int runEnd(SparseRows a, int k, int to, int longest) {
        boolean empty = a.colStart[k] == a.colStart[k + 1];
        int end = k + 1;
        while (end < to && (a.colStart[end] == a.colStart[end + 1]) == empty && (empty || end - k < longest)) {
            end++;
        }
        return end;
    }

    /** Which rows {@link #weightGradientStepped} sums and steps. */
    enum FusedRows {
        /** Every row. */
        ALL,
        /** The rows with terms: inputs non-zero in some example of the batch. */
        WITH_TERMS,
        /** The rows without terms, stepped as having a zero gradient; the delta is not read. */
        WITHOUT_TERMS
    }

    /** About how many gradients a run of {@link #weightGradientStepped} sums before stepping them (8 KB). */
    static final int RUN_ELEMENTS = 2048;

    static void weightGradientPlain(SparseRows a, Matrix delta, Matrix nablaW, int from, int to) {
        int outputs = delta.cols();
        float[] d = delta.data();
        float[] g = nablaW.data();
        for (int k = from; k < to; k++) {
            int go = k * outputs;
            int start = a.colStart[k];
            int end = a.colStart[k + 1];
            if (start == end) {
                java.util.Arrays.fill(g, go, go + outputs, 0f);
                continue;
            }
            float x0 = a.colValue[start];
            int d0 = a.colRow[start] * outputs;
            for (int j = 0; j < outputs; j++) {
                g[go + j] = x0 * d[d0 + j];
            }
            for (int t = start + 1; t < end; t++) {
                float x = a.colValue[t];
                int dOff = a.colRow[t] * outputs;
                for (int j = 0; j < outputs; j++) {
                    g[go + j] = Math.fma(x, d[dOff + j], g[go + j]);
                }
            }
        }
    }

    /**
     * {@link #affine} for a dense input (a hidden layer's activations, rarely exactly zero): every term is added,
     * in ascending input order, with no index to build.
     */
    static void affineDense(Matrix a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        if (SIMD && z.cols() >= VectorKernels.LANES) {
            VectorKernels.affineDense(a, weights, biases, z, from, to);
        } else {
            affineDensePlain(a, weights, biases, z, from, to);
        }
    }

    static void affineDensePlain(Matrix a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        int inputs = a.cols();
        int outputs = z.cols();
        float[] av = a.data();
        float[] w = weights.data();
        float[] zv = z.data();
        for (int i = from; i < to; i++) {
            int zo = i * outputs;
            System.arraycopy(biases.data(), 0, zv, zo, outputs);
            for (int k = 0; k < inputs; k++) {
                float x = av[i * inputs + k];
                int wo = k * outputs;
                for (int j = 0; j < outputs; j++) {
                    zv[zo + j] = Math.fma(x, w[wo + j], zv[zo + j]);
                }
            }
        }
    }

    /** {@link #weightGradient} for a dense input: every example's term, in ascending example order. */
    static void weightGradientDense(Matrix a, Matrix delta, Matrix nablaW, int from, int to) {
        if (SIMD && delta.cols() >= VectorKernels.LANES) {
            VectorKernels.weightGradientDense(a, delta, nablaW, from, to);
        } else {
            weightGradientDensePlain(a, delta, nablaW, from, to);
        }
    }

    static void weightGradientDensePlain(Matrix a, Matrix delta, Matrix nablaW, int from, int to) {
        int inputs = a.cols();
        int outputs = delta.cols();
        float[] av = a.data();
        float[] d = delta.data();
        float[] g = nablaW.data();
        for (int k = from; k < to; k++) {
            int go = k * outputs;
            float x0 = av[k];
            for (int j = 0; j < outputs; j++) {
                g[go + j] = x0 * d[j];
            }
            for (int i = 1; i < a.rows(); i++) {
                float x = av[i * inputs + k];
                int dOff = i * outputs;
                for (int j = 0; j < outputs; j++) {
                    g[go + j] = Math.fma(x, d[dOff + j], g[go + j]);
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
     * for rows {@code from..to}, given {@code transposed} = W<sup>T</sup> ({@link #transpose}) and a zero row
     * {@code zero} of dCda's width: the dense affine map of delta through W<sup>T</sup>, so it runs on the same SIMD
     * kernel, vectorized across k, each sum in ascending j. The activation's backward then applies the Jacobian.
     */
    static void backpropagate(Matrix transposed, Matrix zero, Matrix delta, Matrix dCda, int from, int to) {
        affineDense(delta, transposed, zero, dCda, from, to);
    }

    /** {@code t[j][k] = w[k][j]}. */
    static void transpose(Matrix w, Matrix t) {
        int rows = w.rows();
        int cols = w.cols();
        float[] wv = w.data();
        float[] tv = t.data();
        for (int k = 0; k < rows; k++) {
            for (int j = 0; j < cols; j++) {
                tv[j * rows + k] = wv[k * cols + j];
            }
        }
    }
}
