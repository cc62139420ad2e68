package org.nnlab.host;

import java.util.Objects;
import java.util.Optional;
import org.nnlab.api.Plugin;

/**
 * A discovered plugin: its kind, name, the prototype instance and where it came from.
 *
 * @param location the jar or directory its class was loaded from, as a path or URL text
 */
public record PluginInfo(PluginKind kind, String name, Plugin prototype, String location) {
    public PluginInfo {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(prototype, "prototype is null");
        Objects.requireNonNull(location, "location is null");
    }

    /** The loader of the plugin's classes: a {@link PluginClassLoader} for a plugin from a plugin directory. */
    public ClassLoader classLoader() {
        return prototype.getClass().getClassLoader();
    }

    /**
     * The plugin-directory jar the plugin's class came from, with its SHA-256; empty for a plugin on the
     * framework's own class path (built in).
     */
    public Optional<PluginJar> pluginJar() {
        return classLoader() instanceof PluginClassLoader loader ? loader.jar(location) : Optional.empty();
    }
}
