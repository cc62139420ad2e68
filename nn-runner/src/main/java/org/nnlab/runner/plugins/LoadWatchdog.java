package org.nnlab.runner.plugins;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * Names the plugin jar being loaded when loading it takes long. A plugin's static initializers and constructors
 * run when its jar is loaded, before any command does its work; one that hangs would hang every command with no
 * output. A daemon thread looks every {@code after}; a jar still loading since the last look is named once.
 */
final class LoadWatchdog implements AutoCloseable {
    /** How long a jar may load before it is named. */
    static final Duration AFTER = Duration.ofSeconds(3);

    private final PrintWriter err;
    private final Duration after;
    private final Thread thread;
    private String current;
    private long started;
    private boolean reported;
    private boolean closed;

    LoadWatchdog(PrintWriter err, Duration after) {
        this.err = Objects.requireNonNull(err, "err is null");
        this.after = Objects.requireNonNull(after, "after is null");
        this.thread = new Thread(this::watch, "nn-plugin-load-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loading of {@code label} (a jar or a directory of jars) starts now. */
    synchronized void loading(String label) {
        current = label;
        started = System.nanoTime();
        reported = false;
    }

    private synchronized void watch() {
        while (!closed) {
            try {
                wait(Math.max(1, after.toMillis() / 4));
            } catch (InterruptedException e) {
                return;
            }
            if (!closed && current != null && !reported && System.nanoTime() - started >= after.toNanos()) {
                reported = true;
                err.println("warning: still loading the plugin " + current + " after " + (after.toMillis() % 1000 == 0
                        ? after.toSeconds() + " s" : after.toMillis() + " ms") + "; its"
                        + " code runs when it is loaded and may hang: if nothing happens, stop nn (Ctrl-C) and move"
                        + " the jar out of its plugin directory");
                err.flush();
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
