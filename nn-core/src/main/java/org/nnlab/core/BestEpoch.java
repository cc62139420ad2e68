package org.nnlab.core;

/**
 * The one rule for the best epoch, kept by the trainer (for patience and its result) and by the run's summary:
 * the first epoch with the highest validation accuracy; without a validation set, the latest epoch.
 */
public final class BestEpoch {
    private int epoch;
    private double validationAccuracy = Double.NaN;

    /** No epoch yet. */
    public BestEpoch() {
    }

    /** The state after earlier epochs: {@code epoch} was the best, with {@code validationAccuracy}. */
    public BestEpoch(int epoch, double validationAccuracy) {
        this.epoch = epoch;
        this.validationAccuracy = validationAccuracy;
    }

    /**
     * Takes the figures of {@code epoch}.
     *
     * @return whether {@code epoch} is now the best one
     */
    public boolean offer(int epoch, Evaluation validation) {
        if (validation.count() == 0) {
            this.epoch = epoch;
            return true;
        }
        if (Double.isNaN(validationAccuracy) || validation.accuracy() > validationAccuracy) {
            validationAccuracy = validation.accuracy();
            this.epoch = epoch;
            return true;
        }
        return false;
    }

    /** The best epoch so far, 0 before the first. */
    public int epoch() {
        return epoch;
    }

    /** The best validation accuracy so far; NaN without a validation set. */
    public double validationAccuracy() {
        return validationAccuracy;
    }
}
