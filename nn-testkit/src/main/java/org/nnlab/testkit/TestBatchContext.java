package org.nnlab.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nnlab.api.BatchContext;

/**
 * A {@link BatchContext} for layer tests: {@code threads} real threads splitting a range into contiguous parts as
 * the engine does, and counter-based noise keyed by {@code key} (the engine's scheme in spirit: a hash of key, row
 * and unit).
 */
final class TestBatchContext implements BatchContext, AutoCloseable {
    private final int threads;
    private final ExecutorService executor;
    private final List<Future<?>> pending = new ArrayList<>();
    private boolean training;
    private long key;

    TestBatchContext(int threads, boolean training, long key) {
        this.threads = threads;
        this.training = training;
        this.key = key;
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "layer-contract");
            t.setDaemon(true);
            return t;
        });
    }

    void set(boolean training, long key) {
        this.training = training;
        this.key = key;
    }

    @Override
    public boolean training() {
        return training;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public void parallel(int size, RangeBody body) {
        if (threads == 1 || size < threads) {
            body.run(0, size);
            return;
        }
        pending.clear();
        for (int part = 1; part < threads; part++) {
            int from = (int) ((long) size * part / threads);
            int to = (int) ((long) size * (part + 1) / threads);
            pending.add(executor.submit(() -> body.run(from, to)));
        }
        body.run(0, (int) ((long) size / threads));
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a part of the layer's parallel loop failed", e.getCause());
            }
        }
    }

    @Override
    public double uniform(int row, int unit) {
        return (mix(mix(key ^ row) ^ unit) >>> 11) * 0x1.0p-53;
    }

    @Override
    public double gaussian(int row, int unit) {
        double u1 = 1.0 - uniform(row, 2 * unit);
        double u2 = uniform(row, 2 * unit + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
