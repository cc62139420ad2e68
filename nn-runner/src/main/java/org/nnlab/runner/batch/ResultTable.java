package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.runner.run.Stats;

/**
 * Runs or grid points side by side, as {@code nn batch} and {@code nn compare} print them: test accuracy (after the
 * last epoch, and at the epoch of the best validation accuracy: the model a user would keep) and best validation
 * accuracy as mean ± sd (n), in percent; the epoch of the best validation accuracy; the epochs run.
 */
public final class ResultTable {
    /** One line: a run (n = 1) or a grid point (n = its completed runs). */
    public record Row(String label, int runs, int failed, Stats test, Stats validation, Stats bestEpoch,
                      Stats epochsRun, Stats testAtBest) {
        /** The row of completed runs {@code ok}, of {@code runs} of which {@code failed} failed. */
        static Row of(String label, int runs, int failed, List<RunResult> ok) {
            List<Stats> stats = BatchTables.stats(ok);
            return new Row(label, runs, failed, stats.get(0), stats.get(1), stats.get(2),
                    Stats.of(ok.stream().mapToDouble(RunResult::epochsRun).toArray()),
                    Stats.of(ok.stream().mapToDouble(RunResult::bestEpochTestAccuracy).filter(v -> !Double.isNaN(v))
                            .toArray()));
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public String render() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"", "runs", "test accuracy", "test at best epoch", "best validation", "best epoch",
            "epochs"});
        for (Row row : rows) {
            String runs = row.runs() + (row.failed() > 0 ? " (" + row.failed() + " failed)" : "");
            cells.add(new String[] {row.label(), runs,
                    percent(row.test()), percent(row.testAtBest()), percent(row.validation()), plain(row.bestEpoch()),
                    plain(row.epochsRun())});
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", line[0]));
            for (int c = 1; c < line.length; c++) {
                text.append("  ").append(String.format(Locale.ROOT, "%-" + widths[c] + "s", line[c]));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code 95.12% ± 0.31 (n=3)}; the sd in percentage points; {@code -} with no value. */
    static String percent(Stats stats) {
        if (stats.n() == 0) {
            return "-";
        }
        String sd = Double.isNaN(stats.sd()) ? "" : String.format(Locale.ROOT, " ± %.2f", 100 * stats.sd());
        return String.format(Locale.ROOT, "%.2f%%%s (n=%d)", 100 * stats.mean(), sd, stats.n());
    }

    static String plain(Stats stats) {
        if (stats.n() == 0) {
            return "-";
        }
        if (stats.n() == 1 || Double.isNaN(stats.sd()) || stats.sd() == 0) {
            return String.format(Locale.ROOT, stats.mean() == Math.rint(stats.mean()) ? "%.0f" : "%.1f", stats.mean());
        }
        return String.format(Locale.ROOT, "%.1f ± %.1f", stats.mean(), stats.sd());
    }

    /** The results of a batch's runs by grid point, points in the plan's order. */
    public static Map<String, List<RunResult>> byPoint(BatchPlan plan, List<RunResult> results) {
        Map<String, List<RunResult>> points = new LinkedHashMap<>();
        plan.points().forEach((point, members) -> points.put(point, members.stream().map(results::get).toList()));
        return points;
    }

    /** One row per grid point, each labelled {@code prefix + point}. */
    public void addPoints(Map<String, List<RunResult>> points, String prefix) {
        points.forEach((point, members) -> {
            List<RunResult> ok = members.stream().filter(RunResult::ok).toList();
            int failed = (int) members.stream().filter(r -> RunResult.FAILED.equals(r.status())).count();
            add(Row.of(prefix + point, members.size(), failed, ok));
        });
    }
}
