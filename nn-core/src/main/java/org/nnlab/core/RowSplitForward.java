package org.nnlab.core;

import org.nnlab.api.Activation;
import org.nnlab.api.BatchContext;
import org.nnlab.api.Matrix;

/**
 * One stage's activation forward split over the worker threads by rows. An activation works one row per example
 * ({@link Activation}), so applying it to contiguous blocks of rows, each copied into a block-sized matrix made
 * here once, gives the same bits as one call on the whole batch, for any thread count. Used where the stage is
 * wide enough that the activation, not the copies, is the cost: a dense network's wide layers ({@link Backprop})
 * and a layer list's wide stages (a sigmoid after a conv layer).
 */
final class RowSplitForward {
    /**
     * Below this many values per batch one call on the caller's thread is cheaper than a split: the vector sigmoid
     * takes about a microsecond for C3's 64 x 64, less than handing half to the other thread and moving its rows
     * between the cores (C3 with 2 threads: 5 of 5 alternated runs faster unsplit). W800's 100 x 800 still splits.
     */
    static final int MIN_VALUES = 8192;

    private final Activation activation;
    private final WorkerPool pool;
    private final int width;
    private final int[] starts;
    private final Matrix[] zParts;
    private final Matrix[] aParts;
    /** Per block, whether its outputs were all finite ({@link Guard#finite}, checked on its thread). */
    private final boolean[] finite;
    private final BatchContext.RangeBody body;
    private Matrix z;
    private Matrix a;

    private RowSplitForward(Activation activation, WorkerPool pool, int batchSize, int width) {
        this.activation = activation;
        this.pool = pool;
        this.width = width;
        int parts = pool.threads();
        this.starts = new int[parts + 1];
        this.zParts = new Matrix[parts];
        this.aParts = new Matrix[parts];
        this.finite = new boolean[parts];
        for (int p = 0; p <= parts; p++) {
            starts[p] = pool.partStart(p, batchSize);
        }
        for (int p = 0; p < parts; p++) {
            zParts[p] = new Matrix(starts[p + 1] - starts[p], width);
            aParts[p] = new Matrix(starts[p + 1] - starts[p], width);
        }
        this.body = this::parts;
    }

    /**
     * The split for a stage of {@code batchSize x width}, or null below {@link #MIN_VALUES} values or one row per
     * thread.
     */
    static RowSplitForward of(Activation activation, WorkerPool pool, int batchSize, int width) {
        if (activation == null || pool.threads() < 2 || batchSize < pool.threads()
                || (long) batchSize * width < MIN_VALUES) {
            return null;
        }
        return new RowSplitForward(activation, pool, batchSize, width);
    }

    /**
     * Writes {@code activation(z)} into {@code a}, the row blocks on the pool's threads, and says whether every
     * value written is finite (each block checked on its thread): where it is not, the caller's
     * {@link Guard#check} names the fault.
     */
    boolean forward(Matrix z, Matrix a) {
        this.z = z;
        this.a = a;
        pool.run(zParts.length, body);
        for (boolean f : finite) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    private void parts(int from, int to) {
        float[] zs = z.data();
        float[] as = a.data();
        for (int p = from; p < to; p++) {
            int offset = starts[p] * width;
            int length = (starts[p + 1] - starts[p]) * width;
            System.arraycopy(zs, offset, zParts[p].data(), 0, length);
            activation.forward(zParts[p], aParts[p]);
            finite[p] = Guard.finite(aParts[p]);
            System.arraycopy(aParts[p].data(), 0, as, offset, length);
        }
    }
}
