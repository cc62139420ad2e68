package org.nnlab.core;

import org.nnlab.api.BatchContext;

/**
 * The {@link BatchContext} of one stage of a {@link LayeredPass}: its noise is a hash of (the {@code layers}
 * stream's seed, epoch, batch, stage, row, unit), SplitMix64's finaliser applied to each in turn, so it does not
 * depend on which thread asks or in what order.
 */
final class LayerBatchContext implements BatchContext {
    private static final double UNIT = 0x1.0p-53;

    private final WorkerPool pool;
    private final long streamSeed;
    private final int stage;
    private boolean training;
    private long key;

    LayerBatchContext(WorkerPool pool, long streamSeed, int stage) {
        this.pool = pool;
        this.streamSeed = streamSeed;
        this.stage = stage;
    }

    /** Sets the mode and the noise of one mini-batch. */
    void start(boolean training, int epoch, int batch) {
        this.training = training;
        this.key = mix(mix(mix(streamSeed ^ epoch) ^ batch) ^ stage);
    }

    @Override
    public boolean training() {
        return training;
    }

    @Override
    public int threads() {
        return pool.threads();
    }

    @Override
    public void parallel(int size, RangeBody body) {
        pool.run(size, body);
    }

    @Override
    public double uniform(int row, int unit) {
        return (mix(mix(key ^ row) ^ unit) >>> 11) * UNIT;
    }

    @Override
    public double gaussian(int row, int unit) {
        double u1 = 1.0 - uniform(row, 2 * unit);
        double u2 = uniform(row, 2 * unit + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** SplitMix64's finaliser of {@code z + golden gamma}. */
    static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
