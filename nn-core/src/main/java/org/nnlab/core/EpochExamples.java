package org.nnlab.core;

import java.util.Optional;
import org.nnlab.api.Augmentation;
import org.nnlab.api.Examples;

/**
 * The training examples one epoch trains on: the training set itself, or, with an {@link Augmentation}, its copy
 * changed afresh at the start of each epoch (seeded by the {@code augment} stream and the epoch), with its own
 * index of non-zero features. The augmented features live in one array, allocated once and rewritten per epoch.
 */
final class EpochExamples {
    /** The random stream an augmentation draws from. */
    static final String AUGMENT_STREAM = "augment";

    private final Examples train;
    private final Optional<Augmentation> augmentation;
    private final long seed;
    private final float[] augmented;
    private Examples examples;
    private SparseExamples indexed;

    EpochExamples(Examples train, SparseExamples indexed, Optional<Augmentation> augmentation, RandomStreams random) {
        this.train = train;
        this.augmentation = augmentation;
        this.seed = random.streamSeed(AUGMENT_STREAM);
        this.augmented = augmentation.isPresent() ? new float[train.features().length] : null;
        this.examples = train;
        this.indexed = indexed;
    }

    /** Makes {@link #examples()} and {@link #indexed()} those of {@code epoch}. */
    void start(int epoch) {
        if (augmentation.isPresent()) {
            augmentation.get().apply(train, augmented, seed, epoch);
            examples = new Examples(train.featureCount(), train.classCount(), augmented, train.labels());
            indexed = new SparseExamples(examples);
        }
    }

    Examples examples() {
        return examples;
    }

    SparseExamples indexed() {
        return indexed;
    }
}
