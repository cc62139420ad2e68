package org.nnlab.runner.plugins;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Gives a command its plugins: the built-in ones, then those of the plugin directories. */
@FunctionalInterface
public interface PluginLoader {
    /**
     * The built-in plugins, then those of the loader's own directories, then those of {@code extraDirectories}
     * (a command's {@code --plugins DIR}s), in that order. Never throws for a broken plugin or a missing
     * directory: the registry's {@code problems()} and {@code warnings()} say what went wrong.
     */
    LoadedPlugins load(List<Path> extraDirectories);

    /**
     * As {@link #load(List)}, telling {@code err} which plugin jar is being loaded when that takes more than a few
     * seconds (a static initializer that hangs).
     */
    default LoadedPlugins load(List<Path> extraDirectories, PrintWriter err) {
        return load(extraDirectories);
    }
}
