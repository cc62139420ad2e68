package org.nnlab.runner.api;

/**
 * Public API: hears of each finished epoch of a run started by {@link Experiment#run(EpochListener)}. Called on
 * the training thread, before the epoch's row is written to {@code metrics.csv}; an exception thrown here stops the
 * run, which is then kept marked failed.
 */
@FunctionalInterface
public interface EpochListener {
    /** Does nothing. */
    EpochListener NONE = epoch -> {
    };

    void epochEnded(Epoch epoch);
}
