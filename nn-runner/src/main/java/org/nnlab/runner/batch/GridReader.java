package org.nnlab.runner.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nnlab.runner.config.ProblemLog;
import org.nnlab.runner.config.ScalarValues;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code grid:} of a batch file, dotted key paths of the config each to a non-empty list of values, and its
 * {@code set:}, key paths each to one value. Whether a key exists in the config is checked when the runs are made
 * (the config says which keys it has).
 */
final class GridReader {
    private static final Pattern KEY_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9.+-]+");

    private final ProblemLog problems;
    private final ScalarValues values;

    GridReader(ProblemLog problems, ScalarValues values) {
        this.problems = problems;
        this.values = values;
    }

    List<BatchFile.Setting> settings(Node node) {
        List<BatchFile.Setting> settings = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "set", "expected a mapping of key paths to values, got " + ScalarValues.describe(node)
                    + " (e.g. {training.epochs: 5})");
            return settings;
        }
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            Node value = tuple.getValueNode();
            if (!KEY_PATH.matcher(key).matches()) {
                problems.add(tuple.getKeyNode(), "set", "expected a dotted key path of the config, got "
                        + ScalarValues.describe(tuple.getKeyNode()) + " (e.g. training.epochs)");
            } else if (!keys.add(key)) {
                problems.add(tuple.getKeyNode(), "set." + key, "duplicate key; keep one");
            } else if (ScalarValues.isNull(value)) {
                problems.add(value, "set." + key, "has no value; give one or remove the key");
            } else {
                settings.add(new BatchFile.Setting(key, YamlNodes.flow(value), problems.where(value)));
            }
        }
        return settings;
    }

    List<BatchFile.GridAxis> read(Node node) {
        List<BatchFile.GridAxis> axes = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, "grid", "expected a mapping of key paths to lists of values, got "
                    + ScalarValues.describe(node) + " (e.g. {optimizer.learning-rate: [0.1, 0.5]})");
            return axes;
        }
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            String path = "grid." + key;
            if (!KEY_PATH.matcher(key).matches()) {
                problems.add(tuple.getKeyNode(), "grid", "expected a dotted key path of the config, got "
                        + ScalarValues.describe(tuple.getKeyNode()) + " (e.g. optimizer.learning-rate)");
            } else if (key.equals("seed")) {
                problems.add(tuple.getKeyNode(), path, "the seed is not a grid key; give seeds: [1, 2, 3] or"
                        + " repeats: N beside grid:");
            } else if (!keys.add(key)) {
                problems.add(tuple.getKeyNode(), path, "duplicate key; keep one");
            } else {
                axis(key, tuple).ifPresent(axes::add);
            }
        }
        if (mapping.getValue().isEmpty()) {
            problems.add(node, "grid", "has no keys; give at least one, or leave grid: out");
        }
        return axes;
    }

    private Optional<BatchFile.GridAxis> axis(String key, NodeTuple tuple) {
        Node node = tuple.getValueNode();
        String path = "grid." + key;
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(node, path, "expected a list of values, got " + ScalarValues.describe(node) + " (e.g. ["
                    + (node instanceof ScalarNode s && !ScalarValues.isNull(node) ? s.getValue() : "0.1, 0.5")
                    + "]); a key with one value can be set in the config or with --set");
            return Optional.empty();
        }
        if (sequence.getValue().isEmpty()) {
            problems.add(node, path, "the list is empty, so the grid has no runs; give at least one value");
            return Optional.empty();
        }
        List<BatchFile.GridValue> axisValues = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            Object value;
            try {
                value = values.value(item);
            } catch (RuntimeException e) {
                problems.add(item, path + "[" + i + "]", "unsupported YAML value; write a number, true/false,"
                        + " text or a list");
                ok = false;
                continue;
            }
            if (ScalarValues.isNull(item)) {
                problems.add(item, path + "[" + i + "]", "has no value; give one or remove it");
                ok = false;
            } else if (!seen.add(value)) {
                problems.add(item, path + "[" + i + "]", "the value " + YamlNodes.flow(item)
                        + " is listed twice; keep one");
                ok = false;
            } else {
                axisValues.add(new BatchFile.GridValue(YamlNodes.flow(item), label(item), problems.where(item)));
            }
        }
        return ok ? Optional.of(new BatchFile.GridAxis(key, problems.where(tuple.getKeyNode()),
                axisValues)) : Optional.empty();
    }

    /** The value in a run's name: a list's items joined by '-', anything but letters, digits, '.', '+', '-' as '-'. */
    static String label(Node node) {
        String text;
        if (node instanceof SequenceNode sequence) {
            text = String.join("-", sequence.getValue().stream().map(GridReader::label).toList());
        } else if (node instanceof MappingNode mapping) {
            text = String.join("-", mapping.getValue().stream()
                    .map(t -> label(t.getKeyNode()) + "-" + label(t.getValueNode())).toList());
        } else {
            text = ((ScalarNode) node).getValue();
        }
        String safe = UNSAFE.matcher(text).replaceAll("-");
        return safe.isEmpty() ? "-" : safe;
    }
}
