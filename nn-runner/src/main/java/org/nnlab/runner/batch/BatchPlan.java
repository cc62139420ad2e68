package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A batch expanded into its runs, every config validated: configs x grid x seeds, in that order (the last grid
 * key varies fastest, seeds fastest of all).
 *
 * @param file      the batch file
 * @param overrides the {@code --set} arguments applied to every run
 * @param columns   the parameter columns of runs.csv and summary.csv: {@code config} when there are several
 *                  configs, then the grid keys
 * @param grid      the grid of the batch file
 */
public record BatchPlan(String name, Path file, List<String> overrides, List<String> columns,
                        List<BatchFile.GridAxis> grid, List<PlannedRun> runs) {
    public BatchPlan {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(file, "file is null");
        overrides = List.copyOf(overrides);
        columns = List.copyOf(columns);
        grid = List.copyOf(grid);
        runs = List.copyOf(runs);
    }

    /** The runs of each grid point, points in order. */
    public Map<String, List<Integer>> points() {
        Map<String, List<Integer>> points = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            points.computeIfAbsent(runs.get(i).point(), p -> new ArrayList<>()).add(i);
        }
        return points;
    }
}
