package org.nnlab.api;

/**
 * How the learning rate moves from epoch to epoch: the optimizer's configured rate eta0 is where it starts, and
 * the engine gives each mini-batch's {@link Optimizer.Step#begin} the rate of its epoch, so any schedule works
 * with any optimizer.
 *
 * <p>The engine calls {@link #start} once per training run, then for each epoch {@link Run#learningRate} before
 * it and {@link Run#epochEnded} after it is evaluated; when {@link Run#finished} then says so, training stops.
 */
public interface Schedule extends Plugin {

    /** An immutable, configured instance. */
    Schedule configure(Params params);

    /** One training run of at most {@code epochs} epochs from the optimizer's rate {@code initialRate}. */
    Run start(double initialRate, int epochs);

    /** A schedule's state over one training run. */
    @FunctionalInterface
    interface Run {
        /** The learning rate of epoch {@code epoch} (1-based), about to start. */
        double learningRate(int epoch);

        /**
         * The result of epoch {@code epoch}: its validation accuracy, NaN when there is no validation set.
         * Schedules that only count epochs ignore it.
         */
        default void epochEnded(int epoch, double validationAccuracy) {
        }

        /** Whether training should stop after the epoch just ended (e.g. the rate has fallen far enough). */
        default boolean finished() {
            return false;
        }
    }
}
