package org.nnlab.optimizers;

import org.nnlab.api.Schedule;

/**
 * The plateau rule over one run: after each epoch, a better validation accuracy than any before resets the count
 * of epochs without one; when that count reaches {@code patience}, the rate is multiplied by {@code factor} and
 * the count starts again; training is finished once the rate is at most {@code stopRate}. Without a validation
 * set (NaN accuracies) the rate never moves.
 */
final class PlateauRun implements Schedule.Run {
    private final int patience;
    private final double factor;
    private final double stopRate;
    private double rate;
    private double best = Double.NaN;
    private int sinceBetter;

    PlateauRun(double initialRate, int patience, double factor, double stopRate) {
        this.rate = initialRate;
        this.patience = patience;
        this.factor = factor;
        this.stopRate = stopRate;
    }

    @Override
    public double learningRate(int epoch) {
        return rate;
    }

    @Override
    public void epochEnded(int epoch, double validationAccuracy) {
        if (Double.isNaN(validationAccuracy)) {
            return;
        }
        if (Double.isNaN(best) || validationAccuracy > best) {
            best = validationAccuracy;
            sinceBetter = 0;
            return;
        }
        sinceBetter++;
        if (sinceBetter >= patience) {
            rate *= factor;
            sinceBetter = 0;
        }
    }

    @Override
    public boolean finished() {
        return rate <= stopRate;
    }
}
