package org.nnlab.runner.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.DatasetContext;

/**
 * How this run was asked for, beyond the experiment itself: recorded in provenance.
 *
 * @param directory         where the run goes
 * @param configFile        the experiment file as given
 * @param overrides         the {@code --set} arguments
 * @param commandLine       the whole command line, {@code nn} first
 * @param threads           worker threads for training
 * @param pluginDirectories the plugin directories read, in order
 * @param home              the framework's checkout (for its git commit)
 * @param datasets          where the datasets looked for their files (kept so that eval looks there too)
 */
public record RunSettings(RunDirectory directory, Path configFile, List<String> overrides, List<String> commandLine,
                          int threads, List<Path> pluginDirectories, Path home, DatasetContext datasets) {
    public RunSettings {
        Objects.requireNonNull(directory, "directory is null");
        Objects.requireNonNull(configFile, "configFile is null");
        overrides = List.copyOf(overrides);
        commandLine = List.copyOf(commandLine);
        pluginDirectories = List.copyOf(pluginDirectories);
        Objects.requireNonNull(home, "home is null");
        Objects.requireNonNull(datasets, "datasets is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
    }

    /** These settings with the run going into {@code created}, the directory {@link RunDirectory#create()} made. */
    public RunSettings in(Path created) {
        return new RunSettings(new RunDirectory(created, directory.explicit()), configFile, overrides, commandLine,
                threads, pluginDirectories, home, datasets);
    }
}
