package org.nnlab.runner.config;

/**
 * The {@code training:} section.
 *
 * @param epochs        passes over the training set, at least 1
 * @param batchSize     mini-batch size m, at least 1
 * @param patience      early stopping: stop after this many epochs without a better validation accuracy; 0 is off
 * @param evaluateTrain whether to measure cost and accuracy on the training set after each epoch
 */
public record TrainingSpec(int epochs, int batchSize, int patience, boolean evaluateTrain) {
    public static final int DEFAULT_EPOCHS = 30;
    public static final int DEFAULT_BATCH_SIZE = 10;
    public static final int DEFAULT_PATIENCE = 0;
    public static final boolean DEFAULT_EVALUATE_TRAIN = true;

    public TrainingSpec {
        if (epochs < 1 || batchSize < 1 || patience < 0) {
            throw new IllegalArgumentException("epochs " + epochs + ", batch size " + batchSize + ", patience " + patience);
        }
    }
}
