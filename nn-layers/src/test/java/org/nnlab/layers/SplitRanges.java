package org.nnlab.layers;

import org.nnlab.api.BatchContext;

/**
 * A training context of {@code parts} threads for the layers' own tests: each parallel call is counted and its
 * range run as that many consecutive parts (as the threads would split it), one after another on the caller.
 */
final class SplitRanges implements BatchContext {
    private final int parts;
    /** The parallel calls made so far. */
    int calls;

    SplitRanges(int parts) {
        this.parts = parts;
    }

    @Override
    public boolean training() {
        return true;
    }

    @Override
    public int threads() {
        return parts;
    }

    @Override
    public void parallel(int size, RangeBody body) {
        calls++;
        for (int p = 0; p < parts; p++) {
            body.run(size * p / parts, size * (p + 1) / parts);
        }
    }

    @Override
    public double uniform(int row, int unit) {
        return 0.5;
    }

    @Override
    public double gaussian(int row, int unit) {
        return 0;
    }

    @Override
    public String toString() {
        return parts + " ranges";
    }
}
