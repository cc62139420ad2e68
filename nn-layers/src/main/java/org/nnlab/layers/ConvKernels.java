package org.nnlab.layers;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The convolution's forward inner loop on the Vector API (the lanes of {@link Saxpy}). Every output value is its
 * bias followed by one fused multiply-add per filter weight in the order (channel, row, column), whether it lands
 * in a vector lane or the scalar tail, so the result does not depend on the blocking.
 */
final class ConvKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final int LANES = SPECIES.length();

    private ConvKernels() {
    }

    /**
     * The offsets in the input of a filter's weights, in weight order: {@code (c * height + i) * width + j} for
     * weight {@code (c * size + i) * size + j}.
     */
    static int[] offsets(int channels, int height, int width, int size) {
        int[] offsets = new int[channels * size * size];
        int k = 0;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    offsets[k++] = (c * height + i) * width + j;
                }
            }
        }
        return offsets;
    }

    /**
     * One output row of one filter: {@code z[zOff + x] = bias + sum over k of w[wOff + k] in[xBase + offsets[k] + x]}
     * for {@code x < outWidth}, three vectors of the row held in registers at a time, then one, then single values.
     */
    static void forwardRow(float[] in, int xBase, int[] offsets, float[] w, int wOff, float bias, float[] z,
                           int zOff, int outWidth) {
        int weights = offsets.length;
        int x0 = 0;
        for (; x0 + 3 * LANES <= outWidth; x0 += 3 * LANES) {
            FloatVector acc0 = FloatVector.broadcast(SPECIES, bias);
            FloatVector acc1 = acc0;
            FloatVector acc2 = acc0;
            int base = xBase + x0;
            for (int k = 0; k < weights; k++) {
                FloatVector wv = FloatVector.broadcast(SPECIES, w[wOff + k]);
                int at = base + offsets[k];
                acc0 = FloatVector.fromArray(SPECIES, in, at).fma(wv, acc0);
                acc1 = FloatVector.fromArray(SPECIES, in, at + LANES).fma(wv, acc1);
                acc2 = FloatVector.fromArray(SPECIES, in, at + 2 * LANES).fma(wv, acc2);
            }
            acc0.intoArray(z, zOff + x0);
            acc1.intoArray(z, zOff + x0 + LANES);
            acc2.intoArray(z, zOff + x0 + 2 * LANES);
        }
        for (; x0 + LANES <= outWidth; x0 += LANES) {
            FloatVector acc = FloatVector.broadcast(SPECIES, bias);
            int base = xBase + x0;
            for (int k = 0; k < weights; k++) {
                FloatVector wv = FloatVector.broadcast(SPECIES, w[wOff + k]);
                acc = FloatVector.fromArray(SPECIES, in, base + offsets[k]).fma(wv, acc);
            }
            acc.intoArray(z, zOff + x0);
        }
        for (; x0 < outWidth; x0++) {
            float sum = bias;
            int base = xBase + x0;
            for (int k = 0; k < weights; k++) {
                sum = Math.fma(w[wOff + k], in[base + offsets[k]], sum);
            }
            z[zOff + x0] = sum;
        }
    }
}
