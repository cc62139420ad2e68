package org.nnlab.core;

import java.util.List;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * The dense form's mini-batch work: {@link Backprop} over the training set's non-zero index, whose backward pass
 * steps the first layer's weights itself, row by row as their gradients are summed, skipping the sums of inputs
 * that are zero in the whole batch (most of MNIST's border); {@link #updateRest} steps the other parameters
 * ({@link ParameterSteps}).
 */
final class DenseSteps implements TrainingSteps {
    private Examples train;
    private final List<Parameter> parameters;
    private final int firstWeights;
    private final Workspaces workspaces;
    private final ParameterSteps updates;
    private SparseExamples indexed;
    private Backprop pass;

    DenseSteps(Network network, WorkerPool pool, Optimizer.Step step, Examples train, Evaluator evaluator) {
        this.train = train;
        this.parameters = network.parameters();
        this.firstWeights = firstLayerWeights(network, parameters);
        this.workspaces = new Workspaces(network, pool, step, firstWeights);
        this.updates = new ParameterSteps(pool, parameters);
        this.indexed = new SparseExamples(train);
        evaluator.index(train, indexed);
    }

    /** The index of the first layer's weights among the parameters. */
    private static int firstLayerWeights(Network network, List<Parameter> parameters) {
        Matrix firstWeights = network.layers().get(0).weights();
        for (int p = 0; p < parameters.size(); p++) {
            if (parameters.get(p).value() == firstWeights) {
                return p;
            }
        }
        throw new IllegalStateException("the first layer's weights are not among the network's parameters");
    }

    @Override
    public void trainOn(Examples examples) {
        train = examples;
        indexed = new SparseExamples(examples);
    }

    @Override
    public void load(int[] order, int from, int rows, int epoch, int batch) {
        pass = workspaces.forSize(rows);
        pass.gather(indexed, train, order, from);
    }

    @Override
    public void forwardBackward(Loss loss) {
        pass.forwardGathered();
        pass.backward(loss);
    }

    @Override
    public void updateRest(Optimizer.Step step) {
        for (int p = 0; p < parameters.size(); p++) {
            if (p != firstWeights) {
                updates.update(step, p);
            }
        }
    }
}
