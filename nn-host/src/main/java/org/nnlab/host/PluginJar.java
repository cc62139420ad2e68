package org.nnlab.host;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One jar file of a plugin, with the SHA-256 of its bytes as read when the plugin directories were scanned:
 * what {@code nn plugins} shows and a run's provenance records.
 *
 * @param path   the jar, absolute and normalized: the same text as {@link PluginInfo#location()} of its plugins
 * @param sha256 lower-case hex
 */
public record PluginJar(Path path, String sha256) {
    public PluginJar {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(sha256, "sha256 is null");
    }
}
