package org.nnlab.layers;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The inner loops of the layers on the Vector API (256-bit lanes, as nn-core's kernels), with a scalar tail. The
 * lane layout is fixed, so a result depends only on its inputs: the same bits for any thread count.
 */
final class Saxpy {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final int LANES = SPECIES.length();

    private Saxpy() {
    }

    /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < length} (fused multiply-add in the vector part). */
    static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int length) {
        int i = 0;
        int bound = SPECIES.loopBound(length);
        if (bound > 0) {
            axpyVector(alpha, x, xOff, y, yOff, bound);
            i = bound;
        }
        for (; i < length; i++) {
            y[yOff + i] = Math.fma(alpha, x[xOff + i], y[yOff + i]);
        }
    }

    private static void axpyVector(float alpha, float[] x, int xOff, float[] y, int yOff, int bound) {
        FloatVector a = FloatVector.broadcast(SPECIES, alpha);
        for (int i = 0; i < bound; i += LANES) {
            FloatVector xv = FloatVector.fromArray(SPECIES, x, xOff + i);
            FloatVector yv = FloatVector.fromArray(SPECIES, y, yOff + i);
            xv.fma(a, yv).intoArray(y, yOff + i);
        }
    }

    /**
     * {@code sum x[xOff + i] * y[yOff + i]} for {@code i < length}: lane-wise partial sums added in lane order at
     * the end, then the tail in order; the same bits every time.
     */
    static float dot(float[] x, int xOff, float[] y, int yOff, int length) {
        int i = 0;
        int bound = SPECIES.loopBound(length);
        FloatVector acc = FloatVector.zero(SPECIES);
        for (; i < bound; i += LANES) {
            acc = FloatVector.fromArray(SPECIES, x, xOff + i).fma(FloatVector.fromArray(SPECIES, y, yOff + i), acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            sum = Math.fma(x[xOff + i], y[yOff + i], sum);
        }
        return sum;
    }

    /**
     * Four {@link #dot}s at once, of {@code x} from {@code base + offsets[at + q]} ({@code q < 4}) with the same
     * {@code y} run, sharing its loads: each is accumulated exactly as {@link #dot} does it (the same lanes, the
     * same reduction, the same tail), so each sum is the same bits. Adds the four sums to
     * {@code out[outOff .. outOff + 3]}.
     */
    static void dot4Add(float[] x, int base, int[] offsets, int at, float[] y, int yOff, int length, float[] out,
                        int outOff) {
        int x0 = base + offsets[at];
        int x1 = base + offsets[at + 1];
        int x2 = base + offsets[at + 2];
        int x3 = base + offsets[at + 3];
        int i = 0;
        int bound = SPECIES.loopBound(length);
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        FloatVector acc2 = FloatVector.zero(SPECIES);
        FloatVector acc3 = FloatVector.zero(SPECIES);
        for (; i < bound; i += LANES) {
            FloatVector yv = FloatVector.fromArray(SPECIES, y, yOff + i);
            acc0 = FloatVector.fromArray(SPECIES, x, x0 + i).fma(yv, acc0);
            acc1 = FloatVector.fromArray(SPECIES, x, x1 + i).fma(yv, acc1);
            acc2 = FloatVector.fromArray(SPECIES, x, x2 + i).fma(yv, acc2);
            acc3 = FloatVector.fromArray(SPECIES, x, x3 + i).fma(yv, acc3);
        }
        float sum0 = acc0.reduceLanes(VectorOperators.ADD);
        float sum1 = acc1.reduceLanes(VectorOperators.ADD);
        float sum2 = acc2.reduceLanes(VectorOperators.ADD);
        float sum3 = acc3.reduceLanes(VectorOperators.ADD);
        for (; i < length; i++) {
            float yi = y[yOff + i];
            sum0 = Math.fma(x[x0 + i], yi, sum0);
            sum1 = Math.fma(x[x1 + i], yi, sum1);
            sum2 = Math.fma(x[x2 + i], yi, sum2);
            sum3 = Math.fma(x[x3 + i], yi, sum3);
        }
        out[outOff] += sum0;
        out[outOff + 1] += sum1;
        out[outOff + 2] += sum2;
        out[outOff + 3] += sum3;
    }
}
