package org.nnlab.core.optim;

import java.util.List;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * Stochastic gradient descent with L2 weight decay and optional momentum.
 *
 * <table>
 *   <caption>Symbols (Nielsen ch. 3) and parameters</caption>
 *   <tr><th>book</th><th>here</th></tr>
 *   <tr><td>&eta;</td><td>{@code learning-rate}</td></tr>
 *   <tr><td>&lambda;</td><td>{@code l2}</td></tr>
 *   <tr><td>&mu;</td><td>{@code momentum}</td></tr>
 *   <tr><td>n, m</td><td>training-set size, mini-batch size</td></tr>
 * </table>
 *
 * <p>Without momentum, weights follow Nielsen (93), {@code w <- (1 - eta lambda / n) w - (eta / m) sum grad},
 * biases (94), {@code b <- b - (eta / m) sum grad}: biases are not decayed. With momentum (ch. 3, "momentum-based
 * gradient descent") {@code v <- mu v - (eta / m) sum grad - (eta lambda / n) w; w <- w + v}, which is (93)
 * again when mu = 0.
 */
public final class SgdOptimizer implements Optimizer {
    public static final String NAME = "sgd";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("learning-rate", 0.1, "step size eta").positive(),
            ParamSpec.number("l2", 0.0, "L2 regularisation lambda; weights decay by eta*lambda/n per step").atLeast(0),
            ParamSpec.number("momentum", 0.0, "momentum coefficient mu; 0 is plain SGD").atLeast(0).atMost(0.999999));

    private final double eta;
    private final double lambda;
    private final double mu;

    /** The prototype found by the registry: the default settings. */
    public SgdOptimizer() {
        this(0.1, 0.0, 0.0);
    }

    public SgdOptimizer(double eta, double lambda, double mu) {
        this.eta = eta;
        this.lambda = lambda;
        this.mu = mu;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "stochastic gradient descent with L2 weight decay (Nielsen (93)) and optional momentum";
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
    public Optimizer configure(Params params) {
        return new SgdOptimizer(params.number("learning-rate"), params.number("l2"), params.number("momentum"));
    }

    public double learningRate() {
        return eta;
    }

    public double l2() {
        return lambda;
    }

    public double momentum() {
        return mu;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        List<Parameter> blocks = List.copyOf(parameters);
        float[][] velocity = new float[blocks.size()][];
        if (mu != 0) {
            for (int p = 0; p < blocks.size(); p++) {
                velocity[p] = new float[blocks.get(p).value().data().length];
            }
        }
        float decay = decayFactor(trainingSetSize);
        float decayRate = (float) (eta * lambda / trainingSetSize);
        return batchSize -> {
            float step = stepSize(batchSize);
            for (int p = 0; p < blocks.size(); p++) {
                Parameter block = blocks.get(p);
                if (mu == 0) {
                    update(block, block.decays() ? decay : 1f, step);
                } else {
                    updateWithMomentum(block, velocity[p], block.decays() ? decayRate : 0f, step);
                }
            }
        };
    }

    /** The weights' factor 1 - eta lambda / n of Nielsen (93), as every update rounds it. */
    public float decayFactor(int trainingSetSize) {
        return (float) (1.0 - eta * lambda / trainingSetSize);
    }

    /** The gradient's factor eta / m of Nielsen (93) and (94), as every update rounds it. */
    public float stepSize(int batchSize) {
        return (float) (eta / batchSize);
    }

    /** w <- decay w - step grad (Nielsen (93); decay = 1 for biases, (94)). */
    private static void update(Parameter block, float decay, float step) {
        update(block.value().data(), block.gradient().data(), 0, block.value().data().length, decay, step);
    }

    /**
     * {@code w[i] <- decay w[i] - step g[i]} for i in {@code from..to}, each product and the difference rounded
     * (no fused multiply-add): the rule every path of the engine applies, so a fused update in the engine's own
     * kernels gives the same bits.
     */
    public static void update(float[] w, float[] g, int from, int to, float decay, float step) {
        if (decay == 1f) {
            for (int i = from; i < to; i++) {
                w[i] -= step * g[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                w[i] = decay * w[i] - step * g[i];
            }
        }
    }

    /** v <- mu v - step grad - decayRate w; w <- w + v. */
    private void updateWithMomentum(Parameter block, float[] v, float decayRate, float step) {
        float[] w = block.value().data();
        float[] g = block.gradient().data();
        float m = (float) mu;
        for (int i = 0; i < w.length; i++) {
            v[i] = m * v[i] - step * g[i] - decayRate * w[i];
            w[i] += v[i];
        }
    }

    /** (lambda / 2n) sum w^2 over the weights (Nielsen (85)), as network2's total_cost adds it. */
    @Override
    public double penalty(List<Parameter> parameters, int n) {
        if (lambda == 0) {
            return 0.0;
        }
        double sum = 0;
        for (Parameter p : parameters) {
            if (p.decays()) {
                Matrix value = p.value();
                for (float w : value.data()) {
                    sum += (double) w * w;
                }
            }
        }
        return 0.5 * lambda / n * sum;
    }

    @Override
    public String toString() {
        return NAME + "(learning-rate=" + eta + ", l2=" + lambda + ", momentum=" + mu + ")";
    }
}
