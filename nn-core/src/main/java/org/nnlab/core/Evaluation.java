package org.nnlab.core;

/**
 * Cost and accuracy of a network on one set of examples.
 *
 * @param cost     mean loss per example plus the optimizer's regularisation term for this set's size
 *                 (network2's total_cost); NaN when the set is empty or not evaluated
 * @param accuracy fraction of examples classified right; NaN when the set is empty or not evaluated
 * @param correct  number classified right
 * @param count    number of examples
 */
public record Evaluation(double cost, double accuracy, int correct, int count) {
    public static final Evaluation NONE = new Evaluation(Double.NaN, Double.NaN, 0, 0);
}
