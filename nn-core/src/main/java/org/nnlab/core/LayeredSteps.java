package org.nnlab.core;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * The layered form's mini-batch work: a {@link LayeredPass} per batch size (the full one and an epoch's shorter
 * last one), made on first use; the optimizer steps every parameter after the backward pass
 * ({@link ParameterSteps}).
 */
final class LayeredSteps implements TrainingSteps {
    private final LayerStack stack;
    private final WorkerPool pool;
    private Examples train;
    private final long noiseSeed;
    private final List<Parameter> parameters;
    private final List<LayeredPass> passes = new ArrayList<>();
    private LayeredPass pass;
    private int epoch;
    private int batch;
    private final ParameterSteps updates;

    LayeredSteps(Network network, LayerStack stack, WorkerPool pool, Examples train, long noiseSeed) {
        this.stack = stack;
        this.pool = pool;
        this.train = train;
        this.noiseSeed = noiseSeed;
        this.parameters = network.parameters();
        this.updates = new ParameterSteps(pool, parameters);
    }

    @Override
    public void trainOn(Examples examples) {
        train = examples;
    }

    @Override
    public void load(int[] order, int from, int rows, int epoch, int batch) {
        pass = forSize(rows);
        pass.load(train, order, from);
        this.epoch = epoch;
        this.batch = batch;
    }

    /** The pass for {@code rows}, made on first use; a scan of one or two, no boxing per batch. */
    private LayeredPass forSize(int rows) {
        for (int i = 0; i < passes.size(); i++) {
            if (passes.get(i).batchSize() == rows) {
                return passes.get(i);
            }
        }
        LayeredPass made = new LayeredPass(stack, rows, pool, noiseSeed);
        passes.add(made);
        return made;
    }

    @Override
    public void forwardBackward(Loss loss) {
        pass.forward(true, epoch, batch);
        pass.backward(loss);
    }

    @Override
    public void updateRest(Optimizer.Step step) {
        for (int p = 0; p < parameters.size(); p++) {
            updates.update(step, p);
        }
    }
}
