package org.nnlab.api;

/**
 * What the engine gives a {@link Layer.Workspace} for one mini-batch: the mode, the threads, and noise that
 * depends only on the run's seed, the epoch, the batch, the layer, the row and the unit.
 *
 * <p>Noise is counter-based, not drawn from a shared generator: {@link #uniform} of one (row, unit) is the same
 * bits whichever thread asks, in whatever order, so a layer that uses it (dropout) gives the same results for
 * any thread count.
 */
public interface BatchContext {

    /** Whether this is a training step (dropout active) rather than evaluation or prediction. */
    boolean training();

    /** The number of threads {@link #parallel} splits work between. */
    int threads();

    /**
     * Runs {@code body} over {@code [0, size)} split into contiguous parts, at most one per thread; returns when
     * every part is done. Split work so that each output element is written by one part and each sum is added
     * in a fixed order: then the results do not depend on the thread count.
     */
    void parallel(int size, RangeBody body);

    /** A uniform number in {@code [0, 1)} for {@code (row, unit)} of this batch and layer. */
    double uniform(int row, int unit);

    /** A standard normal number for {@code (row, unit)} of this batch and layer (Box-Muller of two uniforms). */
    double gaussian(int row, int unit);

    /** The body of a parallel loop over {@code [from, to)}. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }
}
