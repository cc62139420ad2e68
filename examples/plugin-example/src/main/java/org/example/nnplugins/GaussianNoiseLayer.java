package org.example.nnplugins;

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
 * {@code gaussian-noise}: in training adds N(0, sigma^2) noise to every value, a regulariser; in evaluation
 * passes its input through. The noise comes from {@link BatchContext#gaussian}, so a run gives the same bits for
 * any thread count; backward passes the gradient through unchanged (the noise does not depend on the input).
 */
public final class GaussianNoiseLayer implements Layer {
    public static final String NAME = "gaussian-noise";
    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("sigma", 0.1, "standard deviation of the noise added in training").atLeast(0));

    private final double sigma;

    public GaussianNoiseLayer() {
        this(0.1);
    }

    private GaussianNoiseLayer(double sigma) {
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "adds N(0, sigma^2) noise to every value in training; passes through in evaluation";
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
        return new GaussianNoiseLayer(params.number("sigma"));
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
                return new NoiseWorkspace(input.size(), batchSize);
            }
        };
    }

    /** Rows split between threads; each value's noise is keyed by its row and unit. */
    private final class NoiseWorkspace implements Workspace {
        private final int width;
        private final int rows;
        private final BatchContext.RangeBody addNoise = this::addNoise;
        private BatchContext batch;
        private Matrix in;
        private Matrix out;

        NoiseWorkspace(int width, int rows) {
            this.width = width;
            this.rows = rows;
        }

        @Override
        public void forward(Matrix input, Matrix output, BatchContext context) {
            if (!context.training() || sigma == 0) {
                output.copyFrom(input);
                return;
            }
            batch = context;
            in = input;
            out = output;
            context.parallel(rows, addNoise);
        }

        private void addNoise(int from, int to) {
            float[] x = in.data();
            float[] a = out.data();
            for (int r = from; r < to; r++) {
                for (int u = 0; u < width; u++) {
                    a[r * width + u] = (float) (x[r * width + u] + sigma * batch.gaussian(r, u));
                }
            }
        }

        @Override
        public void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient,
                             BatchContext context) {
            if (inputGradient != null) {
                inputGradient.copyFrom(outputGradient);
            }
        }
    }
}
