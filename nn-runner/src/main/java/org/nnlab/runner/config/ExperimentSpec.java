package org.nnlab.runner.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One experiment, validated, with every default filled: what {@link SpecReader} builds from the YAML and
 * {@link ConfigWriter} renders back. Immutable.
 */
public record ExperimentSpec(String name, long seed, PluginChoice dataset, NetworkSpec network, PluginChoice loss,
                             PluginChoice optimizer, TrainingSpec training, PluginChoice schedule) {
    public static final long DEFAULT_SEED = 42;
    public static final String DEFAULT_OPTIMIZER = "sgd";
    public static final String DEFAULT_SCHEDULE = "constant";
    /** A name is used in run directory names: at most 100 letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ExperimentSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad experiment name " + name);
        }
        Objects.requireNonNull(dataset, "dataset is null");
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(loss, "loss is null");
        Objects.requireNonNull(optimizer, "optimizer is null");
        Objects.requireNonNull(training, "training is null");
        Objects.requireNonNull(schedule, "schedule is null");
    }
}
