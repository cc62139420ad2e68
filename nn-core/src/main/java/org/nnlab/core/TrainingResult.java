package org.nnlab.core;

import java.util.List;

/**
 * What a training run gave.
 *
 * @param history                 the metrics of every epoch run, in order
 * @param bestEpoch               the epoch of the best validation accuracy (the last epoch when there is no validation set)
 * @param bestValidationAccuracy  that accuracy, NaN without a validation set
 * @param stoppedEarly            whether early stopping ended the run before its last epoch
 */
public record TrainingResult(List<EpochMetrics> history, int bestEpoch, double bestValidationAccuracy,
                             boolean stoppedEarly) {
    public TrainingResult {
        history = List.copyOf(history);
    }

    public EpochMetrics last() {
        return history.get(history.size() - 1);
    }

    public double trainSeconds() {
        return history.stream().mapToDouble(EpochMetrics::trainSeconds).sum();
    }
}
