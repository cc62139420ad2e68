package org.nnlab.api;

/**
 * A random change of every training example drawn afresh each epoch (data augmentation), e.g. small shifts and
 * rotations of an image. A {@link Dataset} that offers one returns it with its {@link DataSplits}.
 *
 * <p>The trainer calls {@link #apply} once per epoch, before the epoch's first mini-batch, and trains that epoch
 * on what it wrote. Validation, test and the training set's own evaluation see the examples unchanged.
 * Implementations are deterministic: the same examples, seed and epoch give the same bits, whatever the thread
 * count (e.g. a generator seeded from the seed, the epoch and the example's index).
 */
public interface Augmentation {
    /**
     * Writes every example of {@code source}, changed, to {@code target} at the same place (example {@code i}'s
     * features at {@code target[i * featureCount ..]}).
     *
     * @param seed  the trainer's {@code augment} random stream's seed
     * @param epoch the epoch, from 1
     */
    void apply(Examples source, float[] target, long seed, int epoch);
}
