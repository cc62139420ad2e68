package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nnlab.runner.run.Stats;
import org.nnlab.runner.run.Csv;

/**
 * The two tables of a batch directory. {@code runs.csv}: one row per run, in the plan's order, with its parameters,
 * seed, status, figures and seconds. {@code summary.csv}: one row per grid point with the count, mean, sample sd,
 * minimum and maximum over its completed runs of the test accuracy, the best validation accuracy and the epoch of
 * that best.
 */
public final class BatchTables {
    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    static final List<String> RUN_FIGURES = List.of("seed", "status", "test_accuracy", "best_validation_accuracy",
            "best_epoch", "epochs_run", "seconds", "error");
    static final List<String> FIGURES = List.of("test_accuracy", "best_validation_accuracy", "best_epoch");

    private BatchTables() {
    }

    public static String runs(BatchPlan plan, List<RunResult> results) {
        List<String> header = new ArrayList<>(List.of("run"));
        header.addAll(plan.columns());
        header.addAll(RUN_FIGURES);
        StringBuilder out = new StringBuilder(Csv.row(header));
        for (int i = 0; i < plan.runs().size(); i++) {
            PlannedRun run = plan.runs().get(i);
            RunResult r = results.get(i);
            List<String> row = new ArrayList<>(List.of(run.name()));
            plan.columns().forEach(column -> row.add(run.parameters().get(column)));
            row.addAll(List.of(String.valueOf(run.seed()), r.status(), Csv.exact(r.testAccuracy()),
                    Csv.exact(r.bestValidationAccuracy()), r.bestEpoch() == 0 ? "" : String.valueOf(r.bestEpoch()),
                    String.valueOf(r.epochsRun()), Csv.seconds(r.seconds()), r.error()));
            out.append(Csv.row(row));
        }
        return out.toString();
    }

    public static String summary(BatchPlan plan, List<RunResult> results) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(plan.columns());
        header.addAll(List.of("runs", "ok", "failed"));
        for (String figure : FIGURES) {
            for (String stat : List.of("n", "mean", "sd", "min", "max")) {
                header.add(figure + "_" + stat);
            }
        }
        StringBuilder out = new StringBuilder(Csv.row(header));
        for (Map.Entry<String, List<Integer>> point : plan.points().entrySet()) {
            List<Integer> members = point.getValue();
            PlannedRun first = plan.runs().get(members.get(0));
            List<String> row = new ArrayList<>(List.of(point.getKey()));
            plan.columns().forEach(column -> row.add(first.parameters().get(column)));
            List<RunResult> ok = members.stream().map(results::get).filter(RunResult::ok).toList();
            long failed = members.stream().map(results::get).filter(r -> RunResult.FAILED.equals(r.status())).count();
            row.addAll(List.of(String.valueOf(members.size()), String.valueOf(ok.size()), String.valueOf(failed)));
            for (Stats stats : stats(ok)) {
                row.addAll(List.of(String.valueOf(stats.n()), Csv.exact(stats.mean()), Csv.exact(stats.sd()),
                        Csv.exact(stats.min()), Csv.exact(stats.max())));
            }
            out.append(Csv.row(row));
        }
        return out.toString();
    }

    /** The figures of completed runs: test accuracy, best validation accuracy, epoch of the best. */
    static List<Stats> stats(List<RunResult> ok) {
        return List.of(
                Stats.of(ok.stream().mapToDouble(RunResult::testAccuracy).toArray()),
                Stats.of(ok.stream().mapToDouble(RunResult::bestValidationAccuracy).toArray()),
                Stats.of(ok.stream().mapToDouble(r -> r.bestEpoch() == 0 ? Double.NaN : r.bestEpoch()).toArray()));
    }
}
