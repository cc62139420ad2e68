package org.nnlab.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.runner.batch.PlanFile;
import org.nnlab.runner.curves.Curves;
import org.nnlab.runner.report.BatchData.Planned;

/**
 * The directories given to {@code nn report}, each a run or a batch directory, read into one {@link Report}. A
 * directory that is neither is a user's mistake: every such directory is named in one {@link UserException}.
 */
public final class ReportReader {
    private ReportReader() {
    }

    static Report read(List<Path> dirs) {
        List<Problem> problems = new ArrayList<>();
        List<Report.Entry> runs = new ArrayList<>();
        List<BatchData> batches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!seen.add(dir.toAbsolutePath().normalize())) {
                notes.add(dir + " is given twice; shown once");
            } else if (!Files.isDirectory(dir)) {
                problems.add(new Problem("", dir + ": " + (Files.exists(dir) ? "is a file, not a directory" : "no such"
                        + " directory") + "; give run directories (made by nn run) or batch directories (nn batch)"));
            } else if (BatchReader.isBatch(dir)) {
                BatchData batch = BatchReader.read(dir);
                batches.add(batch);
                for (Planned planned : batch.planned()) {
                    runs.add(new Report.Entry(planned.name(), batch.runs().get(planned.name()), batch, planned));
                }
            } else if (RunReader.isRun(dir)) {
                RunData run = RunReader.read(dir);
                runs.add(new Report.Entry(run.name(), run, null, null));
            } else {
                problems.add(new Problem("", dir + ": not a run directory (no config.yaml beside a summary.json) nor a"
                        + " batch directory (no " + PlanFile.NAME + ")" + inside(dir)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        Report report = new Report(runs, batches, notes);
        List<String> all = new ArrayList<>(notes);
        all.addAll(columnNotes(report.present()));
        return new Report(runs, batches, all);
    }

    /** A hint for a directory that holds runs or batches (such as {@code runs/}). */
    private static String inside(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            long count = children.filter(c -> RunReader.isRun(c) || BatchReader.isBatch(c)).count();
            if (count > 0) {
                return "; it holds " + count + " run or batch director" + (count == 1 ? "y" : "ies")
                        + ": give them, e.g. nn report " + dir.resolve("*");
            }
        } catch (IOException e) {
            return " (" + e.getMessage() + ")";
        }
        return "; give directories made by nn run or nn batch";
    }

    /** Runs whose metrics.csv lacks columns that others have: named, with the columns they do have. */
    static List<String> columnNotes(List<RunData> runs) {
        Set<String> union = new LinkedHashSet<>();
        runs.stream().filter(r -> r.curves().size() > 0).forEach(r -> union.addAll(r.curves().columns()));
        union.remove(Curves.EPOCH);
        List<String> notes = new ArrayList<>();
        for (RunData run : runs) {
            if (run.curves().size() == 0) {
                continue;
            }
            List<String> missing = union.stream().filter(c -> !run.curves().columns().contains(c)).toList();
            if (!missing.isEmpty()) {
                notes.add(run.name() + ": metrics.csv has no " + String.join(", ", missing) + " column"
                        + (missing.size() == 1 ? "" : "s") + " (other runs do; it has " + String.join(", ",
                        run.curves().columns()) + "): its curves show what it has");
            }
        }
        return notes;
    }
}
