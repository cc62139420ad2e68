package org.nnlab.layers;

/** The inner loops of the layers, written so the JIT vectorises them: contiguous, no branches. */
final class Saxpy {
    private Saxpy() {
    }

    /** {@code y[yOff + i] += alpha * x[xOff + i]} for {@code i < length}. */
    static void axpy(float alpha, float[] x, int xOff, float[] y, int yOff, int length) {
        for (int i = 0; i < length; i++) {
            y[yOff + i] += alpha * x[xOff + i];
        }
    }

    /**
     * {@code sum x[xOff + i] * y[yOff + i]} for {@code i < length}, in four interleaved partial sums added in a
     * fixed order at the end: the same bits every time, faster than one dependent chain.
     */
    static float dot(float[] x, int xOff, float[] y, int yOff, int length) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += x[xOff + i] * y[yOff + i];
            s1 += x[xOff + i + 1] * y[yOff + i + 1];
            s2 += x[xOff + i + 2] * y[yOff + i + 2];
            s3 += x[xOff + i + 3] * y[yOff + i + 3];
        }
        for (; i < length; i++) {
            s0 += x[xOff + i] * y[yOff + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
