package org.nnlab.core;

import java.util.Optional;

/**
 * Where the trainer gets the state a run continues from, and hands the state after each epoch. {@link #save} is
 * called after an epoch is evaluated and the {@link TrainingListener} has heard of it (so a run's other files are
 * never behind its checkpoint), for every epoch but the one that ends training.
 */
public interface Checkpoints {
    /** Training from the first epoch, saving nothing. */
    Checkpoints NONE = new Checkpoints() {
        @Override
        public Optional<TrainingState> resumeFrom() {
            return Optional.empty();
        }

        @Override
        public void save(TrainingState state) {
        }

        @Override
        public boolean saving() {
            return false;
        }
    };

    /** The state to continue from, or empty to start at epoch 1. */
    Optional<TrainingState> resumeFrom();

    /** Keeps {@code state} (arrays copied, the caller's to keep) after the epoch it ends with. */
    void save(TrainingState state);

    /** Whether {@link #save} keeps anything: when not, the trainer does not copy the state. */
    default boolean saving() {
        return true;
    }
}
