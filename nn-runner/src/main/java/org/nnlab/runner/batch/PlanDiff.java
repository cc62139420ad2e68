package org.nnlab.runner.batch;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * What differs between a stored plan and the plan its batch file gives now: runs added or removed, and the keys
 * of the resolved configs whose values changed, each reported once with the runs it concerns.
 */
final class PlanDiff {
    /** The plugin slots, written as a bare name when the plugin has no parameters: compared by their name. */
    private static final List<String> SLOTS = List.of("dataset", "network.activation", "network.output-activation",
            "loss", "optimizer", "schedule");

    private PlanDiff() {
    }

    /** The differences, one per line; empty when the plans give the same runs with the same configs. */
    static List<String> between(PlanFile.Stored stored, BatchPlan now, String storedLabel) {
        List<String> lines = new ArrayList<>();
        Map<String, String> before = new LinkedHashMap<>();
        stored.runs().forEach(run -> before.put(run.name(), run.resolved()));
        Map<String, String> after = new LinkedHashMap<>();
        now.runs().forEach(run -> after.put(run.name(), run.resolved()));
        List<String> removed = before.keySet().stream().filter(name -> !after.containsKey(name)).toList();
        List<String> added = after.keySet().stream().filter(name -> !before.containsKey(name)).toList();
        if (!removed.isEmpty()) {
            lines.add("runs in " + storedLabel + " that the batch file no longer gives: " + RunNames.few(removed));
        }
        if (!added.isEmpty()) {
            lines.add("runs the batch file gives now that are not in " + storedLabel + ": " + RunNames.few(added));
        }
        if (!stored.overrides().equals(now.overrides())) {
            lines.add("--set: " + stored.overrides() + " in " + storedLabel + ", " + now.overrides() + " now");
        }
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> run : before.entrySet()) {
            String current = after.get(run.getKey());
            if (current == null || current.equals(run.getValue())) {
                continue;
            }
            Map<String, String> old = flatten(run.getValue());
            Map<String, String> updated = flatten(current);
            Set<String> keys = new LinkedHashSet<>(old.keySet());
            keys.addAll(updated.keySet());
            for (String key : keys) {
                String a = old.getOrDefault(key, "(absent)");
                String b = updated.getOrDefault(key, "(absent)");
                if (!a.equals(b)) {
                    changes.computeIfAbsent(key + ": " + a + " in " + storedLabel + ", " + b + " now",
                            line -> new ArrayList<>()).add(run.getKey());
                }
            }
        }
        changes.forEach((line, runs) -> lines.add(line + RunNames.which(runs, before.size())));
        return lines;
    }

    /** Every leaf of a resolved config by its dotted key path; a list is one value ({@code [784, 30, 10]}). */
    static Map<String, String> flatten(String yaml) {
        Map<String, String> leaves = new LinkedHashMap<>();
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        if (root != null) {
            flatten(root, "", leaves);
        }
        return leaves;
    }

    private static void flatten(Node node, String path, Map<String, String> leaves) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                flatten(tuple.getValueNode(), path.isEmpty() ? key : path + "." + key, leaves);
            }
        } else if (node instanceof ScalarNode scalar && SLOTS.contains(path)) {
            leaves.put(path + ".name", scalar.getValue());
        } else {
            leaves.put(path, YamlNodes.flow(node));
        }
    }
}
