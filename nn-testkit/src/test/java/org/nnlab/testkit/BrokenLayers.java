package org.nnlab.testkit;

import java.util.List;
import org.nnlab.api.BatchContext;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/**
 * A per-unit scale layer {@code a = w * x + b} (element-wise) and broken variants of it, each with one bug the
 * {@link LayerContract} should catch.
 */
final class BrokenLayers implements Layer {
    /** The bug. */
    enum Bug {
        NONE,
        /** dC/dx = g, forgetting the factor w. */
        INPUT_GRADIENT_WITHOUT_WEIGHT,
        /** dC/dw averaged over the rows instead of summed. */
        AVERAGED_WEIGHT_GRADIENT,
        /** The bias gradient summed per thread part, then the parts added: the bits depend on the thread count. */
        SUM_PER_THREAD_PART,
        /** A fresh array per forward pass. */
        ALLOCATES_PER_BATCH,
        /** Adds noise in evaluation too. */
        NOISY_EVALUATION
    }

    private final Bug bug;

    BrokenLayers(Bug bug) {
        this.bug = bug;
    }

    static LayerContract contract(Bug bug) {
        return () -> new BrokenLayers(bug);
    }

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "element-wise w * x + b (" + bug + ")";
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Layer configure(Params params) {
        return this;
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public Instance create(Shape input, String name) {
        int n = input.size();
        Parameter w = new Parameter(name + ".weights", new Matrix(1, n), new Matrix(1, n), true);
        Parameter b = new Parameter(name + ".biases", new Matrix(1, n), new Matrix(1, n), false);
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
                return List.of(w, b);
            }

            @Override
            public Workspace workspace(int batchSize, int threads) {
                return new ScaleWorkspace(w, b, n, batchSize);
            }
        };
    }

    private final class ScaleWorkspace implements Workspace {
        private final Parameter w;
        private final Parameter b;
        private final int n;
        private final int rows;
        private final float[] partSums;

        ScaleWorkspace(Parameter w, Parameter b, int n, int rows) {
            this.w = w;
            this.b = b;
            this.n = n;
            this.rows = rows;
            this.partSums = new float[n];
        }

        @Override
        public void forward(Matrix input, Matrix output, BatchContext batch) {
            float[] x = bug == Bug.ALLOCATES_PER_BATCH ? input.data().clone() : input.data();
            for (int r = 0; r < rows; r++) {
                for (int u = 0; u < n; u++) {
                    float noise = bug == Bug.NOISY_EVALUATION ? (float) batch.uniform(r, u) : 0f;
                    output.data()[r * n + u] = w.value().data()[u] * x[r * n + u] + b.value().data()[u] + noise;
                }
            }
        }

        @Override
        public void backward(Matrix input, Matrix output, Matrix outputGradient, Matrix inputGradient,
                             BatchContext batch) {
            float[] g = outputGradient.data();
            float[] gw = w.gradient().data();
            float[] gb = b.gradient().data();
            java.util.Arrays.fill(gw, 0f);
            java.util.Arrays.fill(gb, 0f);
            for (int r = 0; r < rows; r++) {
                for (int u = 0; u < n; u++) {
                    gw[u] += g[r * n + u] * input.data()[r * n + u] / (bug == Bug.AVERAGED_WEIGHT_GRADIENT ? rows : 1);
                    if (bug != Bug.SUM_PER_THREAD_PART) {
                        gb[u] += g[r * n + u];
                    }
                    inputGradient.data()[r * n + u] = g[r * n + u]
                            * (bug == Bug.INPUT_GRADIENT_WITHOUT_WEIGHT ? 1f : w.value().data()[u]);
                }
            }
            if (bug == Bug.SUM_PER_THREAD_PART) {
                batch.parallel(rows, (from, to) -> {
                    synchronized (partSums) {
                        java.util.Arrays.fill(partSums, 0f);
                        for (int r = from; r < to; r++) {
                            for (int u = 0; u < n; u++) {
                                partSums[u] += g[r * n + u] * 1.1f;
                            }
                        }
                        for (int u = 0; u < n; u++) {
                            gb[u] += partSums[u] / 1.1f;
                        }
                    }
                });
            }
        }
    }
}
