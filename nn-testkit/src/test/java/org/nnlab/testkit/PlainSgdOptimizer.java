package org.nnlab.testkit;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/** An example optimizer: SGD with L2 weight decay, {@code w <- (1 - eta lambda / n) w - (eta / m) nablaW}. */
public final class PlainSgdOptimizer implements Optimizer {
    public static final String NAME = "plain-sgd";

    private final double eta;
    private final double lambda;

    public PlainSgdOptimizer() {
        this(0.5, 0.0);
    }

    private PlainSgdOptimizer(double eta, double lambda) {
        this.eta = eta;
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "stochastic gradient descent with L2 weight decay";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.number("learning-rate", 0.5, "step size eta").positive(),
                ParamSpec.number("lambda", 0.0, "L2 regularisation strength").atLeast(0),
                ParamSpec.integer("warm-up", 0, "unused; an integer parameter for the checks").atLeast(0));
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Optimizer configure(Params params) {
        return new PlainSgdOptimizer(params.number("learning-rate"), params.number("lambda"));
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        List<Parameter> owned = List.copyOf(parameters);
        return new Step() {
            private double rate;

            @Override
            public void begin(int batchSize, double learningRate) {
                rate = learningRate / batchSize;
            }

            @Override
            public void update(int parameter, int from, int to) {
                Parameter p = owned.get(parameter);
                float[] w = p.value().data();
                float[] nablaW = p.gradient().data();
                double decay = p.decays() ? 1.0 - eta * lambda / trainingSetSize : 1.0;
                for (int i = from; i < to; i++) {
                    w[i] = (float) (decay * w[i] - rate * nablaW[i]);
                }
            }
        };
    }

    @Override
    public double penalty(List<Parameter> parameters, int n) {
        double sum = 0.0;
        for (Parameter p : parameters) {
            if (p.decays()) {
                for (float w : p.value().data()) {
                    sum += (double) w * w;
                }
            }
        }
        return lambda / (2.0 * n) * sum;
    }
}
