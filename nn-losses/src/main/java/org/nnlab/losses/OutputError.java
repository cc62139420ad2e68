package org.nnlab.losses;

import org.nnlab.api.Matrix;

/** The output error {@code a - y}, shared by the losses whose gradient or fused delta it is. */
final class OutputError {
    private OutputError() {
    }

    /** Writes {@code a - y} into {@code out}; the three matrices have one shape. */
    static void aMinusY(Matrix a, Matrix y, Matrix out) {
        a.requireSameShape(y, "y");
        a.requireSameShape(out, "output");
        float[] as = a.data();
        float[] ys = y.data();
        float[] values = out.data();
        for (int i = 0; i < as.length; i++) {
            values[i] = as[i] - ys[i];
        }
    }
}
