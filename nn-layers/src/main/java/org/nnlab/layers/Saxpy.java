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
}
