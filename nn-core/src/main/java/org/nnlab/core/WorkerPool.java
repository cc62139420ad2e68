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
 *
 * <p>A call may give the workers work to go on with after their part, while the caller goes on alone
 * ({@link #run(int, BatchContext.RangeBody, BatchContext.RangeBody)}): the time a worker would spin while the
 * caller runs the small sequential layers between two calls.
 */
final class WorkerPool implements AutoCloseable {
    /** The body of a parallel loop over {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody extends BatchContext.RangeBody {
    }

    /** Work the caller may do in pieces while it waits for the workers ({@link #run(int, BatchContext.RangeBody,
     * BatchContext.RangeBody, WaitingWork)}). */
    @FunctionalInterface
    interface WaitingWork {
        /** Does one short piece of the work; false if none was left. */
        boolean runPiece();
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
    private volatile BatchContext.RangeBody trailing;
    private volatile int size;
    private volatile Throwable failure;
    /** A trailing part's failure, thrown by the next {@link #run} or {@link #awaitTrailing}. */
    private volatile Throwable trailingFailure;
    /** Workers whose trailing part has not finished. */
    private final AtomicInteger trailingPending = new AtomicInteger();

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
        run(size, body, null);
    }

    /**
     * As {@link #run(int, BatchContext.RangeBody)}, and then each worker runs {@code trailing} (if not null) over its
     * own part while the caller goes on: the part after the first, when it is not the caller's. The caller's part
     * has no trailing call, and with one thread, or fewer parts than threads, there is none at all: {@code body}
     * and {@code trailing} must leave the same results whether or not a trailing call happens. A worker finishes its
     * trailing part before it starts the next call's part, so a later call's body on the same part sees the
     * trailing part's writes; other threads must not touch what a trailing part writes until {@link #awaitTrailing}
     * or the next call returns.
     */
    void run(int size, BatchContext.RangeBody body, BatchContext.RangeBody trailing) {
        run(size, body, trailing, null);
    }

    /**
     * As {@link #run(int, BatchContext.RangeBody, BatchContext.RangeBody)}, and the caller, once its own part is
     * done, runs pieces of {@code whileWaiting} (if not null) until the workers' parts are done or no piece is
     * left; with one thread, or fewer parts than threads, it runs none. A piece overruns the workers by at most
     * its own length.
     */
    void run(int size, BatchContext.RangeBody body, BatchContext.RangeBody trailing, WaitingWork whileWaiting) {
        if (threads == 1 || size < threads) {
            body.run(0, size);
            return;
        }
        this.body = body;
        this.trailing = trailing;
        this.size = size;
        this.failure = null;
        pending.set(threads - 1);
        if (trailing != null) {
            trailingPending.addAndGet(threads - 1);
        }
        generation++;
        for (Thread worker : workers) {
            LockSupport.unpark(worker);
        }
        body.run(0, partStart(1, size));
        if (whileWaiting != null) {
            while (pending.get() != 0 && whileWaiting.runPiece()) {
                // the caller's deferrable work, piece by piece, instead of spinning
            }
        }
        await(pending);
        rethrow(failure);
        rethrowTrailingFailure();
    }

    /** Returns when every worker's trailing part has finished; throws a trailing part's failure. */
    void awaitTrailing() {
        await(trailingPending);
        rethrowTrailingFailure();
    }

    /** Throws a trailing part's failure once, if one was recorded. */
    private void rethrowTrailingFailure() {
        Throwable trailed = trailingFailure;
        if (trailed != null) {
            trailingFailure = null;
            rethrow(trailed);
        }
    }

    private static void await(AtomicInteger count) {
        long waitStart = System.nanoTime();
        while (count.get() != 0) {
            // spin briefly, then give the core away: on a busy machine the worker may be waiting for it
            if (System.nanoTime() - waitStart < CALLER_SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private static void rethrow(Throwable thrown) {
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
        int total = size;
        BatchContext.RangeBody after = trailing;
        boolean done = false;
        try {
            body.run(partStart(part, total), partStart(part + 1, total));
            done = true;
        } catch (Throwable t) {
            failure = t;
        } finally {
            pending.decrementAndGet();
        }
        if (after != null) {
            try {
                if (done) {
                    after.run(partStart(part, total), partStart(part + 1, total));
                }
            } catch (Throwable t) {
                trailingFailure = t;
            } finally {
                trailingPending.decrementAndGet();
            }
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
