package org.nnlab.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Shape;

/**
 * One layer instance with a batch's input, an upstream gradient and buffers, for the contract: forward, backward,
 * and the scalar {@code L = sum(output * g)} whose gradients backward computes.
 */
final class LayerRun {
    final Layer.Instance instance;
    final Layer.Workspace workspace;
    final Matrix input;
    final Matrix output;
    final Matrix outputGradient;
    final Matrix inputGradient;

    LayerRun(Layer layer, Shape shape, int rows, long seed, int threads) {
        this.instance = layer.create(shape, "layer1");
        SplittableRandom rng = new SplittableRandom(seed);
        for (Parameter p : instance.parameters()) {
            float[] v = p.value().data();
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (rng.nextGaussian() * 0.5);
            }
        }
        this.input = spaced(rng, rows, shape.size());
        this.output = new Matrix(rows, instance.output().size());
        this.outputGradient = RandomMatrices.normal(rng, rows, instance.output().size(), 1.0);
        this.inputGradient = new Matrix(rows, shape.size());
        this.workspace = instance.workspace(rows, threads);
    }

    /**
     * Rows of distinct values at least 0.05 apart, shuffled: a finite-difference step of 0.01 never changes which
     * value of a window is largest, so max-pooling is differentiable at every test point.
     */
    static Matrix spaced(SplittableRandom rng, int rows, int cols) {
        Matrix m = new Matrix(rows, cols);
        float[] d = m.data();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                d[r * cols + c] = (float) ((c - cols / 2.0) * 0.05 + 0.01 * rng.nextDouble());
            }
            for (int c = cols - 1; c > 0; c--) {
                int j = rng.nextInt(c + 1);
                float t = d[r * cols + c];
                d[r * cols + c] = d[r * cols + j];
                d[r * cols + j] = t;
            }
        }
        return m;
    }

    void forward(TestBatchContext context) {
        workspace.forward(input, output, context);
    }

    void backward(TestBatchContext context) {
        workspace.backward(input, output, outputGradient, inputGradient, context);
    }

    /** {@code sum(output * g)} in double after a forward pass. */
    double objective(TestBatchContext context) {
        forward(context);
        double sum = 0;
        float[] a = output.data();
        float[] g = outputGradient.data();
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * g[i];
        }
        return sum;
    }

    List<Parameter> parameters() {
        return instance.parameters();
    }
}
