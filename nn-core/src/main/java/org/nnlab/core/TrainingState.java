package org.nnlab.core;

import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to continue after its last finished epoch as if it had never stopped: the figures of
 * every epoch so far (from which the schedule's state is replayed), early stopping's state, the parameters' values
 * in {@link Network#parameters()} order, the optimizer's state ({@link org.nnlab.api.Optimizer.Step#state} and
 * {@code counters}), and where each random stream stands.
 *
 * @param history    the metrics of epochs 1..k, in order
 * @param bestEpoch  the epoch of the best validation accuracy so far (the last without a validation set)
 * @param bestValidationAccuracy that accuracy, NaN without a validation set
 * @param parameters the values of every parameter after epoch k
 * @param optimizer  the optimizer's state arrays after epoch k
 * @param counters   the optimizer's counters after epoch k
 * @param streams    the random streams handed out, by name, after epoch k
 */
public record TrainingState(List<EpochMetrics> history, int bestEpoch, double bestValidationAccuracy,
                            List<float[]> parameters, List<float[]> optimizer,
                            long[] counters, Map<String, RandomStreams.StreamState> streams) {
    public TrainingState {
        history = List.copyOf(history);
        parameters = List.copyOf(parameters);
        optimizer = List.copyOf(optimizer);
        counters = counters.clone();
        streams = Map.copyOf(streams);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a training state holds at least one finished epoch");
        }
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).epoch() != i + 1) {
                throw new IllegalArgumentException("epoch " + (i + 1) + " is recorded as epoch "
                        + history.get(i).epoch());
            }
        }
        if (bestEpoch < 1 || bestEpoch > history.size()) {
            throw new IllegalArgumentException("best epoch " + bestEpoch + " of " + history.size());
        }
    }

    /**
     * Copies the saved values into {@code parameters} (a network's, in {@link Network#parameters()} order).
     *
     * @throws org.nnlab.api.UserException when they do not have the saved sizes
     */
    public void restoreParameters(List<org.nnlab.api.Parameter> parameters) {
        Resumption.copy("parameter", this.parameters, parameters.stream().map(p -> p.value().data()).toList());
    }

    /** The last finished epoch, k. */
    public int epoch() {
        return history.size();
    }
}
