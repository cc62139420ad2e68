package org.nnlab.core;

import org.nnlab.api.Examples;

/**
 * The non-zero features of every training example, indexed once before training, so a mini-batch's input is
 * gathered from lists instead of scanned pixel by pixel each time it is drawn.
 */
final class SparseExamples {
    final int features;
    /** Example e's entries are {@code index/value[start[e] .. start[e + 1])}, ascending feature. */
    final int[] start;
    final int[] index;
    final float[] value;
    /** Example e's entries for features below {@link SparseRows#half} are those before {@code half[e]}. */
    final int[] half;

    SparseExamples(Examples examples) {
        this.features = examples.featureCount();
        float[] x = examples.features();
        int count = 0;
        for (float v : x) {
            if (v != 0f) {
                count++;
            }
        }
        this.start = new int[examples.count() + 1];
        this.index = new int[count];
        this.value = new float[count];
        this.half = new int[examples.count()];
        int split = SparseRows.half(features);
        int t = 0;
        for (int e = 0; e < examples.count(); e++) {
            start[e] = t;
            int offset = e * features;
            for (int f = 0; f < features; f++) {
                if (f == split) {
                    half[e] = t;
                }
                float v = x[offset + f];
                if (v != 0f) {
                    index[t] = f;
                    value[t] = v;
                    t++;
                }
            }
        }
        start[examples.count()] = t;
    }
}
