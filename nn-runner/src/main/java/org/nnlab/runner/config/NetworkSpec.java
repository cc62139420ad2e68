package org.nnlab.runner.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code network:} section, in one of two forms: sizes ({@code layers: [784, 30, 10]}, {@link #stack} empty)
 * or a layer list ({@code layers: [{conv: ...}, ...]}, {@link #layers} empty).
 *
 * @param layers           units per layer, input first, at least two; empty in the layer-list form
 * @param activation       the hidden layers' activation
 * @param outputActivation the output layer's activation
 * @param init             an {@link org.nnlab.core.Initializer} key (not used when {@code initFrom} is given)
 * @param stack            the layer list, empty in the sizes form
 * @param input            channels, height, width of an example; empty for the dataset's own geometry
 * @param initFrom         a trained model file (absolute) whose weights the network starts from, checked to have
 *                         these layers and activations ({@code init: {from: FILE}}); sizes form only
 */
public record NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init,
                          List<LayerSpec> stack, List<Integer> input, Optional<Path> initFrom) {
    public static final String DEFAULT_ACTIVATION = "sigmoid";
    public static final String DEFAULT_INIT = "scaled-gaussian";

    /** The sizes form, its weights drawn by an initializer. */
    public NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init) {
        this(layers, activation, outputActivation, init, List.of(), List.of(), Optional.empty());
    }

    /** The sizes form, starting from a trained model's weights. */
    public NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init,
                       Optional<Path> initFrom) {
        this(layers, activation, outputActivation, init, List.of(), List.of(), initFrom);
    }

    /** The layer-list form. */
    public NetworkSpec(List<Integer> layers, PluginChoice activation, PluginChoice outputActivation, String init,
                       List<LayerSpec> stack, List<Integer> input) {
        this(layers, activation, outputActivation, init, stack, input, Optional.empty());
    }

    public NetworkSpec {
        layers = List.copyOf(layers);
        stack = List.copyOf(stack);
        input = List.copyOf(input);
        if (stack.isEmpty() && layers.size() < 2) {
            throw new IllegalArgumentException("a network needs at least two layers: " + layers);
        }
        Objects.requireNonNull(activation, "activation is null");
        Objects.requireNonNull(outputActivation, "outputActivation is null");
        Objects.requireNonNull(init, "init is null");
        Objects.requireNonNull(initFrom, "initFrom is null");
    }

    /** Whether this is the layer-list form. */
    public boolean layered() {
        return !stack.isEmpty();
    }

    /** Units per layer of the sizes form; empty in the layer-list form. */
    public int[] sizes() {
        return layers.stream().mapToInt(Integer::intValue).toArray();
    }
}
