package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.DatasetContext;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.logging.LogSetup;

/**
 * What a batch takes from the world: plugins, where data lives, the clock, logging, the framework's checkout and
 * the command line as typed (recorded in each run's provenance).
 *
 * @param pluginDirectories the plugin directories read, in order (recorded in each run's provenance)
 */
public record BatchEnvironment(PluginRegistry registry, List<Path> pluginDirectories, DatasetContext datasets,
                               Clock clock, LogSetup logs, Path home, List<String> commandLine) {
    public BatchEnvironment {
        Objects.requireNonNull(registry, "registry is null");
        pluginDirectories = List.copyOf(pluginDirectories);
        Objects.requireNonNull(datasets, "datasets is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(logs, "logs is null");
        Objects.requireNonNull(home, "home is null");
        commandLine = List.copyOf(commandLine);
    }
}
