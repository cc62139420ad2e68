package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;

/**
 * Adam (Kingma and Ba 2015) with optional L2 regularisation added to the weights' gradient, as Nielsen's cost (85) adds it. The rule is {@link AdamStep}.
 */
public final class AdamOptimizer implements Optimizer {
    public static final String NAME = "adam";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("learning-rate", 0.001, "step size alpha").positive(),
            ParamSpec.number("beta1", 0.9, "decay of the first-moment (mean) estimate").atLeast(0).atMost(0.999999),
            ParamSpec.number("beta2", 0.999, "decay of the second-moment estimate").atLeast(0).atMost(0.999999),
            ParamSpec.number("epsilon", 1e-8, "added to the root of the second moment").positive(),
            ParamSpec.number("l2", 0.0, "L2 regularisation lambda; (lambda / n) w joins the weights' mean gradient").atLeast(0));

    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double lambda;

    /** The prototype found by the registry: the default settings. */
    public AdamOptimizer() {
        this(0.001, 0.9, 0.999, 1e-8, 0.0);
    }

    public AdamOptimizer(double alpha, double beta1, double beta2, double epsilon, double lambda) {
        this.alpha = alpha;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.lambda = lambda;
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
    public List<ParamSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Optimizer configure(Params params) {
        return new AdamOptimizer(params.number("learning-rate"), params.number("beta1"), params.number("beta2"),
                params.number("epsilon"), params.number("l2"));
    }

    @Override
    public double learningRate() {
        return alpha;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        return new AdamStep(parameters, trainingSetSize, beta1, beta2, epsilon, lambda, 0.0);
    }

    /** (lambda / 2n) sum w^2 over the weights (Nielsen (85)): the L2 term whose gradient the rule adds. */
    @Override
    public double penalty(List<Parameter> parameters, int n) {
        if (lambda == 0) {
            return 0.0;
        }
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

    @Override
    public String toString() {
        return NAME + "(learning-rate=" + alpha + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon
                + ", l2=" + lambda + ")";
    }
}
