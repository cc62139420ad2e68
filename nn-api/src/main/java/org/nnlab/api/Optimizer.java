package org.nnlab.api;

import java.util.List;

/**
 * An update rule. The engine calls {@link #start} once with every trainable {@link Parameter}; the returned
 * {@link Step} holds any state (momentum buffers, moment estimates) allocated then.
 *
 * <p>For each mini-batch the engine calls {@link Step#begin} once, then {@link Step#update} (or
 * {@link Step#updateZeroGradient}) so that every element of every parameter is updated exactly once, in ranges of
 * its choosing: the engine's fused backward pass updates the first layer's weights a few rows at a time while
 * their gradients are still in cache, from several threads on disjoint ranges. A rule is therefore written once,
 * element by element, and the same code runs on the fused path and on the plain one ({@link Step#apply}).
 */
public interface Optimizer extends Plugin {

    /** An immutable, configured instance. */
    Optimizer configure(Params params);

    /** The configured learning rate eta (Adam's alpha): the value a schedule starts from. */
    double learningRate();

    /**
     * Prepares to update {@code parameters}, allocating state now, not per step. {@link Step#update} names a
     * parameter by its index in this list.
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

    /**
     * One optimizer run's update rule with its state. {@link #begin} is called by one thread; then
     * {@link #update} and {@link #updateZeroGradient} may be called from several threads at once, on disjoint
     * ranges, so state that is not per element must be set in {@code begin} only.
     */
    interface Step {
        /**
         * Starts the step of one mini-batch of {@code batchSize} examples at learning rate {@code learningRate}
         * ({@link Optimizer#learningRate()} unless a schedule changed it).
         */
        void begin(int batchSize, double learningRate);

        /**
         * Updates elements {@code from..to} of the flat data of parameter number {@code parameter} from the same
         * elements of its gradient, summed over the mini-batch.
         */
        void update(int parameter, int from, int to);

        /**
         * {@link #update} for elements whose gradient is zero for every example of the batch. The engine has not
         * written those elements of {@code gradient}, the parameter's gradient data: this default writes the zeros
         * and calls {@link #update}. A rule may do less (plain SGD only decays the weights, and need not touch the
         * gradient); its result must be the bits {@code update} gives on zeros.
         */
        default void updateZeroGradient(int parameter, float[] gradient, int from, int to) {
            java.util.Arrays.fill(gradient, from, to, 0f);
            update(parameter, from, to);
        }

        /**
         * Whether {@link #state} and {@link #counters} hold all this rule keeps from one step to the next, so that a
         * run can be checkpointed and resumed bit for bit. False by default, for rules written before checkpoints:
         * a run with such a rule is not checkpointed, and resuming it is refused naming the optimizer.
         */
        default boolean savesState() {
            return false;
        }

        /**
         * The live arrays this rule keeps between steps (momentum's velocity, Adam's moments), in a fixed order;
         * a resumed run copies saved values into them before the first step. Empty for a rule without such state.
         */
        default List<float[]> state() {
            return List.of();
        }

        /** The whole numbers this rule keeps between steps (Adam's step count t); empty by default. */
        default long[] counters() {
            return new long[0];
        }

        /** Sets the numbers {@link #counters} returned, before the first step of a resumed run. */
        default void restoreCounters(long[] counters) {
            if (counters.length != 0) {
                throw new IllegalArgumentException("this rule keeps no counters, got " + counters.length);
            }
        }

        /** A whole step, every element of {@code parameters} (the list given to {@code start}) at once. */
        default void apply(List<Parameter> parameters, int batchSize, double learningRate) {
            begin(batchSize, learningRate);
            for (int p = 0; p < parameters.size(); p++) {
                update(p, 0, parameters.get(p).value().data().length);
            }
        }
    }
}
