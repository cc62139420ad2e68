package org.nnlab.runner.config;

import java.util.Map;
import java.util.function.Function;

/** A plugin slot on one line: its bare name, or {@code {name: ..., key: value}} when it has parameter values. */
final class PluginChoiceText {
    private PluginChoiceText() {
    }

    static void inline(StringBuilder out, PluginChoice choice, Function<Object, String> value,
                       Function<String, String> text) {
        if (choice.values().isEmpty()) {
            out.append(text.apply(choice.name()));
            return;
        }
        out.append("{name: ").append(text.apply(choice.name()));
        for (Map.Entry<String, Object> e : choice.values().entrySet()) {
            out.append(", ").append(e.getKey()).append(": ").append(value.apply(e.getValue()));
        }
        out.append('}');
    }
}
