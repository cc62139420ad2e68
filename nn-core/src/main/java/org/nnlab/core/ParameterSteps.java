package org.nnlab.core;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * Steps whole parameters with the optimizer's rule, a large one split into contiguous parts over the worker
 * threads: the contract lets several threads update disjoint ranges, and a rule is element by element, so any
 * split gives the same bits. Without the split the other threads would wait while the caller steps, for example,
 * a 2880 x 100 layer alone.
 */
final class ParameterSteps {
    /** Parameters of at least this many elements are updated by all the threads; a split call costs a few us. */
    static final int SPLIT = 1 << 14;

    private final WorkerPool pool;
    private final List<Parameter> parameters;
    /** The step and parameter {@link #range} updates: set before each split call, read by the workers. */
    private Optimizer.Step step;
    private int parameter;
    private final WorkerPool.RangeBody range = (from, to) -> step.update(parameter, from, to);

    ParameterSteps(WorkerPool pool, List<Parameter> parameters) {
        this.pool = pool;
        this.parameters = parameters;
    }

    /** Updates every element of parameter number {@code p} with {@code step}. */
    void update(Optimizer.Step step, int p) {
        int size = parameters.get(p).value().data().length;
        if (size >= SPLIT) {
            this.step = step;
            this.parameter = p;
            pool.run(size, range);
        } else {
            step.update(p, 0, size);
        }
    }
}
