package org.nnlab.datasets;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops a blocked read when {@link #touch()} has not been called for the idle time: it closes the stream and
 * interrupts the thread that created the watchdog. The body streams of {@code java.net.http} have no read
 * timeout of their own, and on Java 17 a blocked read wakes only when interrupted and then finds its stream
 * closed. {@link #close()} clears an interrupt this watchdog caused.
 */
final class IdleWatchdog implements AutoCloseable {
    private final Thread reader = Thread.currentThread();
    private final long idleNanos;
    private final Closeable stream;
    private final ScheduledExecutorService timer;
    private volatile long lastTouch = System.nanoTime();
    private boolean active = true;
    private boolean fired;

    private IdleWatchdog(Duration idle, Closeable stream) {
        this.idleNanos = idle.toNanos();
        this.stream = stream;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nnlab-download-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Watches reads of {@code stream} by the calling thread. */
    static IdleWatchdog start(Duration idle, Closeable stream) {
        IdleWatchdog watchdog = new IdleWatchdog(idle, stream);
        long period = Math.max(10, Math.min(1000, idle.toMillis() / 4));
        watchdog.timer.scheduleAtFixedRate(watchdog::check, period, period, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    /** Data arrived: the idle time starts again. */
    void touch() {
        lastTouch = System.nanoTime();
    }

    /** Whether this watchdog interrupted the reader. */
    synchronized boolean fired() {
        return fired;
    }

    private synchronized void check() {
        if (active && !fired && System.nanoTime() - lastTouch > idleNanos) {
            fired = true;
            try {
                stream.close();
            } catch (IOException | RuntimeException e) {
                // the interrupt below still wakes the reader
            }
            reader.interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            active = false;
            if (fired) {
                Thread.interrupted();
            }
        }
        timer.shutdownNow();
    }
}
