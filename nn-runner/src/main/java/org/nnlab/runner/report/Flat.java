package org.nnlab.runner.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A tree of maps and lists (a YAML or JSON document) as one line per leaf: {@code optimizer.learning-rate -> 0.5},
 * a list of plain values on one line ({@code network.layers -> [400, 30, 10]}), a list of maps by index
 * ({@code plugins[0].name -> digits20}). Values print as they were read ({@code 1.0} stays {@code 1.0}).
 */
final class Flat {
    private Flat() {
    }

    static Map<String, String> of(Object tree) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "", tree);
        return out;
    }

    /** A YAML document (a run's {@code config.yaml}) as a tree; an {@link IllegalArgumentException} if it is not. */
    static Object yaml(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage().lines().findFirst().orElse("not YAML"), e);
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Flat::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static void put(Map<String, String> out, String prefix, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                put(out, prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue());
            }
        } else if (value instanceof List<?> list && list.stream().anyMatch(v -> v instanceof Map<?, ?>)) {
            for (int i = 0; i < list.size(); i++) {
                put(out, prefix + "[" + i + "]", list.get(i));
            }
        } else {
            out.put(prefix, text(value));
        }
    }
}
