package org.nnlab.core;

import java.util.Random;

/**
 * A {@link Random} whose state can be read and set: the same 48-bit linear congruential generator and the same
 * polar-method Gaussians that the Java specification fixes for {@code Random} (so every method gives the numbers
 * a {@code new Random(seed)} gives), with the state in plain fields instead of private ones. Not thread-safe: each
 * stream has one user.
 */
final class StreamRandom extends Random {
    private static final long serialVersionUID = 1L;
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;
    private boolean haveNextGaussian;
    private double nextGaussian;

    StreamRandom(long seed) {
        super(seed);
    }

    StreamRandom(RandomStreams.StreamState saved) {
        super(0);
        restore(saved);
    }

    /** Called by {@link Random}'s constructor too, before this class's fields are initialised (they have none). */
    @Override
    public synchronized void setSeed(long seed) {
        state = (seed ^ MULTIPLIER) & MASK;
        haveNextGaussian = false;
    }

    @Override
    protected int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }

    /** {@link Random#nextGaussian()}'s algorithm and arithmetic exactly (Knuth, TAOCP 2, 3.4.1 C). */
    @Override
    public synchronized double nextGaussian() {
        if (haveNextGaussian) {
            haveNextGaussian = false;
            return nextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextGaussian = v2 * multiplier;
        haveNextGaussian = true;
        return v1 * multiplier;
    }

    RandomStreams.StreamState state() {
        return new RandomStreams.StreamState(state, haveNextGaussian, nextGaussian);
    }

    void restore(RandomStreams.StreamState saved) {
        state = saved.state() & MASK;
        haveNextGaussian = saved.haveNextGaussian();
        nextGaussian = saved.nextGaussian();
    }
}
