package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnlab.runner.config.LoadedConfig;

/**
 * One run of a batch, its config validated.
 *
 * @param name       its directory's name in the batch directory, e.g. {@code learning-rate=0.5_l2=5.0_seed=1}
 * @param point      the grid point it belongs to: its name without the seed, e.g. {@code learning-rate=0.5_l2=5.0}
 * @param parameters the value of each parameter column of the batch (config, grid keys), as written
 * @param overrides  the {@code --set} arguments that make its config from {@code config}
 * @param resolved   its resolved config, as its run directory's {@code config.yaml} holds it
 * @param origins    where in the batch file each of its overrides is written, to place problems found later
 */
public record PlannedRun(String name, String point, Path config, Map<String, String> parameters, long seed,
                         List<String> overrides, LoadedConfig loaded, String resolved,
                         List<RunProblems.Origin> origins) {
    public PlannedRun {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(point, "point is null");
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        overrides = List.copyOf(overrides);
        origins = List.copyOf(origins);
    }
}
