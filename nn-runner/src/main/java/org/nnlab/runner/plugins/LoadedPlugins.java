package org.nnlab.runner.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nnlab.host.PluginRegistry;

/**
 * The plugins of one command.
 *
 * @param registry    the built-in plugins and those of the plugin directories, with the problems found
 * @param directories the plugin directories scanned, in order, absolute: recorded in a run's provenance
 */
public record LoadedPlugins(PluginRegistry registry, List<Path> directories) {
    public LoadedPlugins {
        Objects.requireNonNull(registry, "registry is null");
        directories = List.copyOf(directories);
    }

    /** The built-in plugins alone. */
    public static LoadedPlugins builtIn() {
        return new LoadedPlugins(PluginRegistry.builtIn(), List.of());
    }
}
