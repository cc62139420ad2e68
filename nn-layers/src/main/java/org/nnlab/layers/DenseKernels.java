package org.nnlab.layers;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense layer's forward inner loop on the Vector API (the lanes of {@link Saxpy}). Every output value is its
 * bias followed by one fused multiply-add {@code x_k w[k][j]} per non-zero input {@code k}, in order, whether it
 * lands in a vector lane or the scalar tail: the same chain as one {@link Saxpy#axpy} per input, so the same
 * bits, but each block of outputs stays in registers over all the inputs and is stored once.
 */
final class DenseKernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    /** Outputs per register block: four vectors. */
    private static final int BLOCK = 4 * LANES;

    private DenseKernels() {
    }

    /**
     * {@code z[r][j] = b[j] + sum over k of x[r][k] w[k][j]} for rows {@code from <= r < to}, {@code x} being
     * rows x n and {@code w} n x m. Column blocks outer, so a block of W stays in cache over the rows; two rows
     * without a zero input share the loads of W; a row with zeros walks its list of non-zero inputs, written
     * into {@code nonZero} (rows x n, row r's from {@code r * n}). No vector is kept across a branch, so the JIT
     * keeps them all in registers.
     */
    static void forward(float[] x, int n, float[] w, int m, float[] b, float[] z, int from, int to,
                        int[] nonZero, int[] counts) {
        for (int r = from; r < to; r++) {
            int count = 0;
            int xOff = r * n;
            for (int k = 0; k < n; k++) {
                nonZero[xOff + count] = k;
                count += x[xOff + k] != 0f ? 1 : 0;
            }
            counts[r] = count;
        }
        int j0 = 0;
        for (; j0 + BLOCK <= m; j0 += BLOCK) {
            int r = from;
            while (r < to) {
                if (r + 1 < to && counts[r] == n && counts[r + 1] == n) {
                    block2(x, r * n, (r + 1) * n, n, w, m, b, j0, z, r * m, (r + 1) * m);
                    r += 2;
                } else {
                    block1(x, r * n, nonZero, counts[r], w, m, b, j0, z, r * m);
                    r++;
                }
            }
        }
        for (; j0 + LANES <= m; j0 += LANES) {
            for (int r = from; r < to; r++) {
                vector1(x, r * n, nonZero, counts[r], w, m, b, j0, z, r * m);
            }
        }
        if (j0 < m) {
            tail(x, n, w, m, b, z, from, to, j0);
        }
    }

    /**
     * The last columns, fewer than a vector, as scalar chains: four columns of two rows (eight independent
     * chains, so their latencies overlap), then single columns of two rows, then the odd row.
     */
    private static void tail(float[] x, int n, float[] w, int m, float[] b, float[] z, int from, int to, int j0) {
        int r = from;
        for (; r + 1 < to; r += 2) {
            int j = j0;
            for (; j + 4 <= m; j += 4) {
                tail4x2(x, r * n, n, w, m, b, z, r * m, j);
            }
            for (; j < m; j++) {
                float s0 = b[j];
                float s1 = b[j];
                int xOff0 = r * n;
                int xOff1 = xOff0 + n;
                for (int k = 0; k < n; k++) {
                    float x0 = x[xOff0 + k];
                    float x1 = x[xOff1 + k];
                    float wkj = w[k * m + j];
                    s0 = x0 != 0f ? Math.fma(x0, wkj, s0) : s0;
                    s1 = x1 != 0f ? Math.fma(x1, wkj, s1) : s1;
                }
                z[r * m + j] = s0;
                z[(r + 1) * m + j] = s1;
            }
        }
        if (r < to) {
            for (int j = j0; j < m; j++) {
                float sum = b[j];
                for (int k = 0; k < n; k++) {
                    float xk = x[r * n + k];
                    if (xk != 0f) {
                        sum = Math.fma(xk, w[k * m + j], sum);
                    }
                }
                z[r * m + j] = sum;
            }
        }
    }

    /** Columns {@code j .. j + 3} of rows {@code r, r + 1} ({@code xOff0}, {@code zOff0} being row r's). */
    private static void tail4x2(float[] x, int xOff0, int n, float[] w, int m, float[] b, float[] z, int zOff0,
                                int j) {
        int xOff1 = xOff0 + n;
        float s0 = b[j];
        float s1 = b[j + 1];
        float s2 = b[j + 2];
        float s3 = b[j + 3];
        float t0 = s0;
        float t1 = s1;
        float t2 = s2;
        float t3 = s3;
        for (int k = 0; k < n; k++) {
            float x0 = x[xOff0 + k];
            float x1 = x[xOff1 + k];
            int at = k * m + j;
            float w0 = w[at];
            float w1 = w[at + 1];
            float w2 = w[at + 2];
            float w3 = w[at + 3];
            if (x0 != 0f) {
                s0 = Math.fma(x0, w0, s0);
                s1 = Math.fma(x0, w1, s1);
                s2 = Math.fma(x0, w2, s2);
                s3 = Math.fma(x0, w3, s3);
            }
            if (x1 != 0f) {
                t0 = Math.fma(x1, w0, t0);
                t1 = Math.fma(x1, w1, t1);
                t2 = Math.fma(x1, w2, t2);
                t3 = Math.fma(x1, w3, t3);
            }
        }
        z[zOff0 + j] = s0;
        z[zOff0 + j + 1] = s1;
        z[zOff0 + j + 2] = s2;
        z[zOff0 + j + 3] = s3;
        z[zOff0 + m + j] = t0;
        z[zOff0 + m + j + 1] = t1;
        z[zOff0 + m + j + 2] = t2;
        z[zOff0 + m + j + 3] = t3;
    }

    private static void block2(float[] x, int xOff0, int xOff1, int n, float[] w, int m, float[] b, int j0,
                               float[] z, int zOff0, int zOff1) {
        FloatVector a0 = FloatVector.fromArray(SPECIES, b, j0);
        FloatVector a1 = FloatVector.fromArray(SPECIES, b, j0 + LANES);
        FloatVector a2 = FloatVector.fromArray(SPECIES, b, j0 + 2 * LANES);
        FloatVector a3 = FloatVector.fromArray(SPECIES, b, j0 + 3 * LANES);
        FloatVector c0 = a0;
        FloatVector c1 = a1;
        FloatVector c2 = a2;
        FloatVector c3 = a3;
        for (int k = 0; k < n; k++) {
            float x0 = x[xOff0 + k];
            float x1 = x[xOff1 + k];
            int at = k * m + j0;
            FloatVector w0 = FloatVector.fromArray(SPECIES, w, at);
            FloatVector w1 = FloatVector.fromArray(SPECIES, w, at + LANES);
            FloatVector w2 = FloatVector.fromArray(SPECIES, w, at + 2 * LANES);
            FloatVector w3 = FloatVector.fromArray(SPECIES, w, at + 3 * LANES);
            FloatVector v = FloatVector.broadcast(SPECIES, x0);
            a0 = w0.fma(v, a0);
            a1 = w1.fma(v, a1);
            a2 = w2.fma(v, a2);
            a3 = w3.fma(v, a3);
            FloatVector u = FloatVector.broadcast(SPECIES, x1);
            c0 = w0.fma(u, c0);
            c1 = w1.fma(u, c1);
            c2 = w2.fma(u, c2);
            c3 = w3.fma(u, c3);
        }
        a0.intoArray(z, zOff0 + j0);
        a1.intoArray(z, zOff0 + j0 + LANES);
        a2.intoArray(z, zOff0 + j0 + 2 * LANES);
        a3.intoArray(z, zOff0 + j0 + 3 * LANES);
        c0.intoArray(z, zOff1 + j0);
        c1.intoArray(z, zOff1 + j0 + LANES);
        c2.intoArray(z, zOff1 + j0 + 2 * LANES);
        c3.intoArray(z, zOff1 + j0 + 3 * LANES);
    }

    /** One row's block of four vectors over its non-zero inputs {@code nonZero[xOff .. xOff + count)}. */
    private static void block1(float[] x, int xOff, int[] nonZero, int count, float[] w, int m, float[] b, int j0,
                               float[] z, int zOff) {
        FloatVector a0 = FloatVector.fromArray(SPECIES, b, j0);
        FloatVector a1 = FloatVector.fromArray(SPECIES, b, j0 + LANES);
        FloatVector a2 = FloatVector.fromArray(SPECIES, b, j0 + 2 * LANES);
        FloatVector a3 = FloatVector.fromArray(SPECIES, b, j0 + 3 * LANES);
        for (int t = 0; t < count; t++) {
            int k = nonZero[xOff + t];
            FloatVector v = FloatVector.broadcast(SPECIES, x[xOff + k]);
            int at = k * m + j0;
            a0 = FloatVector.fromArray(SPECIES, w, at).fma(v, a0);
            a1 = FloatVector.fromArray(SPECIES, w, at + LANES).fma(v, a1);
            a2 = FloatVector.fromArray(SPECIES, w, at + 2 * LANES).fma(v, a2);
            a3 = FloatVector.fromArray(SPECIES, w, at + 3 * LANES).fma(v, a3);
        }
        a0.intoArray(z, zOff + j0);
        a1.intoArray(z, zOff + j0 + LANES);
        a2.intoArray(z, zOff + j0 + 2 * LANES);
        a3.intoArray(z, zOff + j0 + 3 * LANES);
    }

    private static void vector1(float[] x, int xOff, int[] nonZero, int count, float[] w, int m, float[] b, int j0,
                                float[] z, int zOff) {
        FloatVector a0 = FloatVector.fromArray(SPECIES, b, j0);
        for (int t = 0; t < count; t++) {
            int k = nonZero[xOff + t];
            a0 = FloatVector.fromArray(SPECIES, w, k * m + j0).fma(FloatVector.broadcast(SPECIES, x[xOff + k]), a0);
        }
        a0.intoArray(z, zOff + j0);
    }
}
