package org.nnlab.core;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.nnlab.api.Matrix;

/**
 * SIMD versions of {@link Kernels}' loops with the JDK Vector API, bit-identical to them: each output lane
 * accumulates its own terms in the same order, the first as a product and the others with a fused multiply-add.
 *
 * <p>A chunk of {@link #LANES} outputs is held in a register while the loop walks the non-zero inputs. When the
 * width is not a multiple of the lane count, the last chunk starts at {@code outputs - LANES} and recomputes a few
 * outputs of the previous chunk, with the same operations and so the same values: no masks, no padding, no scalar
 * tail. The species is fixed at 256 bits so results do not depend on the machine's widest vectors.
 *
 * <p>The sparse kernels walk the inputs once per pass of up to eight chunks in registers. A row of eight chunks or
 * more is covered by passes of eight only, the last one starting at {@code outputs - 8 * LANES} and recomputing part
 * of the pass before it: eight independent multiply-add chains keep the units busy, where a tail pass of four, two
 * or one chunks waits on each multiply-add's latency (C2's 100 outputs: passes at 0 and 36, not at 0, 64 and 92).
 */
final class VectorKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    static final int LANES = SPECIES.length();

    private VectorKernels() {
    }

    static void affine(SparseRows a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        int outputs = z.cols();
        if (narrow(outputs)) {
            affineNarrow(a, weights, biases, z, from, to);
            return;
        }
        float[] w = weights.data();
        float[] b = biases.data();
        float[] zv = z.data();
        int[] index = a.rowIndex;
        float[] value = a.rowValue;
        for (int i = from; i < to; i++) {
            int start = a.rowStart[i];
            int end = a.rowStart[i + 1];
            int zo = i * outputs;
            int chunk = 0;
            for (; chunk < outputs && outputs >= 8 * LANES; chunk += 8 * LANES) {
                int c = Math.min(chunk, outputs - 8 * LANES);
                FloatVector acc0 = FloatVector.fromArray(SPECIES, b, c);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, b, c + LANES);
                FloatVector acc2 = FloatVector.fromArray(SPECIES, b, c + 2 * LANES);
                FloatVector acc3 = FloatVector.fromArray(SPECIES, b, c + 3 * LANES);
                FloatVector acc4 = FloatVector.fromArray(SPECIES, b, c + 4 * LANES);
                FloatVector acc5 = FloatVector.fromArray(SPECIES, b, c + 5 * LANES);
                FloatVector acc6 = FloatVector.fromArray(SPECIES, b, c + 6 * LANES);
                FloatVector acc7 = FloatVector.fromArray(SPECIES, b, c + 7 * LANES);
                for (int t = start; t < end; t++) {
                    int wo = index[t] * outputs + c;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, w, wo).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, w, wo + LANES).fma(x, acc1);
                    acc2 = FloatVector.fromArray(SPECIES, w, wo + 2 * LANES).fma(x, acc2);
                    acc3 = FloatVector.fromArray(SPECIES, w, wo + 3 * LANES).fma(x, acc3);
                    acc4 = FloatVector.fromArray(SPECIES, w, wo + 4 * LANES).fma(x, acc4);
                    acc5 = FloatVector.fromArray(SPECIES, w, wo + 5 * LANES).fma(x, acc5);
                    acc6 = FloatVector.fromArray(SPECIES, w, wo + 6 * LANES).fma(x, acc6);
                    acc7 = FloatVector.fromArray(SPECIES, w, wo + 7 * LANES).fma(x, acc7);
                }
                acc0.intoArray(zv, zo + c);
                acc1.intoArray(zv, zo + c + LANES);
                acc2.intoArray(zv, zo + c + 2 * LANES);
                acc3.intoArray(zv, zo + c + 3 * LANES);
                acc4.intoArray(zv, zo + c + 4 * LANES);
                acc5.intoArray(zv, zo + c + 5 * LANES);
                acc6.intoArray(zv, zo + c + 6 * LANES);
                acc7.intoArray(zv, zo + c + 7 * LANES);
            }
            for (; chunk + 4 * LANES <= outputs; chunk += 4 * LANES) {
                FloatVector acc0 = FloatVector.fromArray(SPECIES, b, chunk);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, b, chunk + LANES);
                FloatVector acc2 = FloatVector.fromArray(SPECIES, b, chunk + 2 * LANES);
                FloatVector acc3 = FloatVector.fromArray(SPECIES, b, chunk + 3 * LANES);
                for (int t = start; t < end; t++) {
                    int wo = index[t] * outputs + chunk;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, w, wo).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, w, wo + LANES).fma(x, acc1);
                    acc2 = FloatVector.fromArray(SPECIES, w, wo + 2 * LANES).fma(x, acc2);
                    acc3 = FloatVector.fromArray(SPECIES, w, wo + 3 * LANES).fma(x, acc3);
                }
                acc0.intoArray(zv, zo + chunk);
                acc1.intoArray(zv, zo + chunk + LANES);
                acc2.intoArray(zv, zo + chunk + 2 * LANES);
                acc3.intoArray(zv, zo + chunk + 3 * LANES);
            }
            for (; chunk + 2 * LANES <= outputs; chunk += 2 * LANES) {
                FloatVector acc0 = FloatVector.fromArray(SPECIES, b, chunk);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, b, chunk + LANES);
                for (int t = start; t < end; t++) {
                    int wo = index[t] * outputs + chunk;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, w, wo).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, w, wo + LANES).fma(x, acc1);
                }
                acc0.intoArray(zv, zo + chunk);
                acc1.intoArray(zv, zo + chunk + LANES);
            }
            for (; chunk < outputs; chunk += LANES) {
                int j = Math.min(chunk, outputs - LANES);
                FloatVector acc = FloatVector.fromArray(SPECIES, b, j);
                for (int t = start; t < end; t++) {
                    acc = FloatVector.fromArray(SPECIES, w, index[t] * outputs + j).fma(FloatVector.broadcast(SPECIES, value[t]), acc);
                }
                acc.intoArray(zv, zo + j);
            }
        }
    }

    /** {@link Kernels#weightGradient}: rows with no terms get a zero gradient row. */
    static void weightGradient(SparseRows a, Matrix delta, Matrix nablaW, int from, int to) {
        int outputs = delta.cols();
        if (narrow(outputs)) {
            weightGradientNarrow(a, delta, nablaW, from, to);
            return;
        }
        float[] d = delta.data();
        float[] g = nablaW.data();
        int[] row = a.colRow;
        float[] value = a.colValue;
        for (int k = from; k < to; k++) {
            int start = a.colStart[k];
            int end = a.colStart[k + 1];
            int go = k * outputs;
            if (start == end) {
                java.util.Arrays.fill(g, go, go + outputs, 0f);
                continue;
            }
            int chunk = 0;
            for (; chunk < outputs && outputs >= 8 * LANES; chunk += 8 * LANES) {
                int c = Math.min(chunk, outputs - 8 * LANES);
                int d0 = row[start] * outputs + c;
                FloatVector x0 = FloatVector.broadcast(SPECIES, value[start]);
                FloatVector acc0 = FloatVector.fromArray(SPECIES, d, d0).mul(x0);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, d, d0 + LANES).mul(x0);
                FloatVector acc2 = FloatVector.fromArray(SPECIES, d, d0 + 2 * LANES).mul(x0);
                FloatVector acc3 = FloatVector.fromArray(SPECIES, d, d0 + 3 * LANES).mul(x0);
                FloatVector acc4 = FloatVector.fromArray(SPECIES, d, d0 + 4 * LANES).mul(x0);
                FloatVector acc5 = FloatVector.fromArray(SPECIES, d, d0 + 5 * LANES).mul(x0);
                FloatVector acc6 = FloatVector.fromArray(SPECIES, d, d0 + 6 * LANES).mul(x0);
                FloatVector acc7 = FloatVector.fromArray(SPECIES, d, d0 + 7 * LANES).mul(x0);
                for (int t = start + 1; t < end; t++) {
                    int dOff = row[t] * outputs + c;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, d, dOff).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, d, dOff + LANES).fma(x, acc1);
                    acc2 = FloatVector.fromArray(SPECIES, d, dOff + 2 * LANES).fma(x, acc2);
                    acc3 = FloatVector.fromArray(SPECIES, d, dOff + 3 * LANES).fma(x, acc3);
                    acc4 = FloatVector.fromArray(SPECIES, d, dOff + 4 * LANES).fma(x, acc4);
                    acc5 = FloatVector.fromArray(SPECIES, d, dOff + 5 * LANES).fma(x, acc5);
                    acc6 = FloatVector.fromArray(SPECIES, d, dOff + 6 * LANES).fma(x, acc6);
                    acc7 = FloatVector.fromArray(SPECIES, d, dOff + 7 * LANES).fma(x, acc7);
                }
                acc0.intoArray(g, go + c);
                acc1.intoArray(g, go + c + LANES);
                acc2.intoArray(g, go + c + 2 * LANES);
                acc3.intoArray(g, go + c + 3 * LANES);
                acc4.intoArray(g, go + c + 4 * LANES);
                acc5.intoArray(g, go + c + 5 * LANES);
                acc6.intoArray(g, go + c + 6 * LANES);
                acc7.intoArray(g, go + c + 7 * LANES);
            }
            for (; chunk + 4 * LANES <= outputs; chunk += 4 * LANES) {
                int d0 = row[start] * outputs + chunk;
                FloatVector x0 = FloatVector.broadcast(SPECIES, value[start]);
                FloatVector acc0 = FloatVector.fromArray(SPECIES, d, d0).mul(x0);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, d, d0 + LANES).mul(x0);
                FloatVector acc2 = FloatVector.fromArray(SPECIES, d, d0 + 2 * LANES).mul(x0);
                FloatVector acc3 = FloatVector.fromArray(SPECIES, d, d0 + 3 * LANES).mul(x0);
                for (int t = start + 1; t < end; t++) {
                    int dOff = row[t] * outputs + chunk;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, d, dOff).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, d, dOff + LANES).fma(x, acc1);
                    acc2 = FloatVector.fromArray(SPECIES, d, dOff + 2 * LANES).fma(x, acc2);
                    acc3 = FloatVector.fromArray(SPECIES, d, dOff + 3 * LANES).fma(x, acc3);
                }
                acc0.intoArray(g, go + chunk);
                acc1.intoArray(g, go + chunk + LANES);
                acc2.intoArray(g, go + chunk + 2 * LANES);
                acc3.intoArray(g, go + chunk + 3 * LANES);
            }
            for (; chunk + 2 * LANES <= outputs; chunk += 2 * LANES) {
                int d0 = row[start] * outputs + chunk;
                FloatVector acc0 = FloatVector.fromArray(SPECIES, d, d0).mul(value[start]);
                FloatVector acc1 = FloatVector.fromArray(SPECIES, d, d0 + LANES).mul(value[start]);
                for (int t = start + 1; t < end; t++) {
                    int dOff = row[t] * outputs + chunk;
                    FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                    acc0 = FloatVector.fromArray(SPECIES, d, dOff).fma(x, acc0);
                    acc1 = FloatVector.fromArray(SPECIES, d, dOff + LANES).fma(x, acc1);
                }
                acc0.intoArray(g, go + chunk);
                acc1.intoArray(g, go + chunk + LANES);
            }
            for (; chunk < outputs; chunk += LANES) {
                int j = Math.min(chunk, outputs - LANES);
                FloatVector acc = FloatVector.fromArray(SPECIES, d, row[start] * outputs + j).mul(value[start]);
                for (int t = start + 1; t < end; t++) {
                    acc = FloatVector.fromArray(SPECIES, d, row[t] * outputs + j).fma(FloatVector.broadcast(SPECIES, value[t]), acc);
                }
                acc.intoArray(g, go + j);
            }
        }
    }

    /**
     * Whether a width takes the narrow kernels: more than one chunk, fewer than four, and not exactly two (which
     * the general loop already does in one pass). Four chunks at offsets {@link #narrowOffset} then cover the row
     * in one pass over the inputs, the last ones overlapping (their lanes get the same values twice).
     */
    private static boolean narrow(int outputs) {
        return outputs > LANES && outputs < 4 * LANES && outputs != 2 * LANES;
    }

    /** Where chunk q of a narrow row starts: q chunks in, or as far as the row allows. */
    private static int narrowOffset(int q, int outputs) {
        return Math.min(q * LANES, outputs - LANES);
    }

    /** {@link #affine} for a narrow width (e.g. 30 hidden units): the whole row in four registers, one pass. */
    private static void affineNarrow(SparseRows a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        int outputs = z.cols();
        int o1 = narrowOffset(1, outputs);
        int o2 = narrowOffset(2, outputs);
        int o3 = narrowOffset(3, outputs);
        float[] w = weights.data();
        float[] zv = z.data();
        float[] b = biases.data();
        FloatVector b0 = FloatVector.fromArray(SPECIES, b, 0);
        FloatVector b1 = FloatVector.fromArray(SPECIES, b, o1);
        FloatVector b2 = FloatVector.fromArray(SPECIES, b, o2);
        FloatVector b3 = FloatVector.fromArray(SPECIES, b, o3);
        int[] index = a.rowIndex;
        float[] value = a.rowValue;
        for (int i = from; i < to; i++) {
            FloatVector acc0 = b0;
            FloatVector acc1 = b1;
            FloatVector acc2 = b2;
            FloatVector acc3 = b3;
            for (int t = a.rowStart[i]; t < a.rowStart[i + 1]; t++) {
                int wo = index[t] * outputs;
                FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                acc0 = FloatVector.fromArray(SPECIES, w, wo).fma(x, acc0);
                acc1 = FloatVector.fromArray(SPECIES, w, wo + o1).fma(x, acc1);
                acc2 = FloatVector.fromArray(SPECIES, w, wo + o2).fma(x, acc2);
                acc3 = FloatVector.fromArray(SPECIES, w, wo + o3).fma(x, acc3);
            }
            int zo = i * outputs;
            acc0.intoArray(zv, zo);
            acc1.intoArray(zv, zo + o1);
            acc2.intoArray(zv, zo + o2);
            acc3.intoArray(zv, zo + o3);
        }
    }

    /** {@link #weightGradient} for a narrow width: one pass over a column's entries, the row in four registers. */
    private static void weightGradientNarrow(SparseRows a, Matrix delta, Matrix nablaW, int from, int to) {
        int outputs = delta.cols();
        int o1 = narrowOffset(1, outputs);
        int o2 = narrowOffset(2, outputs);
        int o3 = narrowOffset(3, outputs);
        float[] d = delta.data();
        float[] g = nablaW.data();
        int[] row = a.colRow;
        float[] value = a.colValue;
        for (int k = from; k < to; k++) {
            int start = a.colStart[k];
            int end = a.colStart[k + 1];
            int go = k * outputs;
            if (start == end) {
                java.util.Arrays.fill(g, go, go + outputs, 0f);
                continue;
            }
            int d0 = row[start] * outputs;
            FloatVector x0 = FloatVector.broadcast(SPECIES, value[start]);
            FloatVector acc0 = FloatVector.fromArray(SPECIES, d, d0).mul(x0);
            FloatVector acc1 = FloatVector.fromArray(SPECIES, d, d0 + o1).mul(x0);
            FloatVector acc2 = FloatVector.fromArray(SPECIES, d, d0 + o2).mul(x0);
            FloatVector acc3 = FloatVector.fromArray(SPECIES, d, d0 + o3).mul(x0);
            for (int t = start + 1; t < end; t++) {
                int dOff = row[t] * outputs;
                FloatVector x = FloatVector.broadcast(SPECIES, value[t]);
                acc0 = FloatVector.fromArray(SPECIES, d, dOff).fma(x, acc0);
                acc1 = FloatVector.fromArray(SPECIES, d, dOff + o1).fma(x, acc1);
                acc2 = FloatVector.fromArray(SPECIES, d, dOff + o2).fma(x, acc2);
                acc3 = FloatVector.fromArray(SPECIES, d, dOff + o3).fma(x, acc3);
            }
            acc0.intoArray(g, go);
            acc1.intoArray(g, go + o1);
            acc2.intoArray(g, go + o2);
            acc3.intoArray(g, go + o3);
        }
    }

    /**
     * Four examples at a time share each weight load and keep four independent sums in flight (one sum's
     * multiply-adds wait on each other); each output's sum is still added in ascending input order.
     */
    static void affineDense(Matrix a, Matrix weights, Matrix biases, Matrix z, int from, int to) {
        int inputs = a.cols();
        int outputs = z.cols();
        float[] av = a.data();
        float[] w = weights.data();
        float[] b = biases.data();
        float[] zv = z.data();
        for (int chunk = 0; chunk < outputs; chunk += LANES) {
            int j = Math.min(chunk, outputs - LANES);
            FloatVector bias = FloatVector.fromArray(SPECIES, b, j);
            int i = from;
            for (; i + 4 <= to; i += 4) {
                int a0 = i * inputs;
                FloatVector acc0 = bias;
                FloatVector acc1 = bias;
                FloatVector acc2 = bias;
                FloatVector acc3 = bias;
                for (int k = 0; k < inputs; k++) {
                    FloatVector wk = FloatVector.fromArray(SPECIES, w, k * outputs + j);
                    acc0 = wk.fma(FloatVector.broadcast(SPECIES, av[a0 + k]), acc0);
                    acc1 = wk.fma(FloatVector.broadcast(SPECIES, av[a0 + inputs + k]), acc1);
                    acc2 = wk.fma(FloatVector.broadcast(SPECIES, av[a0 + 2 * inputs + k]), acc2);
                    acc3 = wk.fma(FloatVector.broadcast(SPECIES, av[a0 + 3 * inputs + k]), acc3);
                }
                acc0.intoArray(zv, i * outputs + j);
                acc1.intoArray(zv, (i + 1) * outputs + j);
                acc2.intoArray(zv, (i + 2) * outputs + j);
                acc3.intoArray(zv, (i + 3) * outputs + j);
            }
            for (; i < to; i++) {
                int ao = i * inputs;
                FloatVector acc = bias;
                for (int k = 0; k < inputs; k++) {
                    acc = FloatVector.fromArray(SPECIES, w, k * outputs + j).fma(FloatVector.broadcast(SPECIES, av[ao + k]), acc);
                }
                acc.intoArray(zv, i * outputs + j);
            }
        }
    }

    /** Four weight rows at a time share each delta load and keep four sums in flight, each in ascending example order. */
    static void weightGradientDense(Matrix a, Matrix delta, Matrix nablaW, int from, int to) {
        int inputs = a.cols();
        int rows = a.rows();
        int outputs = delta.cols();
        float[] av = a.data();
        float[] d = delta.data();
        float[] g = nablaW.data();
        for (int chunk = 0; chunk < outputs; chunk += LANES) {
            int j = Math.min(chunk, outputs - LANES);
            int k = from;
            for (; k + 4 <= to; k += 4) {
                FloatVector d0 = FloatVector.fromArray(SPECIES, d, j);
                FloatVector acc0 = d0.mul(av[k]);
                FloatVector acc1 = d0.mul(av[k + 1]);
                FloatVector acc2 = d0.mul(av[k + 2]);
                FloatVector acc3 = d0.mul(av[k + 3]);
                for (int i = 1; i < rows; i++) {
                    FloatVector di = FloatVector.fromArray(SPECIES, d, i * outputs + j);
                    int ai = i * inputs + k;
                    acc0 = di.fma(FloatVector.broadcast(SPECIES, av[ai]), acc0);
                    acc1 = di.fma(FloatVector.broadcast(SPECIES, av[ai + 1]), acc1);
                    acc2 = di.fma(FloatVector.broadcast(SPECIES, av[ai + 2]), acc2);
                    acc3 = di.fma(FloatVector.broadcast(SPECIES, av[ai + 3]), acc3);
                }
                acc0.intoArray(g, k * outputs + j);
                acc1.intoArray(g, (k + 1) * outputs + j);
                acc2.intoArray(g, (k + 2) * outputs + j);
                acc3.intoArray(g, (k + 3) * outputs + j);
            }
            for (; k < to; k++) {
                FloatVector acc = FloatVector.fromArray(SPECIES, d, j).mul(av[k]);
                for (int i = 1; i < rows; i++) {
                    acc = FloatVector.fromArray(SPECIES, d, i * outputs + j).fma(FloatVector.broadcast(SPECIES, av[i * inputs + k]), acc);
                }
                acc.intoArray(g, k * outputs + j);
            }
        }
    }
}
