package org.nnlab.api;

import java.util.List;

/**
 * An update rule. The engine calls {@link #start} once with every trainable {@link Parameter}; the returned
 * {@link Step} holds any state (momentum buffers) allocated then, and is applied after each mini-batch once the
 * engine has written the summed gradients.
 */
public interface Optimizer extends Plugin {

    /** An immutable, configured instance. */
    Optimizer configure(Params params);

    /**
     * Prepares to update {@code parameters}, allocating state now, not per step.
     *
     * @param trainingSetSize {@code n}, the number of training examples (weight decay scales with 1/n)
     */
    Step start(List<Parameter> parameters, int trainingSetSize);

    /**
     * The regularisation term this optimizer adds to the cost of {@code n} examples, e.g. L2's
     * {@code (lambda / 2n) sum w^2} (Nielsen (85)); 0 by default.
     */
    default double penalty(List<Parameter> parameters, int n) {
        return 0.0;
    }

    /** One optimizer run's update, with its state. Not thread-safe. */
    interface Step {
        /** Updates every parameter in place from its gradient summed over {@code batchSize} examples. */
        void apply(int batchSize);
    }
}
