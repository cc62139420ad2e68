package org.nnlab.core;

import java.util.List;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/** Evaluates cost and accuracy in chunks, with workspaces made once. */
public final class Evaluator {
    static final int CHUNK = 500;

    private final Loss loss;
    private final Optimizer optimizer;
    private final List<Parameter> parameters;
    private final Workspaces workspaces;

    /** A single-threaded evaluator. */
    public Evaluator(Network network, Loss loss, Optimizer optimizer) {
        this(network, loss, optimizer, WorkerPool.SINGLE);
    }

    Evaluator(Network network, Loss loss, Optimizer optimizer, WorkerPool pool) {
        this.loss = loss;
        this.optimizer = optimizer;
        this.parameters = network.parameters();
        this.workspaces = new Workspaces(network, pool);
    }

    /** Cost (with the regularisation term for {@code examples.count()}) and accuracy; {@link Evaluation#NONE} if empty. */
    public Evaluation evaluate(Examples examples) {
        int n = examples.count();
        if (n == 0) {
            return Evaluation.NONE;
        }
        double costSum = 0;
        int correct = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int rows = Math.min(CHUNK, n - from);
            Backprop pass = workspaces.forSize(rows);
            BatchLoader.loadRange(examples, from, rows, pass.input(), pass.target());
            pass.infer();
            costSum += pass.cost(loss);
            correct += pass.correct(examples.labels(), from, rows);
        }
        double cost = costSum / n + optimizer.penalty(parameters, n);
        return new Evaluation(cost, (double) correct / n, correct, n);
    }
}
