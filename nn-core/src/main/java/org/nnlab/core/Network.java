package org.nnlab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;

/**
 * A fully-connected feed-forward network: layer sizes {@code [n0, n1, ..., nL]}, one activation for the hidden
 * layers and one for the output layer. Holds the parameters; the per-batch work happens in {@link Backprop}
 * with workspaces of its own.
 */
public final class Network {
    private final int[] sizes;
    private final List<DenseLayer> layers;
    private final Activation hidden;
    private final Activation output;

    public Network(int[] sizes, Activation hidden, Activation output) {
        Objects.requireNonNull(sizes, "sizes is null");
        this.hidden = Objects.requireNonNull(hidden, "hidden is null");
        this.output = Objects.requireNonNull(output, "output is null");
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs at least an input and an output layer: "
                    + Arrays.toString(sizes));
        }
        this.sizes = sizes.clone();
        List<DenseLayer> list = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            list.add(new DenseLayer(sizes[l - 1], sizes[l]));
        }
        this.layers = List.copyOf(list);
    }

    /** Layer sizes, input first. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int inputs() {
        return sizes[0];
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    public List<DenseLayer> layers() {
        return layers;
    }

    /** The activation of layer {@code index} (0-based over {@link #layers()}). */
    public Activation activation(int index) {
        return index == layers.size() - 1 ? output : hidden;
    }

    public Activation hiddenActivation() {
        return hidden;
    }

    public Activation outputActivation() {
        return output;
    }

    /** Every weight and bias block, as the optimizer sees them: layer by layer, weights then biases. */
    public List<Parameter> parameters() {
        List<Parameter> list = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            list.add(layers.get(l).weightParameter(l + 1));
            list.add(layers.get(l).biasParameter(l + 1));
        }
        return List.copyOf(list);
    }

    /** The output activations for a batch of input rows. Allocates; for prediction, not training. */
    public Matrix predict(Matrix inputs) {
        Backprop pass = new Backprop(this, inputs.rows());
        pass.input().copyFrom(inputs);
        pass.infer();
        return pass.output().copy();
    }

    /** Index of the largest output for each row of {@code outputs}: the predicted class. */
    public static int argmax(Matrix outputs, int row) {
        int best = 0;
        float bestValue = outputs.get(row, 0);
        for (int c = 1; c < outputs.cols(); c++) {
            float v = outputs.get(row, c);
            if (v > bestValue) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    /** A deep copy of the parameters into {@code target}, a network of the same sizes. */
    public void copyParametersTo(Network target) {
        if (!Arrays.equals(sizes, target.sizes)) {
            throw new IllegalArgumentException("sizes differ: " + Arrays.toString(sizes) + " vs "
                    + Arrays.toString(target.sizes));
        }
        for (int l = 0; l < layers.size(); l++) {
            target.layers.get(l).weights().copyFrom(layers.get(l).weights());
            target.layers.get(l).biases().copyFrom(layers.get(l).biases());
        }
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(sizes) + " " + hidden.name() + "/" + output.name();
    }
}
