package org.nnlab.runner.run;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;
import org.nnlab.runner.curves.Curves;

/**
 * {@code metrics.csv}: one row per epoch. Costs and accuracies are written exactly (shortest round-trip
 * decimal), seconds to the millisecond; a set not evaluated (NaN) is an empty cell. {@code X_cost} includes the
 * optimizer's L2 term scaled by set X's own size (network2.py's {@code total_cost}); {@code X_data_cost} is the
 * mean loss alone, on one scale for every set; their difference is the L2 penalty. {@code learning_rate} is the
 * epoch's learning rate, as its schedule set it. The same rows reach {@code curves.png} as {@link #curves()},
 * without a round trip through the text.
 */
public final class MetricsTable {
    private static final String DATA_COSTS = ",train_data_cost,validation_data_cost,test_data_cost";
    public static final String HEADER = "epoch,train_cost,train_accuracy,validation_cost,validation_accuracy,"
            + "test_cost,test_accuracy,train_seconds,eval_seconds,learning_rate" + DATA_COSTS;
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** The columns written to the millisecond: {@code train_seconds} and {@code eval_seconds}. */
    private static final int FIRST_SECONDS = 7;
    private static final int LAST_SECONDS = 8;

    private final StringBuilder text = new StringBuilder(HEADER).append('\n');
    private double[][] rows = new double[16][];
    private int size;

    public void add(EpochMetrics m) {
        double[] cells = cells(m);
        text.append(row(cells));
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, 2 * size);
        }
        rows[size++] = cells;
    }

    /** The row of {@code m}, ending in a line break, as {@link #add(EpochMetrics)} writes it. */
    public static String row(EpochMetrics m) {
        return row(cells(m));
    }

    private static String row(double[] cells) {
        StringBuilder line = new StringBuilder().append((int) cells[0]);
        for (int c = 1; c < cells.length; c++) {
            line.append(',').append(c >= FIRST_SECONDS && c <= LAST_SECONDS ? seconds(cells[c]) : exact(cells[c]));
        }
        return line.append('\n').toString();
    }

    public String csv() {
        return text.toString();
    }

    /** The rows so far as the chart and the report read them (seconds not rounded). */
    public Curves curves() {
        int[] epochs = new int[size];
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int c = 1; c < COLUMNS.size(); c++) {
            values.put(COLUMNS.get(c), new double[size]);
        }
        for (int r = 0; r < size; r++) {
            epochs[r] = (int) rows[r][0];
            for (int c = 1; c < COLUMNS.size(); c++) {
                values.get(COLUMNS.get(c))[r] = rows[r][c];
            }
        }
        return Curves.of(COLUMNS, epochs, values);
    }

    /** One row's cells in the order of {@link #HEADER}. */
    private static double[] cells(EpochMetrics m) {
        Evaluation train = m.train();
        Evaluation validation = m.validation();
        Evaluation test = m.test();
        return new double[] {m.epoch(), train.cost(), train.accuracy(), validation.cost(), validation.accuracy(),
            test.cost(), test.accuracy(), m.trainSeconds(), m.evalSeconds(), m.learningRate(), train.dataCost(),
            validation.dataCost(), test.dataCost()};
    }

    private static String exact(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
