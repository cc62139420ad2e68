package org.nnlab.core;

/**
 * The figures of one epoch; costs and accuracies are NaN for a set not evaluated or empty.
 *
 * @param trainSeconds the epoch's shuffle and mini-batch updates only (how the peers are timed)
 * @param evalSeconds  the evaluation of every set after the epoch
 */
public record EpochMetrics(int epoch, Evaluation train, Evaluation validation, Evaluation test,
                           double trainSeconds, double evalSeconds) {
}
