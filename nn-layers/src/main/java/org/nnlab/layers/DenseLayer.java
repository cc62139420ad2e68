package org.nnlab.layers;

import java.util.List;
import java.util.Objects;
import org.nnlab.api.BatchContext;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/**
 * A fully-connected layer {@code z = a W + b} (Nielsen (23), one example per row); an input of any shape is read
 * flattened, channel-major. {@code W} is stored as in nn-core, inputs x outputs, so the forward loop walks
 * contiguous rows of it.
 *
 * <table>
 *   <caption>Symbols and fields</caption>
 *   <tr><th>book</th><th>here</th></tr>
 *   <tr><td>w<sup>l</sup><sub>jk</sub></td><td>{@code weights.get(k, j)}</td></tr>
 *   <tr><td>b<sup>l</sup></td><td>{@code biases}</td></tr>
 *   <tr><td>&part;C/&part;w, &part;C/&part;b (BP4, BP3), summed over the batch</td><td>{@code nablaW}, {@code nablaB}</td></tr>
 * </table>
 */
public final class DenseLayer implements Layer {
    public static final String NAME = "dense";
    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("units", 0, "the number of output units").required().atLeast(1));

    private final int units;

    /** The prototype. */
    public DenseLayer() {
        this(1);
    }

    private DenseLayer(int units) {
        this.units = units;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "fully-connected layer z = a W + b; its input is flattened channel-major";
    }

    @Override
    public List<ParamSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Layer configure(Params params) {
        Objects.requireNonNull(params, "params is null");
        return new DenseLayer(params.integer("units"));
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.flat(units);
    }

    @Override
    public Instance create(Shape input, String name) {
        return new Dense(input, Shape.flat(units), name);
    }

    private static final class Dense implements Instance {
        private final Shape input;
        private final Shape output;
        private final int inputs;
        private final int outputs;
        private final Parameter weights;
        private final Parameter biases;

        Dense(Shape input, Shape output, String name) {
            this.input = input;
            this.output = output;
            this.inputs = input.size();
            this.outputs = output.size();
            this.weights = new Parameter(name + ".weights", new Matrix(inputs, outputs), new Matrix(inputs, outputs),
                    true);
            this.biases = new Parameter(name + ".biases", new Matrix(1, outputs), new Matrix(1, outputs), false);
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

        @Override
        public int fanIn() {
            return inputs;
        }

        @Override
        public int fanOut() {
            return outputs;
        }

        @Override
        public Workspace workspace(int batchSize, int threads) {
            return new DenseWorkspace(this, batchSize);
        }
    }

    /** The loops: forward split over examples, the weight gradient and dC/da over input units. */
    private static final class DenseWorkspace implements Workspace {
        /** Multiply-adds per batch below which a layer's loops stay on the caller's thread. */
        private static final long MIN_PARALLEL_WORK = 65_536;
        private final Dense layer;
        private final int batchSize;
        /** dC/dz transposed (outputs x padded rows) and the input gradient's sums (inputs x padded rows). */
        private final float[] deltaT;
        private final float[] sumsT;
        /** Per row, the indices of its non-zero inputs (forward), and how many there are. */
        private final int[] nonZero;
        private final int[] nonZeroCounts;
        private final BatchContext.RangeBody forwardRows;
        private final BatchContext.RangeBody weightGradientRows;
        private final BatchContext.RangeBody inputGradientRows;
        private Matrix in;
        private Matrix out;
        private Matrix dOut;
        private Matrix dIn;

        DenseWorkspace(Dense layer, int batchSize) {
            this.layer = layer;
            this.batchSize = batchSize;
            int padded = DenseGradients.paddedRows(batchSize);
            this.deltaT = new float[Math.multiplyExact(layer.outputs, padded)];
            this.sumsT = new float[Math.multiplyExact(layer.inputs, padded)];
            this.nonZero = new int[Math.multiplyExact(batchSize, layer.inputs)];
            this.nonZeroCounts = new int[batchSize];
            this.forwardRows = this::forwardRows;
            this.weightGradientRows = this::weightGradientRows;
            this.inputGradientRows = this::inputGradientRows;
        }

        /**
         * Splits {@code body} over the threads unless the whole layer is too small for a split to pay for waking
         * the other thread (a batch of 10 through 100 -> 10); either way each value is computed alike.
         */
        private void parallel(BatchContext batch, int size, BatchContext.RangeBody body) {
            if ((long) batchSize * layer.inputs * layer.outputs < MIN_PARALLEL_WORK) {
                body.run(0, size);
            } else {
                batch.parallel(size, body);
            }
        }

        @Override
        public void forward(Matrix input, Matrix output, BatchContext batch) {
            in = input;
            out = output;
            parallel(batch, batchSize, forwardRows);
        }

        private void forwardRows(int from, int to) {
            int n = layer.inputs;
            int m = layer.outputs;
            float[] x = in.data();
            float[] w = layer.weights.value().data();
            float[] b = layer.biases.value().data();
            float[] z = out.data();
            DenseKernels.forward(x, n, w, m, b, z, from, to, nonZero, nonZeroCounts);
        }

        @Override
        public void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient,
                             BatchContext batch) {
            in = input;
            dOut = outputGradient;
            dIn = inputGradient;
            parallel(batch, layer.inputs, weightGradientRows);
            float[] nablaB = layer.biases.gradient().data();
            float[] delta = dOut.data();
            int m = layer.outputs;
            java.util.Arrays.fill(nablaB, 0f);
            for (int r = 0; r < batchSize; r++) {
                for (int j = 0; j < m; j++) {
                    nablaB[j] += delta[r * m + j];
                }
            }
            if (dIn != null) {
                DenseGradients.transposeDelta(delta, m, batchSize, deltaT);
                parallel(batch, layer.inputs, inputGradientRows);
            }
        }

        /** BP4: nablaW[k][j] = sum over rows of a[k] delta[j], rows in order. */
        private void weightGradientRows(int from, int to) {
            DenseGradients.weightGradient(in.data(), layer.inputs, dOut.data(), layer.outputs, batchSize,
                    layer.weights.gradient().data(), from, to);
        }

        /** BP2's (w^T delta): dC/da[k] = sum over j of w[k][j] delta[j], j in order, for inputs from..to. */
        private void inputGradientRows(int from, int to) {
            DenseGradients.inputGradient(layer.weights.value().data(), layer.inputs, layer.outputs, deltaT, batchSize,
                    dIn.data(), from, to, sumsT);
        }
    }
}
