package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;

/**
 * Adam (Kingma and Ba 2015) with optional L2 regularisation added to the weights' gradient, as Nielsen's cost (85) adds it. The rule is {@link AdamStep}.
 */
public final class AdamOptimizer extends AdamFamily {
    public static final String NAME = "adam";

    private static final ParamSpec L2_SPEC = ParamSpec.number("l2", 0.0,
            "L2 regularisation lambda; (lambda / n) w joins the weights' mean gradient").atLeast(0);

    /** The prototype found by the registry: the default settings. */
    public AdamOptimizer() {
        this(0.001, 0.9, 0.999, 1e-8, 0.0);
    }

    public AdamOptimizer(double alpha, double beta1, double beta2, double epsilon, double lambda) {
        super(L2_SPEC, alpha, beta1, beta2, epsilon, lambda);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Adam: steps scaled by running estimates of the gradient's mean and square, optional L2";
    }

    @Override
    Optimizer with(double alpha, double beta1, double beta2, double epsilon, double lambda) {
        return new AdamOptimizer(alpha, beta1, beta2, epsilon, lambda);
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        return start(parameters, trainingSetSize, decay, 0.0);
    }

    /** (lambda / 2n) sum w^2 over the weights (Nielsen (85)): the L2 term whose gradient the rule adds. */
    @Override
    public double penalty(List<Parameter> parameters, int n) {
        return L2.penalty(decay, parameters, n);
    }
}
