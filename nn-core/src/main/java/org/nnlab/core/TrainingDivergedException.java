package org.nnlab.core;

import org.nnlab.api.UserException;

/** The cost or the parameters became NaN or infinite: almost always a learning rate too large. */
public final class TrainingDivergedException extends UserException {
    private static final long serialVersionUID = 1L;

    private final int epoch;

    public TrainingDivergedException(int epoch, String what) {
        super("training diverged in epoch " + epoch + ": " + what
                + "; try a smaller learning-rate (or a smaller l2, or another init)");
        this.epoch = epoch;
    }

    public int epoch() {
        return epoch;
    }
}
