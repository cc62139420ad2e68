package org.nnlab.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.batch.PlanFile;
import org.nnlab.runner.report.BatchData.GridPoint;
import org.nnlab.runner.report.BatchData.Planned;
import org.nnlab.runner.run.Stats;

/**
 * Reads a batch directory as {@code nn batch} writes it: {@code batch.yaml} (the plan: every run's name, grid
 * point, parameters and seed), {@code summary.csv} (per grid point: runs, ok, failed, and n, mean, sd, min, max of
 * each figure) and a run directory per run. A batch in progress reads as far as it got: runs without a directory
 * are pending, and without {@code summary.csv} the figures are computed from the run directories.
 */
final class BatchReader {
    private static final String PLAN = PlanFile.NAME;
    private static final String SUMMARY = BatchTables.SUMMARY;

    private BatchReader() {
    }

    static boolean isBatch(Path dir) {
        return Files.isRegularFile(dir.resolve(PLAN));
    }

    static BatchData read(Path dir) {
        List<String> notes = new ArrayList<>();
        Map<?, ?> plan = plan(dir, notes);
        String name = plan.get("batch") instanceof String s ? s : String.valueOf(dir.getFileName());
        List<String> columns = plan.get("columns") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        List<Planned> planned = planned(plan, dir, notes);
        Map<String, RunData> runs = new LinkedHashMap<>();
        int pending = 0;
        for (Planned run : planned) {
            Path runDir = dir.resolve(run.name());
            if (RunReader.isRun(runDir)) {
                runs.put(run.name(), RunReader.read(runDir));
            } else {
                pending++;
            }
        }
        if (pending > 0) {
            notes.add(pending + " of " + planned.size() + " runs have not started (no run directory yet)");
        }
        List<GridPoint> points = Files.isRegularFile(dir.resolve(SUMMARY)) ? summary(dir, columns, notes) : null;
        if (points == null) {
            notes.add("no readable " + SUMMARY + ": the figures per grid point are computed from the run directories");
            points = computed(planned, runs);
        }
        return new BatchData(dir, name, columns, planned, runs, points, notes);
    }

    private static Map<?, ?> plan(Path dir, List<String> notes) {
        try {
            if (Flat.yaml(Files.readString(dir.resolve(PLAN))) instanceof Map<?, ?> map) {
                return map;
            }
            notes.add(PLAN + " is not a mapping");
        } catch (IOException | IllegalArgumentException e) {
            notes.add(PLAN + " cannot be read: " + e.getMessage());
        }
        return Map.of();
    }

    /** The plan's runs; without one, the run directories found, each its own grid point. */
    private static List<Planned> planned(Map<?, ?> plan, Path dir, List<String> notes) {
        List<Planned> planned = new ArrayList<>();
        if (plan.get("runs") instanceof List<?> runs) {
            for (Object item : runs) {
                if (item instanceof Map<?, ?> run && run.get("name") != null) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    if (run.get("parameters") instanceof Map<?, ?> p) {
                        p.forEach((k, v) -> parameters.put(String.valueOf(k), Flat.text(v)));
                    }
                    String runName = String.valueOf(run.get("name"));
                    Object point = run.get("point");
                    planned.add(new Planned(runName, point == null ? runName : String.valueOf(point), parameters,
                            run.get("seed") == null ? "" : String.valueOf(run.get("seed"))));
                }
            }
            return planned;
        }
        notes.add(PLAN + " lists no runs: showing the run directories found in " + dir);
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(RunReader::isRun).sorted().forEach(run -> planned.add(new Planned(
                    run.getFileName().toString(), run.getFileName().toString(), Map.of(), "")));
        } catch (IOException e) {
            notes.add(dir + " cannot be listed: " + e.getMessage());
        }
        return planned;
    }

    /** The grid points of {@code summary.csv}, or null when it cannot be read as one. */
    private static List<GridPoint> summary(Path dir, List<String> columns, List<String> notes) {
        CsvTable table;
        try {
            table = CsvTable.parse(Files.readString(dir.resolve(SUMMARY)));
        } catch (IOException e) {
            notes.add(SUMMARY + " cannot be read: " + e.getMessage());
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String column : required(columns)) {
            if (table.column(column) < 0) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            notes.add(SUMMARY + " lacks the columns " + String.join(", ", missing));
            return null;
        }
        List<GridPoint> points = new ArrayList<>();
        for (List<String> row : table.rows()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            columns.forEach(c -> parameters.put(c, table.cell(row, c)));
            Map<String, Stats> stats = new LinkedHashMap<>();
            for (String figure : BatchData.FIGURES) {
                double nan = Double.NaN;
                stats.put(figure, new Stats((int) number(table, row, figure + "_n", 0),
                        number(table, row, figure + "_mean", nan), number(table, row, figure + "_sd", nan),
                        number(table, row, figure + "_min", nan), number(table, row, figure + "_max", nan)));
            }
            points.add(new GridPoint(table.cell(row, "point"), parameters, (int) number(table, row, "runs", 0),
                    (int) number(table, row, "ok", 0), (int) number(table, row, "failed", 0), stats));
        }
        return points;
    }

    private static List<String> required(List<String> columns) {
        List<String> required = new ArrayList<>(List.of("point", "runs", "ok", "failed"));
        required.addAll(columns);
        for (String figure : BatchData.FIGURES) {
            for (String stat : List.of("n", "mean", "sd", "min", "max")) {
                required.add(figure + "_" + stat);
            }
        }
        return required;
    }

    private static double number(CsvTable table, List<String> row, String column, double fallback) {
        String cell = table.cell(row, column).trim();
        try {
            return cell.isEmpty() ? fallback : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Grid points from the run directories: what {@code summary.csv} holds, for a batch that has none yet. */
    static List<GridPoint> computed(List<Planned> planned, Map<String, RunData> runs) {
        Map<String, List<Planned>> byPoint = new LinkedHashMap<>();
        planned.forEach(p -> byPoint.computeIfAbsent(p.point(), k -> new ArrayList<>()).add(p));
        List<GridPoint> points = new ArrayList<>();
        for (Map.Entry<String, List<Planned>> point : byPoint.entrySet()) {
            List<RunData> done = new ArrayList<>();
            int failed = 0;
            for (Planned p : point.getValue()) {
                RunData run = runs.get(p.name());
                if (run != null && run.completed()) {
                    done.add(run);
                } else if (run != null && "failed".equals(run.status())) {
                    failed++;
                }
            }
            Map<String, Stats> stats = new LinkedHashMap<>();
            for (String figure : BatchData.FIGURES) {
                stats.put(figure, Stats.of(done.stream().mapToDouble(r -> r.number(figure)).toArray()));
            }
            points.add(new GridPoint(point.getKey(), point.getValue().get(0).parameters(), point.getValue().size(),
                    done.size(), failed, stats));
        }
        return points;
    }
}
