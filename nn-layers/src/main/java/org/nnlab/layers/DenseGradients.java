package org.nnlab.layers;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense layer's backward loops on the Vector API, with each sum kept in a register over all its terms and
 * stored once. Every value is the same chain as one {@link Saxpy#axpy} per term (from +0, one fused multiply-add
 * per term in the same order), so the same bits as those loops; only the loads and stores differ.
 */
final class DenseGradients {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    private static final int LANES = SPECIES.length();
    /** Weight-gradient columns per register block: four vectors. */
    private static final int BLOCK = 4 * LANES;

    private DenseGradients() {
    }

    /**
     * BP4: {@code g[k][j] = sum over rows r < rows, in order, of x[r][k] delta[r][j]} for inputs
     * {@code from <= k < to}; {@code x} is rows x n, {@code delta} rows x m, {@code g} n x m. A zero input adds
     * {@code delta * 0}, which leaves a sum started from +0 as it is for a finite delta, as skipping the row
     * would; the vector loops take it rather than a branch, across which the JIT would not keep their registers.
     */
    static void weightGradient(float[] x, int n, float[] delta, int m, int rows, float[] g, int from, int to) {
        // two inputs at a time: eight sums in registers share each load of delta; a range's odd last input goes by
        // single vectors
        for (int k = from; k < to; k += 2) {
            int last = Math.min(to, k + 2);
            int j = 0;
            if (last - k == 2) {
                for (; j + BLOCK <= m; j += BLOCK) {
                    weightBlock2(x, n, k, delta, m, rows, g, j);
                }
            }
            // then single vectors; the last columns, fewer than a vector, as the last vector of the row again
            // (overlapping the one before: the same sums rewritten), or one by one in a row narrower than that
            for (int kk = k; kk < last; kk++) {
                int jj = j;
                for (; jj + LANES <= m; jj += LANES) {
                    weightVector(x, n, kk, delta, m, rows, g, jj);
                }
                if (jj < m && m >= LANES) {
                    weightVector(x, n, kk, delta, m, rows, g, m - LANES);
                } else if (jj < m) {
                    weightScalars(x, n, kk, delta, m, rows, g, jj);
                }
            }
        }
    }

    /** Columns {@code j .. j + LANES - 1} of {@code g}'s row {@code k}. */
    private static void weightVector(float[] x, int n, int k, float[] delta, int m, int rows, float[] g, int j) {
        FloatVector a = FloatVector.zero(SPECIES);
        for (int r = 0; r < rows; r++) {
            FloatVector v = FloatVector.broadcast(SPECIES, x[r * n + k]);
            a = FloatVector.fromArray(SPECIES, delta, r * m + j).fma(v, a);
        }
        a.intoArray(g, k * m + j);
    }

    /** Columns {@code j .. m - 1} of {@code g}'s row {@code k}, fewer than a vector, one by one. */
    private static void weightScalars(float[] x, int n, int k, float[] delta, int m, int rows, float[] g, int j) {
        for (int t = j; t < m; t++) {
            float sum = 0f;
            for (int r = 0; r < rows; r++) {
                float xk = x[r * n + k];
                if (xk != 0f) {
                    sum = Math.fma(xk, delta[r * m + t], sum);
                }
            }
            g[k * m + t] = sum;
        }
    }

