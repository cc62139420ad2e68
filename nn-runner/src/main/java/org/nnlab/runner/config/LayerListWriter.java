package org.nnlab.runner.config;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the layer-list form of {@code network} for {@link ConfigWriter}: one flow mapping per layer. */
final class LayerListWriter {
    private LayerListWriter() {
    }

    static void write(StringBuilder out, NetworkSpec network, Function<Object, String> value,
                      Function<String, String> text) {
        if (!network.input().isEmpty()) {
            out.append("  input: [").append(network.input().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        out.append("  layers:\n");
        for (LayerSpec layer : network.stack()) {
            out.append("    - {").append(text.apply(layer.layer().name())).append(": {");
            String separator = "";
            for (Map.Entry<String, Object> e : layer.layer().values().entrySet()) {
                out.append(separator).append(e.getKey()).append(": ").append(value.apply(e.getValue()));
                separator = ", ";
            }
            out.append('}');
            if (layer.activation() != null) {
                out.append(", activation: ");
                PluginChoiceText.inline(out, layer.activation(), value, text);
            }
            if (layer.init() != null) {
                out.append(", init: ").append(text.apply(layer.init()));
            }
            out.append("}\n");
        }
    }
}
