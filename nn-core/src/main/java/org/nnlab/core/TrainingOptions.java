package org.nnlab.core;

/**
 * How to train.
 *
 * @param epochs            number of passes over the training set
 * @param batchSize         mini-batch size m
 * @param patience          stop when validation accuracy has not improved for this many epochs; 0 never stops early
 * @param evaluateTrain     whether to evaluate cost and accuracy on the training set each epoch
 * @param threads           worker threads for the dense loops; results are bit-identical for any count
 */
public record TrainingOptions(int epochs, int batchSize, int patience, boolean evaluateTrain, int threads) {
    public TrainingOptions {
        if (epochs <= 0 || batchSize <= 0 || patience < 0 || threads <= 0) {
            throw new IllegalArgumentException("epochs, batch size and threads must be positive, patience >= 0: "
                    + epochs + ", " + batchSize + ", " + threads + ", " + patience);
        }
    }

    /** One thread. */
    public TrainingOptions(int epochs, int batchSize, int patience, boolean evaluateTrain) {
        this(epochs, batchSize, patience, evaluateTrain, 1);
    }
}
