package org.nnlab.runner.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.core.EpochMetrics;
import org.nnlab.runner.run.MetricsTable;

/**
 * Public API: the figures of one epoch, the same values as its row of {@code metrics.csv} (made by the same code):
 * costs and accuracies exact, seconds to the millisecond, NaN where the file has an empty cell (a set that is
 * empty or not evaluated). The keys are the file's column names after {@code epoch}: {@code train_cost},
 * {@code train_accuracy}, {@code validation_cost}, {@code validation_accuracy}, {@code test_cost},
 * {@code test_accuracy}, {@code train_seconds}, {@code eval_seconds}, {@code learning_rate}, and the data costs
 * without the L2 penalty ({@code train_data_cost}, ...).
 */
public final class Epoch {
    private final int number;
    private final Map<String, Double> metrics;

    private Epoch(int number, Map<String, Double> metrics) {
        this.number = number;
        this.metrics = Collections.unmodifiableMap(metrics);
    }

    /** The epoch as {@code metrics.csv} writes it: its row, read back. */
    static Epoch of(EpochMetrics m) {
        List<String> columns = List.of(MetricsTable.HEADER.split(","));
        String[] cells = MetricsTable.row(m).strip().split(",", -1);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 1; i < columns.size(); i++) {
            values.put(columns.get(i), cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]));
        }
        return new Epoch(Integer.parseInt(cells[0]), values);
    }

    /** The epoch's number, from 1. */
    public int number() {
        return number;
    }

    /** Every figure by its {@code metrics.csv} column name, in the file's order. */
    public Map<String, Double> metrics() {
        return metrics;
    }

    /**
     * One figure by its column name.
     *
     * @throws IllegalArgumentException for a name that is no column, naming the valid ones
     */
    public double metric(String column) {
        Double value = metrics.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no metric \"" + column + "\" (valid: "
                    + String.join(", ", metrics.keySet()) + ")");
        }
        return value;
    }

    public double trainAccuracy() {
        return metric("train_accuracy");
    }

    /** NaN without a validation set. */
    public double validationAccuracy() {
        return metric("validation_accuracy");
    }

    /** NaN without a test set. */
    public double testAccuracy() {
        return metric("test_accuracy");
    }

    @Override
    public String toString() {
        return "epoch " + number + " " + metrics;
    }
}
