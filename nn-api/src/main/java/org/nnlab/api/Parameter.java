package org.nnlab.api;

import java.util.Objects;

/**
 * One trainable block of a network (a layer's weights or biases) as an optimizer sees it.
 *
 * @param name     e.g. {@code layer1.weights}, for messages
 * @param value    the values, updated in place by the optimizer
 * @param gradient {@code dC/dvalue} summed (not averaged) over the current mini-batch, written by the engine
 * @param decays   whether weight decay (L2) applies: true for weights, false for biases (Nielsen ch. 3)
 */
public record Parameter(String name, Matrix value, Matrix gradient, boolean decays) {
    public Parameter {
        Objects.requireNonNull(name, "name is null");
        value.requireSameShape(gradient, name + " gradient");
    }
}
