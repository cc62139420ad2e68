package org.nnlab.runner.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nnlab.api.Activation;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
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
        List<NodeTuple> tuples = init.getValue();
        if (tuples.size() != 1 || !(tuples.get(0).getKeyNode() instanceof ScalarNode key)
                || !FROM.equals(key.getValue())) {
            log.add(init, "network.init", "expected {from: MODEL_FILE} (a trained model, e.g. {from:"
                    + " runs/quickstart-20261204-101500/best.nnm}) or an initializer name");
            return Optional.empty();
        }
        Node value = tuples.get(0).getValueNode();
        if (!(value instanceof ScalarNode scalar) || ScalarValues.isNull(scalar) || scalar.getValue().isBlank()) {
            log.add(value, PATH, "expected the path of a model file, got " + ScalarValues.describe(value)
                    + " (e.g. runs/quickstart-20261204-101500/best.nnm)");
            return Optional.empty();
        }
        Path file = configDir.resolve(scalar.getValue()).toAbsolutePath().normalize();
        Network model;
        try {
            model = ModelFile.load(file, this::activation);
        } catch (UserException e) {
            log.add(value, PATH, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            log.add(value, PATH, "cannot read " + file + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
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
