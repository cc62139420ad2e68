package org.example.nnplugins;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * Polyak's heavy ball: SGD with momentum and L2, {@code v <- mu v - (eta / m) sum grad - (eta lambda / n) w;
 * w <- w + v} (Nielsen ch. 3, "momentum-based gradient descent"); biases are not decayed.
 *
 * <p>The engine calls {@code begin} once per mini-batch, then {@code update} on ranges of each parameter (a few
 * weight rows at a time, from two threads on disjoint ranges, while their gradients are still in cache), so the
 * rule is written element by element and everything that is not per element is set in {@code begin}. Its
 * arithmetic is the built-in {@code sgd}'s with the same momentum, so the two give the same bits.
 */
public final class HeavyBallOptimizer implements Optimizer {
    public static final String NAME = "heavy-ball";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("learning-rate", 0.1, "step size eta").positive(),
            ParamSpec.number("l2", 0.0, "L2 regularisation lambda").atLeast(0),
            ParamSpec.number("momentum", 0.9, "momentum coefficient mu").atLeast(0).atMost(0.999999));

    private final double eta;
    private final double lambda;
    private final double mu;

    public HeavyBallOptimizer() {
        this(0.1, 0.0, 0.9);
    }

    private HeavyBallOptimizer(double eta, double lambda, double mu) {
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
        return "SGD with momentum (Polyak's heavy ball) and L2";
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
        return new HeavyBallOptimizer(params.number("learning-rate"), params.number("l2"), params.number("momentum"));
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        int count = parameters.size();
        float[][] values = new float[count][];
        float[][] gradients = new float[count][];
        float[][] velocity = new float[count][];
        boolean[] decays = new boolean[count];
        for (int p = 0; p < count; p++) {
            values[p] = parameters.get(p).value().data();
            gradients[p] = parameters.get(p).gradient().data();
            velocity[p] = new float[values[p].length];
            decays[p] = parameters.get(p).decays();
        }
        float momentum = (float) mu;
        return new Step() {
            private float step;
            private float decayRate;

            @Override
            public void begin(int batchSize, double learningRate) {
                step = (float) (learningRate / batchSize);
                decayRate = (float) (learningRate * lambda / trainingSetSize);
            }

            @Override
            public void update(int parameter, int from, int to) {
                float[] w = values[parameter];
                float[] g = gradients[parameter];
                float[] v = velocity[parameter];
                float rate = decays[parameter] ? decayRate : 0f;
                float s = step;
                for (int i = from; i < to; i++) {
                    v[i] = momentum * v[i] - s * g[i] - rate * w[i];
                    w[i] += v[i];
                }
            }

            /**
             * Optional: rows whose gradient is zero in the whole batch, without writing and reading those zeros
             * (mu v - s 0 - rate w is mu v - rate w, bit for bit). The default would zero-fill and call update.
             */
            @Override
            public void updateZeroGradient(int parameter, float[] gradient, int from, int to) {
                float[] w = values[parameter];
                float[] v = velocity[parameter];
                float rate = decays[parameter] ? decayRate : 0f;
                for (int i = from; i < to; i++) {
                    v[i] = momentum * v[i] - rate * w[i];
                    w[i] += v[i];
                }
            }
        };
    }

    /** (lambda / 2n) sum w^2 over the weights (Nielsen (85)). */
    @Override
    public double penalty(List<Parameter> parameters, int n) {
        double sum = 0;
        for (Parameter p : parameters) {
            if (p.decays()) {
                for (float w : p.value().data()) {
                    sum += (double) w * w;
                }
            }
        }
        return 0.5 * lambda / n * sum;
    }
}
