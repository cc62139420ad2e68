package org.nnlab.runner.config;

import java.util.Objects;

/**
 * One item of the layer-list form of {@code network.layers}: a layer plugin with its parameters, the activation
 * applied to its output, and its weight initialiser. An item's {@code dropout:} becomes a dropout layer of its own
 * after it.
 *
 * @param path       where the item is, e.g. {@code network.layers[2]}
 * @param layer      the layer plugin and its parameters
 * @param activation the activation of the layer's output, or null for none
 * @param init       an {@link org.nnlab.core.Initializer} key, or null for {@code network.init}
 */
public record LayerSpec(String path, PluginChoice layer, PluginChoice activation, String init) {
    public LayerSpec {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(layer, "layer is null");
    }
}
