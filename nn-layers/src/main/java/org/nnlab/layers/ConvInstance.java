package org.nnlab.layers;

import java.util.List;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Shape;

/**
 * A {@link ConvLayer}'s parameters for one input shape: {@code weights} is filters x (channels * size * size),
 * row f holding filter f channel-major ({@code (c * size + i) * size + j}); {@code biases} is 1 x filters.
 */
final class ConvInstance implements Layer.Instance {
    final Shape input;
    final Shape output;
    final int size;
    final Parameter weights;
    final Parameter biases;

    ConvInstance(Shape input, Shape output, int size, String name) {
        this.input = input;
        this.output = output;
        this.size = size;
        int filters = output.channels();
        int perFilter = input.channels() * size * size;
        this.weights = new Parameter(name + ".weights", new Matrix(filters, perFilter), new Matrix(filters, perFilter),
                true);
        this.biases = new Parameter(name + ".biases", new Matrix(1, filters), new Matrix(1, filters), false);
    }

    @Override
    public Shape input() {
        return input;
    }

    @Override
    public Shape output() {
        return output;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weights, biases);
    }

    /** Each output sums channels x size x size inputs. */
    @Override
    public int fanIn() {
        return input.channels() * size * size;
    }

    /** Each input reaches filters x size x size outputs (network3's n_out before pooling). */
    @Override
    public int fanOut() {
        return output.channels() * size * size;
    }

    @Override
    public Layer.Workspace workspace(int batchSize, int threads) {
        return new ConvWorkspace(this, batchSize);
    }
}
