package org.nnlab.core;

import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;

/**
 * One fully-connected layer: {@code z = a_prev W + b} for a batch of rows.
 *
 * <table>
 *   <caption>Symbols (Nielsen ch. 2) and fields</caption>
 *   <tr><th>book</th><th>here</th><th>shape</th></tr>
 *   <tr><td>w<sup>l</sup></td><td>{@code weights}, stored transposed</td><td>inputs x outputs</td></tr>
 *   <tr><td>b<sup>l</sup></td><td>{@code biases}</td><td>1 x outputs</td></tr>
 *   <tr><td>&part;C/&part;w (summed over the batch)</td><td>{@code nablaW}</td><td>inputs x outputs</td></tr>
 *   <tr><td>&part;C/&part;b (summed over the batch)</td><td>{@code nablaB}</td><td>1 x outputs</td></tr>
 * </table>
 *
 * <p>The book's {@code w[j][k]} (output j, input k) is {@code weights.get(k, j)} here: with one example
 * per row, {@code z = a W} makes every inner loop walk a contiguous row of {@code W}.
 */
public final class DenseLayer {
    private final int inputs;
    private final int outputs;
    private final Matrix weights;
    private final Matrix biases;
    private final Matrix nablaW;
    private final Matrix nablaB;

    public DenseLayer(int inputs, int outputs) {
        if (inputs <= 0 || outputs <= 0) {
            throw new IllegalArgumentException("layer sizes must be positive: " + inputs + " -> " + outputs);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.weights = new Matrix(inputs, outputs);
        this.biases = new Matrix(1, outputs);
        this.nablaW = new Matrix(inputs, outputs);
        this.nablaB = new Matrix(1, outputs);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Weights, inputs x outputs (the transpose of the book's w). */
    public Matrix weights() {
        return weights;
    }

    /** Biases, 1 x outputs. */
    public Matrix biases() {
        return biases;
    }

    public Matrix nablaW() {
        return nablaW;
    }

    public Matrix nablaB() {
        return nablaB;
    }

    /** The weights and biases as optimizer parameters, named {@code layer<index>.weights/biases}. */
    Parameter weightParameter(int index) {
        return new Parameter("layer" + index + ".weights", weights, nablaW, true);
    }

    Parameter biasParameter(int index) {
        return new Parameter("layer" + index + ".biases", biases, nablaB, false);
    }
}
