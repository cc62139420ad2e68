package org.nnlab.core;

/**
 * Cost and accuracy of a network on one set of examples.
 *
 * @param cost     mean loss per example plus the optimizer's regularisation term for this set's size
 *                 (network2's total_cost); NaN when the set is empty or not evaluated
 * @param dataCost the mean loss per example alone, without the regularisation term: on one scale for every set
 *                 (the term is scaled by the evaluated set's own size); NaN when not evaluated
 * @param accuracy fraction of examples classified right; NaN when the set is empty or not evaluated
 * @param correct  number classified right
 * @param count    number of examples
 */
public record Evaluation(double cost, double dataCost, double accuracy, int correct, int count) {
    public static final Evaluation NONE = new Evaluation(Double.NaN, Double.NaN, Double.NaN, 0, 0);

    /** An evaluation with no regularisation term: the data cost is the cost. */
    public Evaluation(double cost, double accuracy, int correct, int count) {
        this(cost, cost, accuracy, correct, count);
    }
}
