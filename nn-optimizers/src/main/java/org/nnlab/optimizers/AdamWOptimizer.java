package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;

/**
 * AdamW (Loshchilov and Hutter 2019): Adam with weight decay decoupled from the gradient, each step scaling the weights by {@code 1 - alpha weight-decay}. The rule is {@link AdamStep}.
 */
public final class AdamWOptimizer extends AdamFamily {
    public static final String NAME = "adamw";

    private static final ParamSpec WEIGHT_DECAY = ParamSpec.number("weight-decay", 0.01,
            "decoupled decay; weights shrink by learning-rate * weight-decay per step").atLeast(0);

    /** The prototype found by the registry: the default settings. */
    public AdamWOptimizer() {
        this(0.001, 0.9, 0.999, 1e-8, 0.01);
    }

    public AdamWOptimizer(double alpha, double beta1, double beta2, double epsilon, double weightDecay) {
        super(WEIGHT_DECAY, alpha, beta1, beta2, epsilon, weightDecay);
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
    Optimizer with(double alpha, double beta1, double beta2, double epsilon, double weightDecay) {
        return new AdamWOptimizer(alpha, beta1, beta2, epsilon, weightDecay);
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        return start(parameters, trainingSetSize, 0.0, decay);
    }
}
