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
 * Inverted dropout (Nielsen ch. 3; network3.py's {@code dropout_layer}, scaled at training time instead of at
 * test time): in training each value is kept with probability {@code 1 - rate} and scaled by
 * {@code 1 / (1 - rate)}, else zeroed; in evaluation the layer passes its input through. Which values are
 * dropped comes from {@link BatchContext#uniform}, so it depends on the seed, epoch, batch, row and unit alone.
 */
public final class DropoutLayer implements Layer {
    public static final String NAME = "dropout";
    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("rate", 0.5, "the probability of dropping each value in training").atLeast(0).atMost(0.99));

    private final double rate;

    /** The prototype. */
    public DropoutLayer() {
        this(0.5);
    }

    private DropoutLayer(double rate) {
        this.rate = rate;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "inverted dropout: in training zeroes each value with probability rate and scales the rest by"
                + " 1/(1 - rate)";
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
        return new DropoutLayer(params.number("rate"));
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public Instance create(Shape input, String name) {
        return new Instance() {
            @Override
            public Shape input() {
                return input;
            }

            @Override
            public Shape output() {
                return input;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of();
            }

            @Override
            public Workspace workspace(int batchSize, int threads) {
                return new DropoutWorkspace(input.size(), batchSize, rate);
            }
        };
    }

    /** The kept values' scale (0 or 1 / (1 - rate)) per value of the batch, drawn in forward, used in backward. */
    private static final class DropoutWorkspace implements Workspace {
        private final int width;
        private final int batchSize;
        private final double rate;
        private final float keptScale;
        private final float[] scale;
        private final BatchContext.RangeBody forwardRows;
        private final BatchContext.RangeBody backwardRows;
        private BatchContext context;
        private Matrix in;
        private Matrix out;

        DropoutWorkspace(int width, int batchSize, double rate) {
            this.width = width;
            this.batchSize = batchSize;
            this.rate = rate;
            this.keptScale = (float) (1.0 / (1.0 - rate));
            this.scale = new float[Math.multiplyExact(width, batchSize)];
            this.forwardRows = this::forwardRows;
            this.backwardRows = this::backwardRows;
        }

        @Override
        public void forward(Matrix input, Matrix output, BatchContext batch) {
            if (!batch.training() || rate == 0) {
                output.copyFrom(input);
                java.util.Arrays.fill(scale, 1f);
                return;
            }
            context = batch;
            in = input;
            out = output;
            batch.parallel(batchSize, forwardRows);
        }

        private void forwardRows(int from, int to) {
            float[] x = in.data();
            float[] a = out.data();
            for (int r = from; r < to; r++) {
                for (int u = 0; u < width; u++) {
                    int k = r * width + u;
                    scale[k] = context.uniform(r, u) < rate ? 0f : keptScale;
                    a[k] = x[k] * scale[k];
                }
            }
        }

        @Override
        public void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient,
                             BatchContext batch) {
            if (inputGradient == null) {
                return;
            }
            in = outputGradient;
            out = inputGradient;
            batch.parallel(batchSize, backwardRows);
        }

        private void backwardRows(int from, int to) {
            float[] d = in.data();
            float[] g = out.data();
            for (int k = from * width; k < to * width; k++) {
                g[k] = d[k] * scale[k];
            }
        }
    }
}
