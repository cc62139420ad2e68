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
 * Max-pooling over {@code size x size} windows with stride {@code size}, per channel (network3.py's
 * {@code pool_size}). A size that does not divide the input's height and width is refused, rather than
 * dropping the border as network3's {@code ignore_border=True} does, so no input pixel is silently unused.
 * Backward, each window's gradient goes to the first position holding its maximum. A NaN input is not
 * propagated (comparisons with it are false); the activation after the convolution before it reports one.
 */
public final class MaxPoolLayer implements Layer {
    public static final String NAME = "max-pool";
    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("size", 0, "the side of each pooling window, also its stride").required().atLeast(1));

    private final int size;

    /** The prototype. */
    public MaxPoolLayer() {
        this(1);
    }

    private MaxPoolLayer(int size) {
        this.size = size;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "max over size x size windows, stride size, per channel; the size must divide height and width";
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
        return new MaxPoolLayer(params.integer("size"));
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.isFlat() && size > 1) {
            throw Shapes.refuse("max-pool " + size + " on a flat input of " + input + " values: pooling needs an"
                    + " image (put it after a conv layer, before any dense layer)");
        }
        if (input.height() % size != 0 || input.width() % size != 0) {
            throw Shapes.refuse("max-pool " + size + " on a " + input + " input: " + size + " must divide the height "
                    + input.height() + " and the width " + input.width() + " (use a size that divides both, or"
                    + " change the conv size before it)");
        }
        return new Shape(input.channels(), input.height() / size, input.width() / size);
    }

    @Override
    public Instance create(Shape input, String name) {
        Shape output = outputShape(input);
        return new Instance() {
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
                return List.of();
            }

            @Override
            public Workspace workspace(int batchSize, int threads) {
                return new PoolWorkspace(input, output, size, batchSize);
            }
        };
    }

    /** Split over examples; the winners' positions kept from forward for backward. */
    private static final class PoolWorkspace implements Workspace {
        private final Shape input;
        private final Shape output;
        private final int size;
        private final int batchSize;
        /** For each output value, the index in its row of the input value that won. */
        private final int[] winners;
        private final BatchContext.RangeBody forwardRows;
        private final BatchContext.RangeBody backwardRows;
        private Matrix in;
        private Matrix out;
        private Matrix dOut;
        private Matrix dIn;

        PoolWorkspace(Shape input, Shape output, int size, int batchSize) {
            this.input = input;
            this.output = output;
            this.size = size;
            this.batchSize = batchSize;
            this.winners = new int[Math.multiplyExact(batchSize, output.size())];
            this.forwardRows = this::forwardRows;
            this.backwardRows = this::backwardRows;
        }

        @Override
        public void forward(Matrix inputRows, Matrix outputRows, BatchContext batch) {
            in = inputRows;
            out = outputRows;
            batch.parallel(batchSize, forwardRows);
        }

        private void forwardRows(int from, int to) {
            float[] x = in.data();
            float[] a = out.data();
            int inSize = input.size();
            int outSize = output.size();
            int w = input.width();
            int outWidth = output.width();
            int windows = output.channels() * output.height();
            for (int r = from; r < to; r++) {
                int o = r * outSize;
                int rowStart = r * inSize;
                for (int band = 0; band < windows; band++) {
                    // output row band (channel c, row y) reads input rows c * h + y * size .. + size - 1
                    int bandStart = rowStart + band * size * w;
                    if (size == 2) {
                        o = PoolPairs.band(x, bandStart, w, outWidth, a, winners, o, rowStart);
                        continue;
                    }
                    for (int xo = 0; xo < outWidth; xo++) {
                        int best = bandStart + xo * size;
                        float max = x[best];
                        for (int i = 0; i < size; i++) {
                            int p = bandStart + i * w + xo * size;
                            for (int j = 0; j < size; j++) {
                                float v = x[p + j];
                                boolean larger = v > max;
                                best = larger ? p + j : best;
                                max = larger ? v : max;
                            }
                        }
                        a[o] = max;
                        winners[o++] = best - rowStart;
                    }
                }
            }
        }

        @Override
        public void backward(Matrix inputRows, Matrix outputRows, Matrix outputGradient, Matrix inputGradient,
                             BatchContext batch) {
            if (inputGradient == null) {
                return;
            }
            dOut = outputGradient;
            dIn = inputGradient;
            batch.parallel(batchSize, backwardRows);
        }

        private void backwardRows(int from, int to) {
            float[] g = dIn.data();
            float[] d = dOut.data();
            int inSize = input.size();
            int outSize = output.size();
            java.util.Arrays.fill(g, from * inSize, to * inSize, 0f);
            for (int r = from; r < to; r++) {
                for (int o = r * outSize; o < (r + 1) * outSize; o++) {
                    g[r * inSize + winners[o]] += d[o];
                }
            }
        }
    }
}
