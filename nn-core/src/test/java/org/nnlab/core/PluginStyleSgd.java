package org.nnlab.core;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * SGD with L2 and momentum written as a plugin author would, against the SPI alone, with none of the built-in's
 * shortcuts (no zero-gradient override): {@code v <- mu v - (eta / m) g - (eta lambda / n) w; w <- w + v}, and
 * without momentum Nielsen (93)-(94).
 */
final class PluginStyleSgd implements Optimizer {
    private final double eta;
    private final double lambda;
    private final double mu;

    PluginStyleSgd(double eta, double lambda, double mu) {
        this.eta = eta;
        this.lambda = lambda;
        this.mu = mu;
    }

    @Override
    public String name() {
        return "plugin-style-sgd";
    }

    @Override
    public String description() {
        return "SGD as a plugin would write it";
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Optimizer configure(Params params) {
        return this;
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public Step start(List<Parameter> parameters, int n) {
        return new Step() {
            private final float[][] velocity = parameters.stream()
                    .map(p -> new float[p.value().data().length]).toArray(float[][]::new);
            private float step;
            private float decay;
            private float rate;

            @Override
            public void begin(int batchSize, double learningRate) {
                step = (float) (learningRate / batchSize);
                decay = (float) (1.0 - learningRate * lambda / n);
                rate = (float) (learningRate * lambda / n);
            }

            @Override
            public void update(int parameter, int from, int to) {
                Parameter p = parameters.get(parameter);
                float[] w = p.value().data();
                float[] g = p.gradient().data();
                float[] v = velocity[parameter];
                float m = (float) mu;
                float d = p.decays() ? decay : 1f;
                float r = p.decays() ? rate : 0f;
                for (int i = from; i < to; i++) {
                    if (mu == 0) {
                        w[i] = d == 1f ? w[i] - step * g[i] : d * w[i] - step * g[i];
                    } else {
                        v[i] = m * v[i] - step * g[i] - r * w[i];
                        w[i] += v[i];
                    }
                }
            }
        };
    }
}
