package org.nnlab.core;

import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;

/**
 * One stage of a {@link LayerStack}: a layer with its parameters, the activation applied to its output (null:
 * none), and how a user names it in messages and the model file.
 *
 * @param layer      the configured layer plugin
 * @param params     what it was configured with, for the model file
 * @param instance   the layer with its parameters, for one input shape
 * @param activation applied to the layer's output {@code z}, giving {@code a}; null when {@code a = z}
 * @param label      e.g. {@code layer2}, the prefix of its parameters' names
 */
public record LayerStage(Layer layer, Params params, Layer.Instance instance, Activation activation, String label) {
    public LayerStage {
        Objects.requireNonNull(layer, "layer is null");
        Objects.requireNonNull(params, "params is null");
        Objects.requireNonNull(instance, "instance is null");
        Objects.requireNonNull(label, "label is null");
    }
}
