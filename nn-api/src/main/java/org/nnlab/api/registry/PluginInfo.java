package org.nnlab.api.registry;

import java.util.Objects;
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
}
