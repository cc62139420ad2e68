package org.nnlab.runner.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;

/**
 * One line redrawn in place ({@code \r}) while an epoch trains:
 * <pre>epoch  3/20 [######----------] 140/350  9.8k ex/s  ETA 0:42  val 92.40%</pre>
 * (batches done of the epoch, training examples per second, the run's ETA, the last epoch's validation accuracy,
 * or test accuracy when there is no validation set), kept within 80 columns.
 * {@link #batchDone} runs per mini-batch on the training thread: it reads the clock and returns, allocating
 * nothing, unless a tenth of a second has passed since the last redraw. At the end of an epoch the line is cleared
 * before the log prints the epoch's line, so the epoch lines scroll above the bar.
 *
 * <p>The ETA is for the whole run: the rest of this epoch at this epoch's rate, plus the remaining epochs at the
 * mean wall time of the epochs done (training and evaluation), or at this epoch's rate before one is done.
 */
public final class ProgressBar implements LiveProgress {
    /** At most ten redraws a second. */
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 16;
    private static final String CLEAR_TO_END = "\033[K";

    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final int trainExamples;
    private final int batchSize;
    private final StringBuilder line = new StringBuilder(128);

    private int epochs;
    private long epochStart;
    private long nextRedraw;
    private int epochsDone;
    private long epochNanosDone;
    private double evalSecondsDone;
    private String lastSet;
    private double lastAccuracy = Double.NaN;
    private boolean drawn;

    /**
     * @param out           where the line is drawn (a terminal)
     * @param nanoTime      the clock ({@code System::nanoTime})
     * @param trainExamples the number of training examples
     * @param batchSize     the mini-batch size
     */
    public ProgressBar(PrintStream out, LongSupplier nanoTime, int trainExamples, int batchSize) {
        this.out = Objects.requireNonNull(out, "out is null");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime is null");
        this.trainExamples = trainExamples;
        this.batchSize = batchSize;
    }

    @Override
    public void epochStarted(int epoch, int epochs, int batches) {
        this.epochs = epochs;
        epochStart = nanoTime.getAsLong();
        nextRedraw = epochStart + REDRAW_NANOS;
        draw(epoch, 0, batches, epochStart);
    }

    @Override
    public void batchDone(int epoch, int batch, int batches) {
        long now = nanoTime.getAsLong();
        if (now - nextRedraw < 0) {
            return;
        }
        nextRedraw = now + REDRAW_NANOS;
        draw(epoch, batch, batches, now);
    }

    @Override
    public void epochEnded(EpochMetrics metrics) {
        epochsDone++;
        epochNanosDone += nanoTime.getAsLong() - epochStart;
        evalSecondsDone += metrics.evalSeconds();
        remember("test", metrics.test());
        remember("val", metrics.validation());
        close();
    }

    /** Clears the line, if one is drawn. */
    @Override
    public void close() {
        if (drawn) {
            out.print("\r" + CLEAR_TO_END);
            out.flush();
            drawn = false;
        }
    }

    /** The line as it would be drawn now: for tests. */
    String text() {
        return line.toString();
    }

    private void remember(String set, Evaluation evaluation) {
        if (evaluation.count() > 0 && !Double.isNaN(evaluation.accuracy())) {
            lastSet = set;
            lastAccuracy = evaluation.accuracy();
        }
    }

    private void draw(int epoch, int batch, int batches, long now) {
        double seconds = (now - epochStart) / 1e9;
        double batchesPerSecond = batch == 0 || seconds <= 0 ? Double.NaN : batch / seconds;
        line.setLength(0);
        int width = String.valueOf(epochs).length();
        line.append("epoch ").append(String.format(Locale.ROOT, "%" + width + "d/%d", epoch, epochs)).append(" [");
        int filled = batches == 0 ? 0 : (int) ((long) BAR_WIDTH * batch / batches);
        line.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        int countWidth = String.valueOf(batches).length();
        line.append(String.format(Locale.ROOT, "%" + countWidth + "d/%d", batch, batches));
        if (!Double.isNaN(batchesPerSecond)) {
            double examples = Math.min((long) batch * batchSize, trainExamples);
            appendRate(examples / seconds);
        }
        line.append("  ETA ");
        Durations.appendClock(line, eta(epoch, batch, batches, batchesPerSecond));
        if (lastSet != null) {
            line.append(String.format(Locale.ROOT, "  %s %.2f%%", lastSet, 100 * lastAccuracy));
        }
        out.print("\r" + line + CLEAR_TO_END);
        out.flush();
        drawn = true;
    }

    private double eta(int epoch, int batch, int batches, double batchesPerSecond) {
        int laterEpochs = epochs - epoch;
        if (epochsDone > 0) {
            double epochSeconds = epochNanosDone / 1e9 / epochsDone;
            double thisEpoch = Double.isNaN(batchesPerSecond)
                    ? epochSeconds : (batches - batch) / batchesPerSecond + evalSecondsDone / epochsDone;
            return thisEpoch + laterEpochs * epochSeconds;
        }
        return Double.isNaN(batchesPerSecond) ? Double.NaN
                : ((batches - batch) + (double) laterEpochs * batches) / batchesPerSecond;
    }

    private void appendRate(double examplesPerSecond) {
        if (examplesPerSecond >= 10_000) {
            line.append(String.format(Locale.ROOT, "  %.0fk ex/s", examplesPerSecond / 1000));
        } else if (examplesPerSecond >= 1000) {
            line.append(String.format(Locale.ROOT, "  %.1fk ex/s", examplesPerSecond / 1000));
        } else {
            line.append(String.format(Locale.ROOT, "  %.0f ex/s", examplesPerSecond));
        }
    }
}
