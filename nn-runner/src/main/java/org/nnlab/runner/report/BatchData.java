package org.nnlab.runner.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnlab.runner.run.Stats;

/**
 * A batch directory as the report shows it.
 *
 * @param dir     the batch directory
 * @param name    the batch's name ({@code batch.yaml}'s {@code batch})
 * @param columns the parameter columns: {@code config} when there are several configs, then the grid's key paths
 * @param planned every run of the plan, in order, whether or not it has a directory yet
 * @param runs    the runs that have a directory, by name
 * @param points  the grid points with their figures over seeds
 * @param notes   what could not be read, runs not started, and so on
 */
record BatchData(Path dir, String name, List<String> columns, List<Planned> planned, Map<String, RunData> runs,
                 List<GridPoint> points, List<String> notes) {
    BatchData {
        Objects.requireNonNull(dir, "dir is null");
        columns = List.copyOf(columns);
        planned = List.copyOf(planned);
        runs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(runs));
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /** One run of the plan: its directory's name, its grid point, its parameters and seed. */
    record Planned(String name, String point, Map<String, String> parameters, String seed) {
    }

    /**
     * A grid point: its parameters, how many runs it has and how they ended, and the figures over its completed
     * runs ({@link #FIGURES}).
     */
    record GridPoint(String name, Map<String, String> parameters, int runs, int ok, int failed,
                     Map<String, Stats> stats) {
    }

    /** The figures a batch summarises per grid point, as {@code summary.csv} names them. */
    static final List<String> FIGURES = List.of("test_accuracy", "best_validation_accuracy", "best_epoch");
}
