package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * AdamW (Loshchilov and Hutter 2019): Adam with weight decay decoupled from the gradient, each step scaling the weights by {@code 1 - alpha weight-decay}. The rule is {@link AdamStep}.
 */
public final class AdamWOptimizer implements Optimizer {
    public static final String NAME = "adamw";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("learning-rate", 0.001, "step size alpha").positive(),
            ParamSpec.number("beta1", 0.9, "decay of the first-moment (mean) estimate").atLeast(0).atMost(0.999999),
            ParamSpec.number("beta2", 0.999, "decay of the second-moment estimate").atLeast(0).atMost(0.999999),
            ParamSpec.number("epsilon", 1e-8, "added to the root of the second moment").positive(),
            ParamSpec.number("weight-decay", 0.01, "decoupled decay; weights shrink by learning-rate * weight-decay per step").atLeast(0));

    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;

    /** The prototype found by the registry: the default settings. */
    public AdamWOptimizer() {
        this(0.001, 0.9, 0.999, 1e-8, 0.01);
    }

    public AdamWOptimizer(double alpha, double beta1, double beta2, double epsilon, double weightDecay) {
        this.alpha = alpha;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "AdamW: Adam with decoupled weight decay";
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
        return new AdamWOptimizer(params.number("learning-rate"), params.number("beta1"), params.number("beta2"),
                params.number("epsilon"), params.number("weight-decay"));
    }

    @Override
    public double learningRate() {
        return alpha;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        return new AdamStep(parameters, trainingSetSize, beta1, beta2, epsilon, 0.0, weightDecay);
    }

    @Override
    public String toString() {
        return NAME + "(learning-rate=" + alpha + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
                + ", weight-decay=" + weightDecay + ")";
    }
}
