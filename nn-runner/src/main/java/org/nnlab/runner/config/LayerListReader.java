package org.nnlab.runner.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nnlab.api.Params;
import org.nnlab.api.Suggestions;
import org.nnlab.core.Initializer;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The layer-list form of {@code network.layers}: each item a mapping whose first key names the layer
 * ({@code dense: 100}, {@code conv: {filters: 20, size: 5}}, {@code max-pool: 2}, {@code dropout: 0.5}) and
 * whose other keys are {@code activation:}, {@code dropout:} (a dropout layer after this one) and {@code init:}.
 * The last layer's activation defaults to {@code network.output-activation}; any other layer has none unless it
 * says so.
 */
final class LayerListReader {
    static final List<String> ITEM_KEYS = List.of("activation", "dropout", "init");
    static final String DROPOUT = "dropout";
    static final String EXAMPLE = "[{conv: {filters: 20, size: 5}, activation: sigmoid}, {max-pool: 2},"
            + " {dense: 100, activation: sigmoid}, {dense: 10, activation: softmax}]";

    private final PluginRegistry registry;
    private final ProblemLog log;
    private final SourceMap source;
    private final ScalarValues values;
    private final SlotReader slots;

    LayerListReader(PluginRegistry registry, ProblemLog log, SourceMap source, ScalarValues values, SlotReader slots) {
        this.registry = registry;
        this.log = log;
        this.source = source;
        this.values = values;
        this.slots = slots;
    }

    /** Whether {@code node} is written in the layer-list form: a list whose first item is a mapping. */
    static boolean isLayerList(Node node) {
        return node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()
                && sequence.getValue().get(0) instanceof MappingNode;
    }

    /** The items, or null when one has a problem (logged). */
    List<LayerSpec> read(SequenceNode list, String path, Optional<PluginChoice> outputActivation) {
        List<LayerSpec> stack = new ArrayList<>();
        boolean ok = true;
        List<Node> items = list.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            source.record(itemPath, items.get(i));
            ok &= item(items.get(i), itemPath, i == items.size() - 1, outputActivation, stack);
        }
        return ok ? stack : null;
    }

    private boolean item(Node node, String path, boolean last, Optional<PluginChoice> outputActivation,
                         List<LayerSpec> stack) {
        if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            log.add(node, path, "expected a layer such as {dense: 100, activation: sigmoid}, got "
                    + ScalarValues.describe(node) + " (valid layers: " + String.join(", ", registry.names(PluginKind.LAYER))
                    + "; a list of sizes such as [784, 30, 10] cannot be mixed with layers)");
            return false;
        }
        NodeTuple first = mapping.getValue().get(0);
        if (!(first.getKeyNode() instanceof ScalarNode layerKey) || ScalarValues.isNull(layerKey)) {
            log.add(first.getKeyNode(), path, "the first key must name the layer (valid: "
                    + String.join(", ", registry.names(PluginKind.LAYER)) + ")");
            return false;
        }
        MappingNode options = new MappingNode(mapping.getTag(), mapping.getValue().subList(1, mapping.getValue().size()),
                mapping.getFlowStyle());
        for (NodeTuple tuple : options.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && registry.names(PluginKind.LAYER).contains(key.getValue())
                    && !ITEM_KEYS.contains(key.getValue())) {
                log.add(key, path + "." + key.getValue(), "one layer per list item: \"" + layerKey.getValue()
                        + "\" already names this item's layer; start a new item with \"- {" + key.getValue() + ": ...}\"");
                return false;
            }
        }
        MappingReader reader = new MappingReader(options, path, ITEM_KEYS, log, source, values);
        Optional<PluginChoice> layer = slots.readLayer(path + "." + layerKey.getValue(), layerKey, first.getValueNode());
        Optional<PluginChoice> activation = reader.get("activation")
                .flatMap(n -> slots.read(PluginKind.ACTIVATION, path + ".activation", n));
        boolean activationOk = reader.get("activation").isEmpty() || activation.isPresent();
        if (activation.isEmpty() && last) {
            activation = outputActivation;
        }
        String init = reader.get("init").map(n -> init(n, path + ".init")).orElse("");
        Optional<PluginChoice> dropout = reader.get(DROPOUT).flatMap(n -> dropout(n, path + "." + DROPOUT));
        boolean ok = layer.isPresent() && activationOk && init != null
                && (reader.get(DROPOUT).isEmpty() || dropout.isPresent());
        if (!ok) {
            return false;
        }
        stack.add(new LayerSpec(path, layer.get(), activation.orElse(null), init.isEmpty() ? null : init));
        dropout.ifPresent(choice -> stack.add(new LayerSpec(path + "." + DROPOUT, choice, null, null)));
        return true;
    }

    private String init(Node node, String path) {
        String key = node instanceof ScalarNode s && !ScalarValues.isNull(s) ? s.getValue() : null;
        if (key != null && Initializer.keys().contains(key)) {
            return key;
        }
        log.add(node, path, key == null
                ? "expected an initializer name, got " + ScalarValues.describe(node)
                + " (valid: " + String.join(", ", Initializer.keys()) + ")"
                : Suggestions.unknown("initializer", key, Initializer.keys()));
        return null;
    }

    /** A dropout layer of the given rate, from the item's {@code dropout:} key. */
    private Optional<PluginChoice> dropout(Node node, String path) {
        Object rate = node instanceof ScalarNode ? values.value(node) : null;
        if (!(rate instanceof Number) || !registry.names(PluginKind.LAYER).contains(DROPOUT)) {
            log.add(node, path, "expected a dropout rate from 0 to 0.99, got " + ScalarValues.describe(node)
                    + " (e.g. 0.5)");
            return Optional.empty();
        }
        try {
            org.nnlab.api.Layer plugin = registry.layer(DROPOUT);
            Params params = Params.resolve(plugin, Map.of("rate", rate));
            org.nnlab.api.Layer configured = ContextLoader.call(plugin, () -> plugin.configure(params));
            return Optional.of(new PluginChoice(PluginKind.LAYER, path, plugin.name(), params, configured));
        } catch (org.nnlab.api.UserException e) {
            e.problems().forEach(p -> log.add(node, path, p.message()));
            return Optional.empty();
        }
    }
}
