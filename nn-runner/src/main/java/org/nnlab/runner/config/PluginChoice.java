package org.nnlab.runner.config;

import java.util.Map;
import java.util.Objects;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.host.PluginKind;

/**
 * A filled plugin slot: which plugin of which kind, its validated parameters with defaults, and the instance
 * validation configured with them, which the wiring uses as it is (a plugin is configured once). Two choices are
 * equal when kind, path, name and parameters are: the configured instance follows from them.
 *
 * @param path       the slot's key path in the config, e.g. {@code optimizer} or {@code network.activation}
 * @param configured the plugin's {@code configure(params)}, of {@code kind}'s type
 */
public record PluginChoice(PluginKind kind, String path, String name, Params params, Plugin configured) {
    public PluginChoice {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(params, "params is null");
        Objects.requireNonNull(configured, "configured is null");
        if (!kind.type().isInstance(configured)) {
            throw new IllegalArgumentException(configured.getClass() + " is not " + kind.type());
        }
    }

    /** The configured instance as its SPI type, e.g. {@code configured(Loss.class)}. */
    public <T extends Plugin> T configured(Class<T> type) {
        return type.cast(configured);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginChoice that && kind == that.kind && path.equals(that.path)
                && name.equals(that.name) && params.equals(that.params);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, path, name, params);
    }

    /** The resolved parameter values, defaults included, in declaration order. */
    public Map<String, Object> values() {
        return params.asMap();
    }
}
