package org.nnlab.runner.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.run.RunRecorder;

/**
 * What {@code nn compare} shows: batch directories (one row per grid point, over its completed runs) and run
 * directories (one row each) side by side, read from each run's {@code summary.json}; and for two runs, the
 * difference of their per-class test accuracies.
 */
public final class Comparison {
    private Comparison() {
    }

    /** Whether {@code dir} is a single run's directory rather than a batch's. */
    public static boolean isRun(Path dir) {
        return Files.isRegularFile(dir.resolve(RunRecorder.SUMMARY));
    }

    /** The table of {@code dirs}; a directory that is neither kind is a {@link UserException}, all reported at once. */
    public static ResultTable table(List<Path> dirs) {
        ResultTable table = new ResultTable();
        List<Problem> problems = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem("", dir + ": no such directory; give run or batch directories"));
            } else if (Files.isRegularFile(dir.resolve(PlanFile.NAME))) {
                PlanFile.Stored stored = PlanFile.read(dir);
                Map<String, List<RunResult>> points = new LinkedHashMap<>();
                for (PlanFile.StoredRun run : stored.runs()) {
                    points.computeIfAbsent(run.point(), p -> new ArrayList<>())
                            .add(RunResult.read(dir.resolve(run.name())));
                }
                table.addPoints(points, dirs.size() == 1 ? "" : dir + " ");
            } else if (isRun(dir)) {
                RunResult r = RunResult.read(dir);
                List<RunResult> ok = r.ok() ? List.of(r) : List.of();
                table.add(ResultTable.Row.of(dir.toString(), 1, RunResult.FAILED.equals(r.status()) ? 1 : 0, ok));
            } else {
                problems.add(new Problem("", dir + ": neither a run directory (it has no " + RunRecorder.SUMMARY
                        + ") nor a batch directory (no " + PlanFile.NAME + "); give directories made by nn run or"
                        + " nn batch"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return table;
    }

    /** Per-class test accuracy (recall) of two runs tested on the same examples, and B - A in percentage points. */
    public static String perClass(String a, ConfusionMatrix first, String b, ConfusionMatrix second) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "per-class test accuracy%n  A: %s%n  B: %s%n",
                a, b));
        out.append(String.format(Locale.ROOT, "%5s  %8s  %8s  %7s%n", "class", "A", "B", "B - A"));
        for (int c = 0; c < first.classes(); c++) {
            out.append(line(String.valueOf(c), first.recall(c), second.recall(c)));
        }
        out.append(line("all", first.accuracy(), second.accuracy()));
        return out.toString();
    }

    private static String line(String label, double a, double b) {
        return String.format(Locale.ROOT, "%5s  %7.2f%%  %7.2f%%  %+7.2f%n", label, 100 * a, 100 * b, 100 * (b - a));
    }
}
