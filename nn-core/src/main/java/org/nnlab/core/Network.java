package org.nnlab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;

/**
 * A feed-forward network in one of two forms. The dense form: layer sizes {@code [n0, n1, ..., nL]}, one
 * activation for the hidden layers and one for the output layer, trained by {@link Backprop}'s fused kernels.
 * The layered form: a {@link LayerStack} of layer plugins (convolution, pooling, dropout, dense with an
 * activation each), trained by {@link LayeredPass}; its {@link #sizes()} are the input and output widths alone
 * and its {@link #layers()} are empty. Holds the parameters; the per-batch work has workspaces of its own.
 */
public final class Network {
    private final int[] sizes;
    private final List<DenseLayer> layers;
    private final Activation hidden;
    private final Activation output;
    private final LayerStack stack;

    /** The layered form; its last stage's activation is {@link #outputActivation()}. */
    public Network(LayerStack stack) {
        this.stack = Objects.requireNonNull(stack, "stack is null");
        this.sizes = new int[]{stack.input().size(), stack.output().size()};
        this.layers = List.of();
        Activation last = stack.outputActivation();
        if (last == null) {
            throw new IllegalArgumentException("the last layer of a layered network needs an activation");
        }
        this.hidden = last;
        this.output = last;
    }

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
        this.stack = null;
    }

    /** The layers of the layered form; empty for the dense form. */
    public Optional<LayerStack> layerStack() {
        return Optional.ofNullable(stack);
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
        if (stack != null) {
            return stack.parameters();
        }
        List<Parameter> list = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            list.add(layers.get(l).weightParameter(l + 1));
            list.add(layers.get(l).biasParameter(l + 1));
        }
        return List.copyOf(list);
    }

    /** The output activations for a batch of input rows. Allocates; for prediction, not training. */
    public Matrix predict(Matrix inputs) {
        if (stack != null) {
            LayeredPass pass = new LayeredPass(stack, inputs.rows(), WorkerPool.SINGLE, 0L);
            pass.input().copyFrom(inputs);
            pass.forward(false, 0, 0);
            return pass.output().copy();
        }
        Backprop pass = new Backprop(this, inputs.rows());
        pass.input().copyFrom(inputs);
        pass.infer();
        return pass.output().copy();
    }

    /** Index of the largest output of row {@code row}: the predicted class, as {@link Evaluator#predicted}. */
    public static int argmax(Matrix outputs, int row) {
        Objects.checkIndex(row, outputs.rows());
        return Evaluator.predicted(outputs.data(), row * outputs.cols(), outputs.cols());
    }

    /** A deep copy of the parameters into {@code target}, a network of the same sizes. */
    public void copyParametersTo(Network target) {
        if (stack != null || target.stack != null) {
            List<Parameter> from = parameters();
            List<Parameter> to = target.parameters();
            if (stack == null || target.stack == null || from.size() != to.size()) {
                throw new IllegalArgumentException("networks differ: " + this + " vs " + target);
            }
            for (int p = 0; p < from.size(); p++) {
                to.get(p).value().copyFrom(from.get(p).value());
            }
            return;
        }
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
        if (stack != null) {
            return "Network " + stack;
        }
        return "Network" + Arrays.toString(sizes) + " " + hidden.name() + "/" + output.name();
    }
}
