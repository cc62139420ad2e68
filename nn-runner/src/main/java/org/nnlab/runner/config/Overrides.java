package org.nnlab.runner.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Echo;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code --set key.path=value} arguments, applied to the composed tree before validation. The value is YAML
 * ({@code 0.1}, {@code true}, {@code sigmoid}, {@code [784, 30, 10]}). A key that does not exist in the file is
 * added, so validation reports it if the schema does not know it; a slot given as a bare name becomes a
 * mapping when one of its parameters is set ({@code --set optimizer.l2=5} on {@code optimizer: sgd}), and a slot
 * left out gets its default plugin's name ({@code --set optimizer.l2=5} with no optimizer: is sgd's l2).
 */
final class Overrides {
    /** One parsed argument. */
    record Assignment(String text, List<String> path, String value) {
        String label() {
            return "--set " + Echo.cut(text);
        }

        String dotted() {
            return String.join(".", path);
        }
    }

    private Overrides() {
    }

    /** Parses every argument; malformed ones are reported together. */
    static List<Assignment> parse(List<String> arguments) {
        List<Assignment> result = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String text : arguments) {
            int eq = text.indexOf('=');
            List<String> path = eq < 0 ? List.of() : Arrays.asList(text.substring(0, eq).trim().split("\\.", -1));
            if (eq <= 0 || path.stream().anyMatch(String::isBlank)) {
                problems.add(new Problem("", "--set " + Echo.cut(text) + ": expected key.path=value, e.g. --set training.epochs=5"));
            } else {
                result.add(new Assignment(text, path.stream().map(String::trim).toList(), text.substring(eq + 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return result;
    }

    /** Applies {@code assignment} to {@code root}; problems go to {@code log}. */
    static void apply(MappingNode root, Assignment assignment, SourceMap source, ProblemLog log) {
        Node value;
        try {
            value = new Yaml(new LoaderOptions()).compose(new StringReader(assignment.value()));
        } catch (YAMLException e) {
            log.addOverride(assignment.label(), assignment.dotted(), "malformed value " + Echo.quoted(assignment.value()) + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "); quote it or write YAML such as 0.1, true,"
                    + " sigmoid or [784, 30, 10]");
            return;
        }
        if (value == null) {
            value = new ScalarNode(Tag.NULL, "", null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        source.markOverride(value, assignment.label());
        MappingNode current = root;
        List<String> path = assignment.path();
        for (int i = 0; i < path.size() - 1; i++) {
            String prefix = String.join(".", path.subList(0, i + 1));
            NodeTuple tuple = find(current, path.get(i));
            if (tuple == null) {
                MappingNode created = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
                source.markOverride(created, assignment.label());
                String defaultPlugin = SpecReader.SLOT_DEFAULTS.get(prefix);
                if (defaultPlugin != null) {
                    ScalarNode name = new ScalarNode(Tag.STR, defaultPlugin, null, null, DumperOptions.ScalarStyle.PLAIN);
                    source.markOverride(name, assignment.label());
                    put(created, "name", name, source, assignment.label());
                }
                put(current, path.get(i), created, source, assignment.label());
                current = created;
            } else if (tuple.getValueNode() instanceof MappingNode mapping) {
                current = mapping;
            } else if (tuple.getValueNode() instanceof ScalarNode && SpecReader.SLOT_PATHS.contains(prefix)) {
                MappingNode slot = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
                source.markOverride(slot, assignment.label());
                put(slot, "name", tuple.getValueNode(), source, assignment.label());
                put(current, path.get(i), slot, source, assignment.label());
                current = slot;
            } else {
                log.add(value, prefix, "is a single value, not a section, so it has no key \"" + path.get(i + 1)
                        + "\"; set it whole with --set " + prefix + "=VALUE");
                return;
            }
        }
        put(current, path.get(path.size() - 1), value, source, assignment.label());
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        NodeTuple found = null;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                found = tuple;
            }
        }
        return found;
    }

    /** Sets {@code key} to {@code value} in {@code mapping}, replacing the value (not the key) if the key is there. */
    private static void put(MappingNode mapping, String key, Node value, SourceMap source, String label) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                tuples.set(i, new NodeTuple(k, value));
                mapping.setValue(tuples);
                return;
            }
        }
        ScalarNode keyNode = new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN);
        source.markOverride(keyNode, label);
        tuples.add(new NodeTuple(keyNode, value));
        mapping.setValue(tuples);
    }
}
