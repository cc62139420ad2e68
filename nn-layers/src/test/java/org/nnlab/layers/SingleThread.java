package org.nnlab.layers;

import org.nnlab.api.BatchContext;

/** A one-thread {@link BatchContext} for the layers' own tests, in training or evaluation mode, without noise. */
enum SingleThread implements BatchContext {
    TRAINING(true),
    EVALUATION(false);

    private final boolean training;

    SingleThread(boolean training) {
        this.training = training;
    }

    @Override
    public boolean training() {
        return training;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public void parallel(int size, RangeBody body) {
        body.run(0, size);
    }

    @Override
    public double uniform(int row, int unit) {
        return ((row * 7919 + unit * 104729) % 1000) / 1000.0;
    }

    @Override
    public double gaussian(int row, int unit) {
        return uniform(row, unit) - 0.5;
    }
}
