package org.nnlab.optimizers;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * What {@code adam} and {@code adamw} share: the parameters alpha, beta1, beta2 and epsilon, and the rule,
 * {@link AdamStep}; they differ in one decay parameter, {@link #decayName()}, which Adam adds to the gradient as
 * L2 and AdamW applies to the weights directly.
 */
abstract class AdamFamily implements Optimizer {
    private final List<ParamSpec> parameters;
    final double alpha;
    final double beta1;
    final double beta2;
    final double epsilon;
    /** Adam's l2 lambda or AdamW's weight decay, per {@link #decayName()}. */
    final double decay;

    AdamFamily(ParamSpec decaySpec, double alpha, double beta1, double beta2, double epsilon, double decay) {
        List<ParamSpec> all = new ArrayList<>(List.of(
                ParamSpec.number("learning-rate", 0.001, "step size alpha").positive(),
                ParamSpec.number("beta1", 0.9, "decay of the first-moment (mean) estimate").atLeast(0).atMost(0.999999),
                ParamSpec.number("beta2", 0.999, "decay of the second-moment estimate").atLeast(0).atMost(0.999999),
                ParamSpec.number("epsilon", 1e-8, "added to the root of the second moment").positive()));
        all.add(decaySpec);
        this.parameters = List.copyOf(all);
        this.alpha = alpha;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.decay = decay;
    }

    /** The decay parameter's name: {@code l2} or {@code weight-decay}. */
    final String decayName() {
        return parameters.get(parameters.size() - 1).name();
    }

    /** A configured instance of the same kind with these settings. */
    abstract Optimizer with(double alpha, double beta1, double beta2, double epsilon, double decay);

    @Override
    public final List<ParamSpec> parameters() {
        return parameters;
    }

    @Override
    public final int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public final Optimizer configure(Params params) {
        return with(params.number("learning-rate"), params.number("beta1"), params.number("beta2"),
                params.number("epsilon"), params.number(decayName()));
    }

    @Override
    public final double learningRate() {
        return alpha;
    }

    @Override
    public final String toString() {
        return name() + "(learning-rate=" + alpha + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
                + ", " + decayName() + "=" + decay + ")";
    }

    /** Adam's L2 rate and AdamW's decoupled decay for {@link AdamStep}. */
    final Step start(List<Parameter> parameters, int trainingSetSize, double lambda, double weightDecay) {
        return new AdamStep(parameters, trainingSetSize, beta1, beta2, epsilon, lambda, weightDecay);
    }
}
