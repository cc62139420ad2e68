package org.nnlab.core;

/**
 * The figures of one epoch; costs and accuracies are NaN for a set not evaluated or empty.
 *
 * @param trainSeconds the epoch's shuffle and mini-batch updates only (how the peers are timed)
 * @param evalSeconds  the evaluation of every set after the epoch
 * @param learningRate the rate every mini-batch of the epoch stepped with (the schedule's), NaN when not known
 */
public record EpochMetrics(int epoch, Evaluation train, Evaluation validation, Evaluation test,
                           double trainSeconds, double evalSeconds, double learningRate) {

    /** Figures without a learning rate (NaN). */
    public EpochMetrics(int epoch, Evaluation train, Evaluation validation, Evaluation test, double trainSeconds,
                        double evalSeconds) {
        this(epoch, train, validation, test, trainSeconds, evalSeconds, Double.NaN);
    }
}
