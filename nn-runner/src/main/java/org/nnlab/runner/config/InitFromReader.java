package org.nnlab.runner.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.core.LayerStage;
import org.nnlab.core.Network;
import org.nnlab.core.io.ModelFile;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginRegistry;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code network.init: {from: FILE}}: a trained model (a path relative to the config file) whose weights the
 * network starts from. The file is read now, at validation, and must hold the network's layer sizes and
 * activations; a missing, corrupt or mismatched file is a problem at the {@code from:} value.
 */
final class InitFromReader {
    static final String FROM = "from";
    private static final String PATH = "network.init." + FROM;

    private final PluginRegistry registry;
    private final ProblemLog log;
    private final Path configDir;

    InitFromReader(PluginRegistry registry, ProblemLog log, Path configDir) {
        this.registry = registry;
        this.log = log;
        this.configDir = configDir;
    }

    /** The model file, absolute, when {@code init} names one that fits the network read so far; else empty. */
    Optional<Path> read(MappingNode init, List<Integer> layers, Optional<PluginChoice> hidden,
                        Optional<PluginChoice> output) {
        Node value = fromValue(init);
        Network model = value == null ? null : load(value, name -> {
            throw new UserException("the model has layer \"" + name + "\" but the network is given as sizes;"
                    + " write network.layers as the model's layer list");
        });
        if (model == null) {
            return Optional.empty();
        }
        Path file = file(value);
        if (layers == null || hidden.isEmpty() || output.isEmpty()) {
            return Optional.of(file);
        }
        String wanted = shape(layers.stream().mapToInt(Integer::intValue).toArray(), hidden.get().name(),
                output.get().name());
        String found = shape(model.sizes(), model.hiddenActivation().name(), model.outputActivation().name());
        if (!wanted.equals(found)) {
            log.add(value, PATH, "the model " + file + " is " + found + ", the network " + wanted + " (give a"
                    + " model of the same layers and activations, or change network: to match it)");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /**
     * For the layer-list form: the model file, absolute, when {@code init} names a layered model whose layers,
     * parameters and activations are the list's ({@code stack}, null when it had a problem) one by one.
     */
    Optional<Path> readLayered(MappingNode init, List<LayerSpec> stack) {
        Node value = fromValue(init);
        Network model = value == null ? null : load(value, registry::layer);
        if (model == null) {
            return Optional.empty();
        }
        Path file = file(value);
        if (model.layerStack().isEmpty()) {
            log.add(value, PATH, "the model " + file + " is a sizes-form network (layers " + sizes(model.sizes())
                    + "), the config a layer list (give a model trained from a layer list, or write network.layers"
                    + " as " + sizes(model.sizes()) + ")");
            return Optional.empty();
        }
        if (stack == null) {
            return Optional.of(file);
        }
        List<LayerStage> stages = model.layerStack().get().stages();
        for (int i = 0; i < Math.max(stages.size(), stack.size()); i++) {
            String inModel = i < stages.size() ? describe(stages.get(i)) : "no layer";
            String inConfig = i < stack.size() ? describe(stack.get(i)) : "no layer";
            if (!inModel.equals(inConfig)) {
                log.add(value, PATH, "layer " + (i + 1) + " " + inModel + " in the model, " + inConfig
                        + " in the config (give a model of the same layers, parameters and activations, or change"
                        + " network.layers to match " + file + ")");
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    private static String describe(LayerStage stage) {
        return describe(stage.layer().name(), stage.params().asMap(),
                stage.activation() == null ? null : stage.activation().name());
    }

    private static String describe(LayerSpec spec) {
        return describe(spec.layer().name(), spec.layer().values(),
                spec.activation() == null ? null : spec.activation().name());
    }

    private static String describe(String name, Map<String, Object> params, String activation) {
        StringBuilder text = new StringBuilder(name);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            text.append(' ').append(param.getKey()).append('=').append(param.getValue());
        }
        return text.append(activation == null ? "" : " activation=" + activation).toString();
    }

    /** The value of {@code {from: FILE}}, or null when {@code init} is not of that form (logged). */
    private Node fromValue(MappingNode init) {
        List<NodeTuple> tuples = init.getValue();
        if (tuples.size() != 1 || !(tuples.get(0).getKeyNode() instanceof ScalarNode key)
                || !FROM.equals(key.getValue())) {
            log.add(init, "network.init", "expected {from: MODEL_FILE} (a trained model, e.g. {from:"
                    + " runs/quickstart-20261204-101500/best.nnm}) or an initializer name");
            return null;
        }
        Node value = tuples.get(0).getValueNode();
        if (!(value instanceof ScalarNode scalar) || ScalarValues.isNull(scalar) || scalar.getValue().isBlank()) {
            log.add(value, PATH, "expected the path of a model file, got " + ScalarValues.describe(value)
                    + " (e.g. runs/quickstart-20261204-101500/best.nnm)");
            return null;
        }
        return value;
    }

    private Path file(Node value) {
        return configDir.resolve(((ScalarNode) value).getValue()).toAbsolutePath().normalize();
    }

    /** The model {@code value} names, or null when it cannot be read (logged). */
    private Network load(Node value, Function<String, Layer> layers) {
        Path file = file(value);
        try {
            return ModelFile.load(file, this::activation, layers);
        } catch (UserException e) {
            log.add(value, PATH, e.getMessage());
            return null;
        } catch (IOException e) {
            log.add(value, PATH, "cannot read " + file + " (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String sizes(int[] sizes) {
        return java.util.Arrays.toString(sizes);
    }

    private static String shape(int[] sizes, String hidden, String output) {
        StringBuilder text = new StringBuilder("layers [");
        for (int i = 0; i < sizes.length; i++) {
            text.append(i == 0 ? "" : ", ").append(sizes[i]);
        }
        return text.append("] with activation ").append(hidden).append(" and output-activation ").append(output)
                .toString();
    }

    /** The activation a model names, with its defaults (only its name is compared). */
    private Activation activation(String name) {
        Activation prototype = registry.activation(name);
        return ContextLoader.call(prototype, () -> prototype.configure(Params.defaults(prototype)));
    }
}
