package org.nnlab.runner.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nnlab.core.BestEpoch;
import org.nnlab.core.EpochMetrics;

/**
 * The figures of {@code summary.json} so far: the last epoch's accuracies, the best validation accuracy, its
 * epoch (by {@link BestEpoch}, the rule the trainer keeps too) and the test
 * accuracy at that epoch (the model of best.nnm), epochs run and seconds spent.
 */
final class EpochProgress {
    private EpochMetrics last;
    private final BestEpoch best = new BestEpoch();
    private double bestEpochTest = Double.NaN;
    private double trainSeconds;
    private double evalSeconds;
    private boolean stoppedEarly;

    void add(EpochMetrics m) {
        last = m;
        trainSeconds += m.trainSeconds();
        evalSeconds += m.evalSeconds();
        if (best.offer(m.epoch(), m.validation())) {
            bestEpochTest = m.test().accuracy();
        }
    }

    void stoppedEarly(boolean value) {
        stoppedEarly = value;
    }

    /** The epoch with the best validation accuracy so far (the first of equals); the last without validation. */
    int bestEpoch() {
        return best.epoch();
    }

    int epochsRun() {
        return last == null ? 0 : last.epoch();
    }

    Map<String, Object> toMap(int plannedEpochs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("test_accuracy", last == null ? null : last.test().accuracy());
        map.put("validation_accuracy", last == null ? null : last.validation().accuracy());
        map.put("best_validation_accuracy", best.validationAccuracy());
        map.put("best_epoch", last == null ? null : best.epoch());
        map.put("best_epoch_test_accuracy", last == null ? null : bestEpochTest);
        map.put("epochs_run", epochsRun());
        map.put("epochs_planned", plannedEpochs);
        map.put("stopped_early", stoppedEarly);
        map.put("train_seconds", Math.round(trainSeconds * 1000) / 1000.0);
        map.put("eval_seconds", Math.round(evalSeconds * 1000) / 1000.0);
        map.put("test_cost", last == null ? null : last.test().cost());
        map.put("train_accuracy", last == null ? null : last.train().accuracy());
        return map;
    }
}
