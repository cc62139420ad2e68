package org.nnlab.runner.run;

import java.util.Locale;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;

/**
 * {@code metrics.csv}: one row per epoch. Costs and accuracies are written exactly (shortest round-trip
 * decimal), seconds to the millisecond; a set not evaluated (NaN) is an empty cell. {@code X_cost} includes the
 * optimizer's L2 term scaled by set X's own size (network2.py's {@code total_cost}); {@code X_data_cost} is the
 * mean loss alone, on one scale for every set; their difference is the L2 penalty. {@code learning_rate} is the
 * epoch's learning rate, as its schedule set it.
 */
public final class MetricsTable {
    private static final String DATA_COSTS = ",train_data_cost,validation_data_cost,test_data_cost";
    public static final String HEADER = "epoch,train_cost,train_accuracy,validation_cost,validation_accuracy,"
            + "test_cost,test_accuracy,train_seconds,eval_seconds,learning_rate" + DATA_COSTS;

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');

    public void add(EpochMetrics m) {
        text.append(row(m));
    }

    /** The row of {@code m}, ending in a line break, as {@link #add(EpochMetrics)} writes it. */
    public static String row(EpochMetrics m) {
        StringBuilder text = new StringBuilder().append(m.epoch());
        for (Evaluation e : new Evaluation[] {m.train(), m.validation(), m.test()}) {
            text.append(',').append(exact(e.cost())).append(',').append(exact(e.accuracy()));
        }
        text.append(',').append(seconds(m.trainSeconds())).append(',').append(seconds(m.evalSeconds()));
        text.append(',').append(exact(m.learningRate()));
        for (Evaluation e : new Evaluation[] {m.train(), m.validation(), m.test()}) {
            text.append(',').append(exact(e.dataCost()));
        }
        return text.append('\n').toString();
    }

    public String csv() {
        return text.toString();
    }

    private static String exact(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
