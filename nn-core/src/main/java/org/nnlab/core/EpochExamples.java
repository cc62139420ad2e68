package org.nnlab.core;

import java.util.Optional;
import org.nnlab.api.Augmentation;
import org.nnlab.api.Examples;

/**
 * The training examples one epoch trains on: the training set itself, or, with an {@link Augmentation}, its copy
 * changed afresh at the start of each epoch (seeded by the {@code augment} stream and the epoch). The augmented
 * features live in one array, allocated once and rewritten per epoch.
 */
final class EpochExamples {
    /** The random stream an augmentation draws from. */
    static final String AUGMENT_STREAM = "augment";

    private final Examples train;
    private final Optional<Augmentation> augmentation;
    private final long seed;
    private final float[] augmented;
    private Examples examples;

    EpochExamples(Examples train, Optional<Augmentation> augmentation, RandomStreams random) {
        this.train = train;
        this.augmentation = augmentation;
        this.seed = random.streamSeed(AUGMENT_STREAM);
        this.augmented = augmentation.isPresent() ? new float[train.features().length] : null;
        this.examples = train;
    }

    /**
     * Makes {@link #examples()} those of {@code epoch}.
     *
     * @return whether they changed (an augmentation rewrote them), so the training steps must take them again
     */
    boolean start(int epoch) {
        if (augmentation.isEmpty()) {
            return false;
        }
        augmentation.get().apply(train, augmented, seed, epoch);
        examples = new Examples(train.featureCount(), train.classCount(), augmented, train.labels());
        return true;
    }

    Examples examples() {
        return examples;
    }
}
