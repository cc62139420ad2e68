package org.nnlab.runner.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nnlab.api.Suggestions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of the config with a fixed set of keys: reports unknown keys (with did-you-mean) and duplicate
 * keys, and reads typed values, each problem placed at its node. A getter with a problem returns the default so
 * validation can go on and find the rest.
 */
final class MappingReader {
    private final MappingNode node;
    private final String path;
    private final ProblemLog log;
    private final ScalarValues values;
    private final Map<String, Node> byKey = new LinkedHashMap<>();

    MappingReader(MappingNode node, String path, List<String> keys, ProblemLog log, SourceMap source,
                  ScalarValues values) {
        this.node = node;
        this.path = path;
        this.log = log;
        this.values = values;
        Map<String, Node> firstKeyNode = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey) || ScalarValues.isNull(keyNode)) {
                log.add(keyNode, path, "a key must be a plain word, got " + ScalarValues.describe(keyNode)
                        + " (valid: " + String.join(", ", keys) + ")");
                continue;
            }
            String key = scalarKey.getValue();
            String keyPath = childPath(key);
            if (firstKeyNode.containsKey(key)) {
                log.add(keyNode, keyPath, "duplicate key; it is already set at "
                        + source.where(firstKeyNode.get(key)) + "; keep one");
                continue;
            }
            firstKeyNode.put(key, keyNode);
            if (!keys.contains(key)) {
                log.add(keyNode, keyPath, Suggestions.unknown("key", key, keys));
                continue;
            }
            byKey.put(key, tuple.getValueNode());
            source.record(keyPath, tuple.getValueNode());
        }
    }

    MappingNode node() {
        return node;
    }

    String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** A whole number {@code >= min}; {@code fallback} when absent or wrong. */
    long wholeNumber(String key, long fallback, long min, String expectation) {
        Node value = byKey.get(key);
        if (value == null) {
            return fallback;
        }
        Object parsed = value instanceof ScalarNode ? values.value(value) : null;
        if ((parsed instanceof Integer || parsed instanceof Long) && ((Number) parsed).longValue() >= min) {
            return ((Number) parsed).longValue();
        }
        log.add(value, childPath(key), "expected " + expectation + ", got " + ScalarValues.describe(value)
                + " (e.g. " + fallback + ")");
        return fallback;
    }

    /** A whole number {@code >= min} that fits an int. */
    int integer(String key, int fallback, int min) {
        String expectation = min == 1 ? "a positive whole number" : min == 0 ? "a non-negative whole number"
                : "a whole number >= " + min;
        long v = wholeNumber(key, fallback, min, expectation);
        if (v > Integer.MAX_VALUE) {
            log.add(byKey.get(key), childPath(key), "expected " + expectation + " up to " + Integer.MAX_VALUE
                    + ", got " + v + " (e.g. " + fallback + ")");
            return fallback;
        }
        return (int) v;
    }

    boolean bool(String key, boolean fallback) {
        Node value = byKey.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ScalarNode && values.value(value) instanceof Boolean b) {
            return b;
        }
        log.add(value, childPath(key), "expected true or false, got " + ScalarValues.describe(value)
                + " (e.g. " + fallback + ")");
        return fallback;
    }

    /** Text matching {@code pattern}, described by {@code expectation} in messages. */
    String text(String key, String fallback, Pattern pattern, String expectation) {
        Node value = byKey.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ScalarNode scalar && !ScalarValues.isNull(value)
                && pattern.matcher(scalar.getValue()).matches()) {
            return scalar.getValue();
        }
        log.add(value, childPath(key), "expected " + expectation + ", got " + ScalarValues.describe(value)
                + " (e.g. " + fallback + ")");
        return fallback;
    }

    /** A list of at least {@code minSize} positive whole numbers, or null (problem logged) when absent or wrong. */
    List<Integer> positiveIntegers(String key, int minSize, String example) {
        Node value = byKey.get(key);
        String keyPath = childPath(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof SequenceNode sequence)) {
            log.add(value, keyPath, "expected a list of layer sizes, got " + ScalarValues.describe(value)
                    + " (e.g. " + example + ")");
            return null;
        }
        List<Integer> result = new ArrayList<>();
        boolean ok = true;
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Object parsed = item instanceof ScalarNode ? values.value(item) : null;
            if (parsed instanceof Integer n && n > 0) {
                result.add(n);
            } else {
                log.add(item, keyPath + "[" + i + "]", "expected a positive whole number of units, got "
                        + ScalarValues.describe(item) + " (e.g. " + example + ")");
                ok = false;
            }
        }
        if (ok && result.size() < minSize) {
            log.add(value, keyPath, "a network needs at least " + minSize + " layers (input and output), got "
                    + result.size() + " (e.g. " + example + ")");
            ok = false;
        }
        return ok ? result : null;
    }

    void missing(String key, String fix) {
        log.add(node, childPath(key), "missing; " + fix);
    }
}
