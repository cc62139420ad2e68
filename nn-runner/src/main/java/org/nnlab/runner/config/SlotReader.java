package org.nnlab.runner.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nnlab.api.Activation;
import org.nnlab.api.Dataset;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.api.Problem;
import org.nnlab.api.Schedule;
import org.nnlab.api.UserException;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A plugin slot ({@code loss: cross-entropy}, or a mapping with {@code name:} and the plugin's parameters):
 * finds the plugin, validates its parameters with {@link Params#resolve} and tries {@code configure} (cheap, no
 * I/O), placing each problem at the node it concerns.
 */
final class SlotReader {
    private static final String NAME_KEY = "name";

    private final PluginRegistry registry;
    private final ProblemLog log;
    private final SourceMap source;
    private final ScalarValues values;

    SlotReader(PluginRegistry registry, ProblemLog log, SourceMap source, ScalarValues values) {
        this.registry = registry;
        this.log = log;
        this.source = source;
        this.values = values;
    }

    /** The slot's choice, or empty when it has problems (they are logged). */
    Optional<PluginChoice> read(PluginKind kind, String path, Node node) {
        String name;
        Node nameNode;
        String namePath;
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, NodeTuple> given = new LinkedHashMap<>();
        if (node instanceof ScalarNode scalar && !ScalarValues.isNull(node)) {
            name = scalar.getValue();
            nameNode = node;
            namePath = path;
        } else if (node instanceof MappingNode mapping) {
            nameNode = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (!readEntry(path, tuple, given, raw)) {
                    continue;
                }
                if (NAME_KEY.equals(((ScalarNode) tuple.getKeyNode()).getValue())) {
                    nameNode = tuple.getValueNode();
                }
            }
            namePath = path + "." + NAME_KEY;
            if (nameNode == null) {
                log.add(node, namePath, "missing; say which " + kind.label() + " to use"
                        + valid(kind));
                return Optional.empty();
            }
            if (!(nameNode instanceof ScalarNode nameScalar) || ScalarValues.isNull(nameNode)) {
                log.add(nameNode, namePath, "expected " + withArticle(kind.label()) + " name, got "
                        + ScalarValues.describe(nameNode) + valid(kind));
                return Optional.empty();
            }
            name = nameScalar.getValue();
            raw.remove(NAME_KEY);
        } else {
            log.add(node, path, "expected " + withArticle(kind.label()) + " name, or a mapping with name: and its parameters, got "
                    + ScalarValues.describe(node) + valid(kind));
            return Optional.empty();
        }
        Plugin plugin;
        try {
            plugin = registry.find(kind.type(), name);
        } catch (UserException e) {
            for (Problem p : e.problems()) {
                log.add(nameNode, namePath, p.message());
            }
            return Optional.empty();
        }
        return resolve(kind, path, node, plugin, raw, given);
    }

    /**
     * A layer-list item's layer ({@code dense: 100}, {@code conv: {filters: 20, size: 5}}, {@code flatten:}): the
     * layer named by {@code keyNode}, its parameters from a mapping, a scalar (the plugin's first declared
     * parameter) or nothing.
     */
    Optional<PluginChoice> readLayer(String path, ScalarNode keyNode, Node valueNode) {
        Plugin plugin;
        try {
            plugin = registry.find(PluginKind.LAYER.type(), keyNode.getValue());
        } catch (UserException e) {
            for (Problem p : e.problems()) {
                log.add(keyNode, path, p.message());
            }
            return Optional.empty();
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, NodeTuple> given = new LinkedHashMap<>();
        if (valueNode instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                readEntry(path, tuple, given, raw);
            }
        } else if (!ScalarValues.isNull(valueNode)) {
            if (plugin.parameters().isEmpty()) {
                log.add(valueNode, path, plugin.name() + " takes no parameters; write \"" + plugin.name() + ": {}\"");
                return Optional.empty();
            }
            String primary = plugin.parameters().get(0).name();
            NodeTuple tuple = new NodeTuple(new ScalarNode(org.yaml.snakeyaml.nodes.Tag.STR, primary,
                    valueNode.getStartMark(), valueNode.getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN),
                    valueNode);
            if (!readEntry(path, tuple, given, raw)) {
                return Optional.empty();
            }
        }
        return resolve(PluginKind.LAYER, path, valueNode, plugin, raw, given);
    }

    /** The defaults of plugin {@code name} for a slot left out of the config. */
    Optional<PluginChoice> defaults(PluginKind kind, String path, String name, Node parent) {
        try {
            Plugin plugin = registry.find(kind.type(), name);
            return resolve(kind, path, parent, plugin, Map.of(), Map.of());
        } catch (UserException e) {
            e.problems().forEach(p -> log.add(parent, path, "the default " + p.message()));
            return Optional.empty();
        }
    }

    private boolean readEntry(String path, NodeTuple tuple, Map<String, NodeTuple> given, Map<String, Object> raw) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalarKey) || ScalarValues.isNull(keyNode)) {
            log.add(keyNode, path, "a key must be a plain word, got " + ScalarValues.describe(keyNode));
            return false;
        }
        String key = scalarKey.getValue();
        if (given.containsKey(key)) {
            log.add(keyNode, path + "." + key, "duplicate key; it is already set at "
                    + source.where(given.get(key).getKeyNode()) + "; keep one");
            return false;
        }
        given.put(key, tuple);
        source.record(path + "." + key, tuple.getValueNode());
        if (NAME_KEY.equals(key)) {
            return true;
        }
        Node valueNode = tuple.getValueNode();
        if (ScalarValues.isNull(valueNode)) {
            log.add(valueNode, path + "." + key, "has no value; give one or remove the key");
            return false;
        }
        try {
            raw.put(key, values.value(valueNode));
        } catch (YAMLException e) {
            log.add(valueNode, path + "." + key, "unsupported YAML value (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); write a number, true/false or text");
            return false;
        }
        return true;
    }

    private Optional<PluginChoice> resolve(PluginKind kind, String path, Node slotNode, Plugin plugin,
                                           Map<String, Object> raw, Map<String, NodeTuple> given) {
        Params params;
        try {
            params = Params.resolve(plugin, raw);
        } catch (UserException e) {
            List<String> declared = plugin.parameters().stream().map(ParamSpec::name).toList();
            for (Problem p : e.problems()) {
                NodeTuple tuple = given.get(p.path());
                Node at = tuple == null ? slotNode
                        : declared.contains(p.path()) ? tuple.getValueNode() : tuple.getKeyNode();
                log.add(at, p.under(path).path(), p.message());
            }
            return Optional.empty();
        }
        Plugin configured;
        try {
            configured = configure(kind, plugin, params);
        } catch (UserException e) {
            for (Problem p : e.problems()) {
                String full = p.under(path).path();
                log.add(source.nodeOf(full) == null ? slotNode : source.nodeOf(full), full, p.message());
            }
            return Optional.empty();
        }
        return Optional.of(new PluginChoice(kind, path, plugin.name(), params, configured));
    }

    /** {@code configure}, with the plugin's class loader as the thread's context class loader. */
    private static Plugin configure(PluginKind kind, Plugin plugin, Params params) {
        return ContextLoader.call(plugin, () -> switch (kind) {
            case ACTIVATION -> ((Activation) plugin).configure(params);
            case LOSS -> ((Loss) plugin).configure(params);
            case OPTIMIZER -> ((Optimizer) plugin).configure(params);
            case DATASET -> ((Dataset) plugin).configure(params);
            case SCHEDULE -> ((Schedule) plugin).configure(params);
            case LAYER -> ((org.nnlab.api.Layer) plugin).configure(params);
        });
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private String valid(PluginKind kind) {
        return " (valid: " + String.join(", ", registry.names(kind)) + ")";
    }
}
