package org.nnlab.core;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.nnlab.api.BatchContext;

/**
 * A fixed set of threads that split a range {@code [0, size)} into contiguous parts, one per thread, and run a
 * body on each part. Every part's result lands in its own slots of the output, and each sum stays within one
 * part, so the results are the same bits for any thread count.
 *
 * <p>Made for the mini-batch loop, where a call lasts microseconds: idle workers spin briefly before parking, so
 * a call does not pay a wake-up each time. With one thread, {@link #run} is a plain call.
 */
final class WorkerPool implements AutoCloseable {
    /** The body of a parallel loop over {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody extends BatchContext.RangeBody {
    }

    /** A pool of one: runs every body on the caller's thread. */
    static final WorkerPool SINGLE = new WorkerPool(1);

    private static final long SPIN_NANOS = 50_000;
    private static final long CALLER_SPIN_NANOS = 20_000;

    private final int threads;
    private final Thread[] workers;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile BatchContext.RangeBody body;
    private volatile int size;
    private volatile Throwable failure;

    WorkerPool(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
        this.workers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++) {
            int part = t;
            Thread worker = new Thread(() -> work(part), "nn-worker-" + t);
            worker.setDaemon(true);
            workers[t - 1] = worker;
            worker.start();
        }
    }

    int threads() {
        return threads;
    }

    /** Runs {@code body} over {@code [0, size)} split into {@link #threads()} contiguous parts; returns when all are done. */
    void run(int size, BatchContext.RangeBody body) {
        if (threads == 1 || size < threads) {
            body.run(0, size);
            return;
        }
        this.body = body;
        this.size = size;
        this.failure = null;
        pending.set(threads - 1);
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        body.run(0, partStart(1, size));
        long waitStart = System.nanoTime();
        while (pending.get() != 0) {
            // spin briefly, then give the core away: on a busy machine the worker may be waiting for it
            if (System.nanoTime() - waitStart < CALLER_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        }
    }

    /** Where part {@code part} of {@link #run}'s split of {@code [0, size)} starts ({@code part == threads()}: size). */
    int partStart(int part, int size) {
        return (int) ((long) size * part / threads);
    }

    private void work(int part) {
        int seen = 0;
        while (!closed) {
            long spinStart = System.nanoTime();
            while (generation == seen && !closed) {
                if (System.nanoTime() - spinStart < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            seen = generation;
            runPart(part);
        }
    }

    /**
     * One part of the current loop. A method of its own, not code inside {@link #work}'s endless loop: that loop is
     * only ever compiled on-stack, and a kernel inlined there ran the Vector API's slow fallback when the on-stack
     * compilation was later discarded.
     */
    private void runPart(int part) {
        try {
            int total = size;
            body.run(partStart(part, total), partStart(part + 1, total));
        } catch (Throwable t) {
            failure = t;
        } finally {
            pending.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
    }
}
