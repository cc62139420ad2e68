package org.nnlab.runner.progress;

import org.nnlab.core.EpochMetrics;
import org.nnlab.core.TrainingListener;

/**
 * A progress display that hears of training and is closed when the run ends (clearing what it drew, so an error
 * message starts on a clean line).
 */
public interface LiveProgress extends TrainingListener, AutoCloseable {
    /** Shows nothing. */
    LiveProgress NONE = () -> {
    };

    /**
     * A {@link ProgressBar} on standard output when it is a terminal ({@code System.console()} is there) and
     * {@code quiet} is false; otherwise {@link #NONE}, and the log's one line per epoch is the progress.
     *
     * @param trainExamples the number of training examples (for examples per second)
     * @param batchSize     the mini-batch size
     */
    static LiveProgress forConsole(boolean quiet, int trainExamples, int batchSize) {
        if (quiet || System.console() == null) {
            return NONE;
        }
        return new ProgressBar(System.out, System::nanoTime, trainExamples, batchSize);
    }

    /** A listener that tells this display first, then {@code next} (which may log the epoch's line). */
    default TrainingListener before(TrainingListener next) {
        LiveProgress self = this;
        return new TrainingListener() {
            @Override
            public void epochStarted(int epoch, int epochs, int batches) {
                self.epochStarted(epoch, epochs, batches);
                next.epochStarted(epoch, epochs, batches);
            }

            @Override
            public void batchDone(int epoch, int batch, int batches) {
                self.batchDone(epoch, batch, batches);
                next.batchDone(epoch, batch, batches);
            }

            @Override
            public void epochEnded(EpochMetrics metrics) {
                self.epochEnded(metrics);
                next.epochEnded(metrics);
            }
        };
    }

    @Override
    void close();
}
