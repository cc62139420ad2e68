package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of a batch's run configs, each reported once with the runs it concerns. A problem the loader
 * placed at a {@code --set} argument that came from the batch file is placed there instead: a grid value, a
 * {@code set:} entry or the seeds. A problem that every value of a grid key gives (a key the config does not
 * have) is placed once, at the key.
 */
final class RunProblems {
    /** Where a {@code --set} argument of a run came from, for placing the problems the loader puts at it. */
    record Origin(String label, String where, String prefix, int axis, int value) {
        static Origin of(String assignment, String where, String prefix) {
            return new Origin("--set " + assignment + ": ", where, prefix, -1, -1);
        }

        static Origin grid(String assignment, String where, int axis, int value) {
            return new Origin("--set " + assignment + ": ", where, "grid.", axis, value);
        }
    }

    private final List<BatchFile.GridAxis> grid;
    private final Map<String, List<String>> placed = new LinkedHashMap<>();
    private final List<Map<String, Map<Integer, List<String>>>> byAxis = new ArrayList<>();

    RunProblems(List<BatchFile.GridAxis> grid) {
        this.grid = grid;
        grid.forEach(axis -> byAxis.add(new LinkedHashMap<>()));
    }

    /** A problem of run {@code run}'s config, as the loader wrote it. */
    void add(String line, List<Origin> origins, String run) {
        for (Origin origin : origins) {
            if (line.startsWith(origin.label())) {
                String tail = origin.prefix() + line.substring(origin.label().length());
                if (origin.axis() >= 0) {
                    byAxis.get(origin.axis()).computeIfAbsent(tail, t -> new TreeMap<>())
                            .computeIfAbsent(origin.value(), v -> new ArrayList<>()).add(run);
                    return;
                }
                line = origin.where() + ": " + tail;
                break;
            }
        }
        placed.computeIfAbsent(line, l -> new ArrayList<>()).add(run);
    }

    /** Every problem, with the runs it concerns out of {@code total}. */
    List<String> lines(int total) {
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < grid.size(); a++) {
            BatchFile.GridAxis axis = grid.get(a);
            for (Map.Entry<String, Map<Integer, List<String>>> problem : byAxis.get(a).entrySet()) {
                Map<Integer, List<String>> values = problem.getValue();
                if (values.size() == axis.values().size() && values.size() > 1) {
                    List<String> runs = values.values().stream().flatMap(List::stream).toList();
                    lines.add(axis.where() + ": " + problem.getKey() + RunNames.which(runs, total));
                } else {
                    values.forEach((value, runs) -> lines.add(axis.values().get(value).where() + ": "
                            + problem.getKey() + RunNames.which(runs, total)));
                }
            }
        }
        placed.forEach((line, runs) -> lines.add(line + RunNames.which(runs, total)));
        return lines;
    }
}
