package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A batch file, read and checked: which configs to run, the grid of key paths to values crossed with them, and
 * the seeds each grid point is run with. Every part keeps where it is written ({@code file:line:col}).
 *
 * @param configs  {@code base:} first, then {@code experiments:}, each resolved against the batch file's directory
 * @param settings {@code set:}, applied to every run before the command line's {@code --set} and the grid
 * @param seeds    the seeds of each grid point; empty to run each config once with its own seed
 */
public record BatchFile(Path file, String name, List<ConfigRef> configs, List<Setting> settings, List<GridAxis> grid,
                        List<Long> seeds, String seedsWhere) {
    /** One config to run, as written in the batch file. */
    public record ConfigRef(Path path, String where) {
    }

    /** One key path of {@code set:} and its value, as one line of YAML. */
    public record Setting(String key, String yaml, String where) {
    }

    /** One key path of the grid and its values. */
    public record GridAxis(String key, String where, List<GridValue> values) {
        public GridAxis {
            values = List.copyOf(values);
        }
    }

    /**
     * One value of a grid key.
     *
     * @param yaml  the value as one line of YAML, given to the config as {@code --set key=yaml}
     * @param label the value in a run's name: letters, digits, {@code .}, {@code +} and {@code -}
     */
    public record GridValue(String yaml, String label, String where) {
    }

    public BatchFile {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(name, "name is null");
        configs = List.copyOf(configs);
        settings = List.copyOf(settings);
        grid = List.copyOf(grid);
        seeds = List.copyOf(seeds);
    }
}
