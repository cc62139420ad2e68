package org.nnlab.host;

import java.util.Objects;

/**
 * Where plugins are looked for: a class loader and how to name it in messages when the jar of a provider
 * cannot be told (e.g. {@code built-in}, or a plugin jar's path).
 */
public record PluginSource(String label, ClassLoader loader) {
    public PluginSource {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(loader, "loader is null");
    }

    /** The framework's own plugins and anything else on the class path. */
    public static PluginSource builtIn() {
        return new PluginSource("class path", PluginSource.class.getClassLoader());
    }
}
