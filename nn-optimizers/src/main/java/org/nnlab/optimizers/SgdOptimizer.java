package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/**
 * Stochastic gradient descent with L2 weight decay and optional (Nesterov) momentum; the rule is {@link SgdStep}.
 *
 * <table>
 *   <caption>Symbols (Nielsen ch. 3) and parameters</caption>
 *   <tr><th>book</th><th>here</th></tr>
 *   <tr><td>&eta;</td><td>{@code learning-rate}</td></tr>
 *   <tr><td>&lambda;</td><td>{@code l2}</td></tr>
 *   <tr><td>&mu;</td><td>{@code momentum}</td></tr>
 *   <tr><td>n, m</td><td>training-set size, mini-batch size</td></tr>
 * </table>
 */
public final class SgdOptimizer implements Optimizer {
    public static final String NAME = "sgd";

    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.number("learning-rate", 0.1, "step size eta").positive(),
            ParamSpec.number("l2", 0.0, "L2 regularisation lambda; weights decay by eta*lambda/n per step").atLeast(0),
            ParamSpec.number("momentum", 0.0, "momentum coefficient mu; 0 is plain SGD").atLeast(0).atMost(0.999999),
            ParamSpec.bool("nesterov", false, "Nesterov's momentum: step from where the velocity leads"));

    private final double eta;
    private final double lambda;
    private final double mu;
    private final boolean nesterov;

    /** The prototype found by the registry: the default settings. */
    public SgdOptimizer() {
        this(0.1, 0.0, 0.0, false);
    }

    public SgdOptimizer(double eta, double lambda, double mu, boolean nesterov) {
        if (nesterov && mu == 0) {
            throw new UserException("nesterov", "needs a momentum above 0 (set momentum, e.g. 0.9, or remove nesterov)");
        }
        this.eta = eta;
        this.lambda = lambda;
        this.mu = mu;
        this.nesterov = nesterov;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "stochastic gradient descent with L2 weight decay (Nielsen (93)) and optional (Nesterov) momentum";
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
        return new SgdOptimizer(params.number("learning-rate"), params.number("l2"), params.number("momentum"),
                params.bool("nesterov"));
    }

    @Override
    public double learningRate() {
        return eta;
    }

    @Override
    public Step start(List<Parameter> parameters, int trainingSetSize) {
        return new SgdStep(parameters, trainingSetSize, lambda, mu, nesterov);
    }

    /** (lambda / 2n) sum w^2 over the weights (Nielsen (85)), as network2's total_cost adds it. */
    @Override
    public double penalty(List<Parameter> parameters, int n) {
        return L2.penalty(lambda, parameters, n);
    }

    @Override
    public String toString() {
        return NAME + "(learning-rate=" + eta + ", l2=" + lambda + ", momentum=" + mu + ", nesterov=" + nesterov + ")";
    }
}
