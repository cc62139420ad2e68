package org.nnlab.core;

/** Hears of training progress. Called on the training thread; keep it cheap (batchDone runs per mini-batch). */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() {
    };

    default void epochStarted(int epoch, int epochs, int batches) {
    }

    default void batchDone(int epoch, int batch, int batches) {
    }

    default void epochEnded(EpochMetrics metrics) {
    }
}
