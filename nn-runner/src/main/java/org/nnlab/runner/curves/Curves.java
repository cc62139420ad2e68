package org.nnlab.runner.curves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a {@code metrics.csv}, read by its header (or handed over by the run that writes it): an
 * {@code epoch} column and any number of others
 * ({@code train_cost}, {@code validation_accuracy}, ...). An empty cell is NaN (a set not evaluated). A row that
 * does not parse is left out and named in {@link #problems()}, so a file written by another version still reads.
 */
public final class Curves {
    /** The sets a run is evaluated on, in the order they are drawn. */
    public static final List<String> SETS = List.of("train", "validation", "test");
    public static final String EPOCH = "epoch";
    /** The measure of the mean loss without the L2 term ({@code train_data_cost}, ...). */
    public static final String DATA_COST = "data_cost";

    private final List<String> columns;
    private final int[] epochs;
    private final Map<String, double[]> values;
    private final List<String> problems;

    private Curves(List<String> columns, int[] epochs, Map<String, double[]> values, List<String> problems) {
        this.columns = List.copyOf(columns);
        this.epochs = epochs;
        this.values = values;
        this.problems = List.copyOf(problems);
    }

    /** No epochs (a run that has not finished one). */
    public static Curves empty() {
        return new Curves(List.of(), new int[0], Map.of(), List.of());
    }

    /**
     * Columns already in memory, as a run records them.
     *
     * @param columns the header, {@code epoch} among them
     * @param values  each column but {@code epoch}, one value a row (NaN where a set was not evaluated)
     */
    public static Curves of(List<String> columns, int[] epochs, Map<String, double[]> values) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        values.forEach((column, v) -> copy.put(column, v.clone()));
        return new Curves(columns, epochs.clone(), copy, List.of());
    }

    /** Reads the text of a {@code metrics.csv}. */
    public static Curves parse(String csv) {
        List<String> lines = csv.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return new Curves(List.of(), new int[0], Map.of(), List.of("metrics.csv is empty"));
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(String::trim).toList();
        List<String> problems = new ArrayList<>();
        int epochColumn = header.indexOf(EPOCH);
        if (epochColumn < 0) {
            problems.add("metrics.csv has no epoch column (header: " + lines.get(0) + ")");
            return new Curves(header, new int[0], Map.of(), problems);
        }
        int[] epochs = new int[lines.size() - 1];
        double[][] cells = new double[header.size()][lines.size() - 1];
        int rows = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] row = lines.get(i).split(",", -1);
            if (row.length != header.size()) {
                problems.add("metrics.csv line " + (i + 1) + " has " + row.length + " cells, the header "
                        + header.size());
                continue;
            }
            try {
                double[] parsed = new double[row.length];
                for (int c = 0; c < row.length; c++) {
                    parsed[c] = row[c].isBlank() ? Double.NaN : Double.parseDouble(row[c].trim());
                }
                epochs[rows] = (int) parsed[epochColumn];
                for (int c = 0; c < row.length; c++) {
                    cells[c][rows] = parsed[c];
                }
                rows++;
            } catch (NumberFormatException e) {
                problems.add("metrics.csv line " + (i + 1) + " has a cell that is not a number: " + lines.get(i));
            }
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != epochColumn) {
                values.put(header.get(c), Arrays.copyOf(cells[c], rows));
            }
        }
        return new Curves(header, Arrays.copyOf(epochs, rows), values, problems);
    }

    /** The header's columns, as written. */
    public List<String> columns() {
        return columns;
    }

    public int size() {
        return epochs.length;
    }

    public int epoch(int row) {
        return epochs[row];
    }

    /** Whether the file has {@code column} with at least one number in it. */
    public boolean has(String column) {
        double[] v = values.get(column);
        return v != null && Arrays.stream(v).anyMatch(x -> !Double.isNaN(x));
    }

    /** The column's values by row (NaN where empty); an empty array for a column the file does not have. */
    public double[] values(String column) {
        double[] v = values.get(column);
        return v == null ? new double[0] : v.clone();
    }

    /** {@code <set>_<measure>}, e.g. {@code column("test", "accuracy")} is {@code test_accuracy}. */
    public static String column(String set, String measure) {
        return set + "_" + measure;
    }

    /**
     * The cost measure to draw: {@code data_cost} (the loss alone, on one scale for every set) when the file has it,
     * else {@code cost} (with the L2 term, which is scaled by each set's own size), for files written before.
     */
    public String costMeasure() {
        for (String set : SETS) {
            if (has(column(set, DATA_COST))) {
                return DATA_COST;
            }
        }
        return "cost";
    }

    /** A human label of {@link #costMeasure()}. */
    public String costLabel() {
        return costMeasure().equals(DATA_COST) ? "data cost (without L2)" : "cost (with L2)";
    }

    /** The epoch of the first highest validation accuracy, or 0 when there is none. */
    public int bestValidationEpoch() {
        double[] v = values.getOrDefault(column("validation", "accuracy"), new double[0]);
        int best = -1;
        for (int r = 0; r < v.length; r++) {
            if (!Double.isNaN(v[r]) && (best < 0 || v[r] > v[best])) {
                best = r;
            }
        }
        return best < 0 ? 0 : epochs[best];
    }

    /** Rows that did not parse, and other reasons the file is not whole. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Curves[%d epochs, columns %s]", size(), columns);
    }
}
