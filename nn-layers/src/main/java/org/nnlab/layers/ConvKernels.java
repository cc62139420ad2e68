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
     * One filter's output plane, row by row as {@link #forwardRow}; where a row is exactly three vectors (two rows
     * at a time) or one vector (four rows at a time), several rows share each weight's broadcast, so more
     * independent chains are in flight: each value is still the bias followed by one fused multiply-add per
     * weight in order, the same bits.
     */
    static void forwardPlane(float[] in, int xBase, int width, int[] offsets, float[] w, int wOff, float bias,
                             float[] z, int zOff, int outWidth, int outHeight) {
        int y = 0;
        if (outWidth == 3 * LANES) {
            for (; y + 2 <= outHeight; y += 2) {
                rows2x3(in, xBase + y * width, width, offsets, w, wOff, bias, z, zOff + y * outWidth, outWidth);
            }
        } else if (outWidth == LANES) {
            for (; y + 4 <= outHeight; y += 4) {
                rows4x1(in, xBase + y * width, width, offsets, w, wOff, bias, z, zOff + y * outWidth);
            }
        }
        for (; y < outHeight; y++) {
            forwardRow(in, xBase + y * width, offsets, w, wOff, bias, z, zOff + y * outWidth, outWidth);
        }
    }

    /** Two output rows of three vectors each: six chains. */
    private static void rows2x3(float[] in, int xBase, int width, int[] offsets, float[] w, int wOff, float bias,
                                float[] z, int zOff, int outWidth) {
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector c0 = a0;
        FloatVector c1 = a0;
        FloatVector c2 = a0;
        for (int k = 0; k < offsets.length; k++) {
            FloatVector wv = FloatVector.broadcast(SPECIES, w[wOff + k]);
            int at = xBase + offsets[k];
            a0 = FloatVector.fromArray(SPECIES, in, at).fma(wv, a0);
            a1 = FloatVector.fromArray(SPECIES, in, at + LANES).fma(wv, a1);
            a2 = FloatVector.fromArray(SPECIES, in, at + 2 * LANES).fma(wv, a2);
            c0 = FloatVector.fromArray(SPECIES, in, at + width).fma(wv, c0);
            c1 = FloatVector.fromArray(SPECIES, in, at + width + LANES).fma(wv, c1);
            c2 = FloatVector.fromArray(SPECIES, in, at + width + 2 * LANES).fma(wv, c2);
        }
        a0.intoArray(z, zOff);
        a1.intoArray(z, zOff + LANES);
        a2.intoArray(z, zOff + 2 * LANES);
        c0.intoArray(z, zOff + outWidth);
        c1.intoArray(z, zOff + outWidth + LANES);
        c2.intoArray(z, zOff + outWidth + 2 * LANES);
    }

    /** Four output rows of one vector each: four chains. */
    private static void rows4x1(float[] in, int xBase, int width, int[] offsets, float[] w, int wOff, float bias,
                                float[] z, int zOff) {
        FloatVector a0 = FloatVector.broadcast(SPECIES, bias);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int k = 0; k < offsets.length; k++) {
            FloatVector wv = FloatVector.broadcast(SPECIES, w[wOff + k]);
            int at = xBase + offsets[k];
            a0 = FloatVector.fromArray(SPECIES, in, at).fma(wv, a0);
            a1 = FloatVector.fromArray(SPECIES, in, at + width).fma(wv, a1);
            a2 = FloatVector.fromArray(SPECIES, in, at + 2 * width).fma(wv, a2);
            a3 = FloatVector.fromArray(SPECIES, in, at + 3 * width).fma(wv, a3);
        }
        a0.intoArray(z, zOff);
        a1.intoArray(z, zOff + LANES);
        a2.intoArray(z, zOff + 2 * LANES);
        a3.intoArray(z, zOff + 3 * LANES);
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
