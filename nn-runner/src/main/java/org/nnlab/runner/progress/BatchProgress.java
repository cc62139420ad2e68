package org.nnlab.runner.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs done of a batch, with an ETA. On a terminal one line redrawn in place on every event:
 * <pre>batch ch3-eta-lambda [#####-----------]  5/18 runs  2 running  1 failed  ETA 3:20</pre>
 * off a terminal one line per finished run:
 * <pre>batch ch3-eta-lambda: 5/18 runs done (1 failed), ETA 3:20; eta-0.5-l2-5-seed-2 completed in 12.3 s</pre>
 * and nothing when quiet. The ETA is the wall time per run finished so far in this process (so parallel runs
 * count as they should) times the runs left; runs already done before a resume count as done but not in the
 * rate. Safe to call from the batch's worker threads.
 *
 * <p>For the batch command: make one with {@link #forConsole}, call {@link #runStarted} and {@link #runFinished}
 * around each run, {@link #clear()} before printing anything else on the console (a live line is redrawn on the
 * next event), and {@link #close()} at the end.
 */
public final class BatchProgress implements AutoCloseable {
    /** How it shows. */
    public enum Mode {
        /** A line redrawn in place: a terminal. */
        LIVE,
        /** A line per finished run: a file, CI. */
        LINES,
        /** Nothing: {@code --quiet}. */
        SILENT
    }

    private static final int BAR_WIDTH = 16;
    private static final String CLEAR_TO_END = "\033[K";

    private final String batch;
    private final int total;
    private final int alreadyDone;
    private final PrintStream out;
    private final Mode mode;
    private final LongSupplier nanoTime;
    private final long start;
    private int done;
    private int failed;
    private int running;
    private boolean drawn;

    /**
     * @param batch       the batch's name
     * @param total       runs in the batch
     * @param alreadyDone runs completed before this process started (a resume)
     */
    public BatchProgress(String batch, int total, int alreadyDone, PrintStream out, Mode mode,
                         LongSupplier nanoTime) {
        this.batch = Objects.requireNonNull(batch, "batch is null");
        this.out = Objects.requireNonNull(out, "out is null");
        this.mode = Objects.requireNonNull(mode, "mode is null");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime is null");
        if (total < 0 || alreadyDone < 0 || alreadyDone > total) {
            throw new IllegalArgumentException("total " + total + ", already done " + alreadyDone);
        }
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
        this.start = nanoTime.getAsLong();
    }

    /** Live on standard output when it is a terminal, lines on standard error otherwise, silent when quiet. */
    public static BatchProgress forConsole(String batch, int total, int alreadyDone, boolean quiet) {
        Mode mode = quiet ? Mode.SILENT : System.console() != null ? Mode.LIVE : Mode.LINES;
        return new BatchProgress(batch, total, alreadyDone, mode == Mode.LIVE ? System.out : System.err, mode,
                System::nanoTime);
    }

    public synchronized void runStarted(String run) {
        running++;
        if (mode == Mode.LIVE) {
            draw();
        }
    }

    /**
     * @param run       the run's name (its directory's name)
     * @param status    how it ended: {@code completed}, {@code failed}, ...
     * @param succeeded whether it counts as done rather than failed
     * @param seconds   its wall time
     */
    public synchronized void runFinished(String run, String status, boolean succeeded, double seconds) {
        running = Math.max(0, running - 1);
        done++;
        if (!succeeded) {
            failed++;
        }
        if (mode == Mode.LIVE) {
            draw();
        } else if (mode == Mode.LINES) {
            StringBuilder line = new StringBuilder("batch ").append(batch).append(": ");
            line.append(done).append('/').append(total).append(" runs done");
            if (failed > 0) {
                line.append(" (").append(failed).append(" failed)");
            }
            if (done < total) {
                line.append(", ETA ");
                Durations.appendClock(line, eta());
            }
            line.append(String.format(Locale.ROOT, "; %s %s in %.1f s", run, status, seconds));
            out.println(line);
            out.flush();
        }
    }

    /** Clears a live line so other output starts at the line's start; it is drawn again on the next event. */
    public synchronized void clear() {
        if (drawn) {
            out.print("\r" + CLEAR_TO_END);
            out.flush();
            drawn = false;
        }
    }

    /** Clears a live line; the batch command prints its own closing line. */
    @Override
    public synchronized void close() {
        clear();
    }

    /** Seconds left: wall time per run finished in this process times the runs left; NaN before one finishes. */
    public synchronized double eta() {
        int finishedHere = done - alreadyDone;
        if (finishedHere == 0) {
            return Double.NaN;
        }
        double perRun = (nanoTime.getAsLong() - start) / 1e9 / finishedHere;
        return perRun * (total - done);
    }

    /** The live line as drawn: for tests. */
    synchronized String text() {
        return line().toString();
    }

    private StringBuilder line() {
        StringBuilder line = new StringBuilder("batch ").append(batch).append(" [");
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        line.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        int width = String.valueOf(total).length();
        line.append(String.format(Locale.ROOT, "%" + width + "d/%d runs", done, total));
        if (running > 0) {
            line.append("  ").append(running).append(" running");
        }
        if (failed > 0) {
            line.append("  ").append(failed).append(" failed");
        }
        line.append("  ETA ");
        Durations.appendClock(line, done == total ? 0 : eta());
        return line;
    }

    private void draw() {
        out.print("\r" + line() + CLEAR_TO_END);
        out.flush();
        drawn = true;
    }
}
