package org.nnlab.runner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code network:} section.
 *
 * @param layers           units per layer, input first, at least two
 * @param activation       the hidden layers' activation
 * @param outputActivation the output layer's activation
 * @param init             an {@link org.nnlab.core.Initializer} key (not used when {@code initFrom} is given)
 * @param initFrom         a trained model file (absolute) whose weights the network starts from, checked to have
 *                         these layers and activations ({@code init: {from: FILE}})
 */
public record NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init,
                          Optional<Path> initFrom) {
    public static final String DEFAULT_ACTIVATION = "sigmoid";
    public static final String DEFAULT_INIT = "scaled-gaussian";

    public NetworkSpec {
        layers = List.copyOf(layers);
        if (layers.size() < 2) {
            throw new IllegalArgumentException("a network needs at least two layers: " + layers);
        }
        Objects.requireNonNull(activation, "activation is null");
        Objects.requireNonNull(outputActivation, "outputActivation is null");
        Objects.requireNonNull(init, "init is null");
        Objects.requireNonNull(initFrom, "initFrom is null");
    }

    /** A network whose weights an initializer draws. */
    public NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init) {
        this(layers, activation, outputActivation, init, Optional.empty());
    }

    public int[] sizes() {
        return layers.stream().mapToInt(Integer::intValue).toArray();
    }
}
