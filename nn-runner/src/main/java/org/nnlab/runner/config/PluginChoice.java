package org.nnlab.runner.config;

import java.util.Map;
import java.util.Objects;
import org.nnlab.api.Params;
import org.nnlab.host.PluginKind;

/**
 * A filled plugin slot: which plugin of which kind, and its validated parameters with defaults.
 *
 * @param path the slot's key path in the config, e.g. {@code optimizer} or {@code network.activation}
 */
public record PluginChoice(PluginKind kind, String path, String name, Params params) {
    public PluginChoice {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(params, "params is null");
    }

    /** The resolved parameter values, defaults included, in declaration order. */
    public Map<String, Object> values() {
        return params.asMap();
    }
}