    /** Columns {@code j .. j + BLOCK - 1} of {@code g}'s rows {@code k} and {@code k + 1}. */
    private static void weightBlock2(float[] x, int n, int k, float[] delta, int m, int rows, float[] g, int j) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        FloatVector c0 = a0;
        FloatVector c1 = a0;
        FloatVector c2 = a0;
        FloatVector c3 = a0;
        for (int r = 0; r < rows; r++) {
            FloatVector v = FloatVector.broadcast(SPECIES, x[r * n + k]);
            FloatVector u = FloatVector.broadcast(SPECIES, x[r * n + k + 1]);
            int d = r * m + j;
            FloatVector d0 = FloatVector.fromArray(SPECIES, delta, d);
            FloatVector d1 = FloatVector.fromArray(SPECIES, delta, d + LANES);
            FloatVector d2 = FloatVector.fromArray(SPECIES, delta, d + 2 * LANES);
            FloatVector d3 = FloatVector.fromArray(SPECIES, delta, d + 3 * LANES);
            a0 = d0.fma(v, a0);
            a1 = d1.fma(v, a1);
            a2 = d2.fma(v, a2);
            a3 = d3.fma(v, a3);
            c0 = d0.fma(u, c0);
            c1 = d1.fma(u, c1);
            c2 = d2.fma(u, c2);
            c3 = d3.fma(u, c3);
        }
        int at = k * m + j;
        a0.intoArray(g, at);
        a1.intoArray(g, at + LANES);
        a2.intoArray(g, at + 2 * LANES);
        a3.intoArray(g, at + 3 * LANES);
        c0.intoArray(g, at + m);
        c1.intoArray(g, at + m + LANES);
        c2.intoArray(g, at + m + 2 * LANES);
        c3.intoArray(g, at + m + 3 * LANES);
    }

    /** The rows padded to whole vectors: the width of {@link #transposeDelta}'s and {@link #inputGradient}'s rows. */
    static int paddedRows(int rows) {
        return (rows + LANES - 1) / LANES * LANES;
    }

    /** {@code deltaT[j][r] = delta[r][j]} (m x {@link #paddedRows}), the padding zero. */
    static void transposeDelta(float[] delta, int m, int rows, float[] deltaT) {
        int padded = paddedRows(rows);
        java.util.Arrays.fill(deltaT, 0, m * padded, 0f);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < m; j++) {
                deltaT[j * padded + r] = delta[r * m + j];
            }
        }
    }

    /**
     * BP2's {@code (w^T delta)}: {@code dIn[r][k] = sum over j < m, in order, of w[k][j] delta[r][j]} for inputs
     * {@code from <= k < to} and every row, with the rows in vector lanes ({@code deltaT} from
     * {@link #transposeDelta}) and eight inputs at a time, so W is read in place, not transposed. The sums go
     * through {@code sumsT} (n x {@link #paddedRows}, input k's at {@code k * padded}), the padding lanes dropped.
     * A zero {@code delta[r][j]} adds {@code w[k][j] * 0}, which leaves a sum started from +0 as it is for a finite
     * weight (a weight is finite here: the forward pass checked its outputs), as skipping the term would.
     */
    static void inputGradient(float[] w, int n, int m, float[] deltaT, int rows, float[] dIn, int from, int to,
                              float[] sumsT) {
        int padded = paddedRows(rows);
        int k = from;
        for (; k + 8 <= to; k += 8) {
            for (int lane = 0; lane < padded; lane += LANES) {
                inputBlock8(w, m, k, deltaT, padded, lane, sumsT);
            }
        }
        for (; k < to; k++) {
            for (int lane = 0; lane < padded; lane += LANES) {
                FloatVector a = FloatVector.zero(SPECIES);
                for (int j = 0; j < m; j++) {
                    a = FloatVector.broadcast(SPECIES, w[k * m + j]).fma(
                            FloatVector.fromArray(SPECIES, deltaT, j * padded + lane), a);
                }
                a.intoArray(sumsT, k * padded + lane);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (k = from; k < to; k++) {
                dIn[r * n + k] = sumsT[k * padded + r];
            }
        }
    }

    /** Inputs {@code k .. k + 7}, lanes {@code lane .. lane + LANES - 1}, into {@code sumsT}: eight chains. */
    private static void inputBlock8(float[] w, int m, int k, float[] deltaT, int padded, int lane, float[] sumsT) {
        FloatVector a0 = FloatVector.zero(SPECIES);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        FloatVector a4 = a0;
        FloatVector a5 = a0;
        FloatVector a6 = a0;
        FloatVector a7 = a0;
        int w0 = k * m;
        for (int j = 0; j < m; j++) {
            FloatVector d = FloatVector.fromArray(SPECIES, deltaT, j * padded + lane);
            int at = w0 + j;
            a0 = FloatVector.broadcast(SPECIES, w[at]).fma(d, a0);
            a1 = FloatVector.broadcast(SPECIES, w[at + m]).fma(d, a1);
            a2 = FloatVector.broadcast(SPECIES, w[at + 2 * m]).fma(d, a2);
            a3 = FloatVector.broadcast(SPECIES, w[at + 3 * m]).fma(d, a3);
            a4 = FloatVector.broadcast(SPECIES, w[at + 4 * m]).fma(d, a4);
            a5 = FloatVector.broadcast(SPECIES, w[at + 5 * m]).fma(d, a5);
            a6 = FloatVector.broadcast(SPECIES, w[at + 6 * m]).fma(d, a6);
            a7 = FloatVector.broadcast(SPECIES, w[at + 7 * m]).fma(d, a7);
        }
        int at = k * padded + lane;
        a0.intoArray(sumsT, at);
        a1.intoArray(sumsT, at + padded);
        a2.intoArray(sumsT, at + 2 * padded);
        a3.intoArray(sumsT, at + 3 * padded);
        a4.intoArray(sumsT, at + 4 * padded);
        a5.intoArray(sumsT, at + 5 * padded);
        a6.intoArray(sumsT, at + 6 * padded);
        a7.intoArray(sumsT, at + 7 * padded);
    }
}
