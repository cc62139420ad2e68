package org.nnlab.layers;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The 2x2 max-pool of one band (two input rows) on the Vector API, eight windows at a time (the last eight again
 * where the width is not a multiple of eight), one by one in a band narrower than eight. Each window takes the
 * same four comparisons in the same order as the scalar loop (the top-left value, then its right, lower and
 * lower-right neighbours, a strictly larger one winning; a NaN never wins), so the maxima and the winners'
 * positions are the same as the scalar loop's, bit for bit.
 */
final class PoolPairs {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    // Each 2x2 window is compared lane by lane on the whole 16 columns of the band (lane k holding the window
    // whose top-left value is column k; the odd lanes are discarded), then the even lanes are gathered with
    // one-vector shuffles: the two-vector shuffle and float-to-int conversions are not compiled to vector
    // instructions on Java 17 and cost ten times as much.
    /** Lanes 0, 2, 4, 6 twice: the even lanes, gathered into the low half from one vector, the high from the other. */
    private static final VectorShuffle<Float> EVEN = VectorShuffle.fromValues(SPECIES, 0, 2, 4, 6, 0, 2, 4, 6);
    private static final VectorShuffle<Integer> EVEN_INTS = VectorShuffle.fromValues(INTS, 0, 2, 4, 6, 0, 2, 4, 6);
    private static final VectorMask<Float> HIGH = VectorMask.fromLong(SPECIES, 0xF0);
    private static final VectorMask<Integer> HIGH_INTS = VectorMask.fromLong(INTS, 0xF0);
    private static final IntVector ONE = IntVector.broadcast(INTS, 1);
    /** Lane k's column within its vector: 0, 1, ..., 7. */
    private static final IntVector COLUMNS = IntVector.zero(INTS).addIndex(1);

    private PoolPairs() {
    }

    /**
     * The windows of the band starting at {@code bandStart} in {@code x} (rows of width {@code w}), written from
     * {@code a[o]} on, with each winner's index relative to {@code rowStart} in {@code winners}. Returns the next
     * output index.
     */
    static int band(float[] x, int bandStart, int w, int outWidth, float[] a, int[] winners, int o, int rowStart) {
        // the vector reads one value past the band's last column, in the next row or band
        if (outWidth >= LANES && bandStart + 2 * w < x.length) {
            int xo = 0;
            for (; xo + LANES <= outWidth; xo += LANES) {
                eight(x, bandStart + 2 * xo, w, a, winners, o + xo, bandStart + 2 * xo - rowStart);
            }
            if (xo < outWidth) {
                // the last eight windows again, overlapping the previous ones: the same values rewritten
                int last = outWidth - LANES;
                eight(x, bandStart + 2 * last, w, a, winners, o + last, bandStart + 2 * last - rowStart);
            }
            return o + outWidth;
        }
        for (int xo = 0; xo < outWidth; xo++) {
            int p = bandStart + 2 * xo;
            // only integer selects; the maximum is re-read
            int best = x[p + 1] > x[p] ? p + 1 : p;
            best = x[p + w] > x[best] ? p + w : best;
            best = x[p + w + 1] > x[best] ? p + w + 1 : best;
            a[o] = x[best];
            winners[o++] = best - rowStart;
        }
        return o;
    }

    /** Eight windows whose first top-left value is {@code x[p]}; {@code first} is that value's index in its row. */
    private static void eight(float[] x, int p, int w, float[] a, int[] winners, int o, int first) {
        IntVector lower = IntVector.broadcast(INTS, w);
        IntVector lowerRight = IntVector.broadcast(INTS, w + 1);
        FloatVector max0 = FloatVector.fromArray(SPECIES, x, p);
        FloatVector max1 = FloatVector.fromArray(SPECIES, x, p + LANES);
        IntVector offset0 = IntVector.zero(INTS);
        IntVector offset1 = offset0;

        FloatVector next0 = FloatVector.fromArray(SPECIES, x, p + 1);
        FloatVector next1 = FloatVector.fromArray(SPECIES, x, p + LANES + 1);
        VectorMask<Float> larger0 = next0.compare(VectorOperators.GT, max0);
        VectorMask<Float> larger1 = next1.compare(VectorOperators.GT, max1);
        max0 = max0.blend(next0, larger0);
        max1 = max1.blend(next1, larger1);
        offset0 = offset0.blend(ONE, larger0.cast(INTS));
        offset1 = offset1.blend(ONE, larger1.cast(INTS));

        next0 = FloatVector.fromArray(SPECIES, x, p + w);
        next1 = FloatVector.fromArray(SPECIES, x, p + w + LANES);
        larger0 = next0.compare(VectorOperators.GT, max0);
        larger1 = next1.compare(VectorOperators.GT, max1);
        max0 = max0.blend(next0, larger0);
        max1 = max1.blend(next1, larger1);
        offset0 = offset0.blend(lower, larger0.cast(INTS));
        offset1 = offset1.blend(lower, larger1.cast(INTS));

        next0 = FloatVector.fromArray(SPECIES, x, p + w + 1);
        next1 = FloatVector.fromArray(SPECIES, x, p + w + LANES + 1);
        larger0 = next0.compare(VectorOperators.GT, max0);
        larger1 = next1.compare(VectorOperators.GT, max1);
        max0 = max0.blend(next0, larger0);
        max1 = max1.blend(next1, larger1);
        offset0 = offset0.blend(lowerRight, larger0.cast(INTS));
        offset1 = offset1.blend(lowerRight, larger1.cast(INTS));

        max0.rearrange(EVEN).blend(max1.rearrange(EVEN), HIGH).intoArray(a, o);
        IntVector columns0 = offset0.add(COLUMNS);
        IntVector columns1 = offset1.add(COLUMNS).add(LANES);
        columns0.rearrange(EVEN_INTS).blend(columns1.rearrange(EVEN_INTS), HIGH_INTS).add(first).intoArray(winners, o);
    }
}
