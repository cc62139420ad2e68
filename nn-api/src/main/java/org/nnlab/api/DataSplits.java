package org.nnlab.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Dataset} loads: training, validation and test examples of one shape, the image geometry
 * (for preprocessing new images the same way) and the files read (for provenance checksums).
 *
 * @param validation may be empty (no held-out set)
 * @param imageWidth  width of an input image in pixels, or 0 when the features are not an image
 * @param imageHeight height of an input image in pixels, or 0 when the features are not an image
 * @param sourceFiles files read, recorded with their SHA-256 in a run's provenance; empty for embedded data
 * @param augmentation how the training examples change each epoch, if they do
 */
public record DataSplits(Examples train, Examples validation, Examples test,
                         int imageWidth, int imageHeight, List<Path> sourceFiles,
                         Optional<Augmentation> augmentation) {
    public DataSplits {
        Objects.requireNonNull(train, "train is null");
        Objects.requireNonNull(augmentation, "augmentation is null");
        Objects.requireNonNull(validation, "validation is null");
        Objects.requireNonNull(test, "test is null");
        sourceFiles = List.copyOf(sourceFiles);
        for (Examples e : List.of(validation, test)) {
            if (e.featureCount() != train.featureCount() || e.classCount() != train.classCount()) {
                throw new IllegalArgumentException("splits differ in shape: train " + train + ", other " + e);
            }
        }
        if (imageWidth < 0 || imageHeight < 0 || (imageWidth == 0) != (imageHeight == 0)) {
            throw new IllegalArgumentException("image " + imageWidth + "x" + imageHeight
                    + " is invalid: both sides positive, or 0x0 when the features are not an image");
        }
        if (imageWidth != 0 && (long) imageWidth * imageHeight != train.featureCount()) {
            throw new IllegalArgumentException("image " + imageWidth + "x" + imageHeight + " does not match "
                    + train.featureCount() + " features");
        }
    }

    /** Splits whose training examples stay as they are. */
    public DataSplits(Examples train, Examples validation, Examples test, int imageWidth, int imageHeight,
                      List<Path> sourceFiles) {
        this(train, validation, test, imageWidth, imageHeight, sourceFiles, Optional.empty());
    }

    public int featureCount() {
        return train.featureCount();
    }

    public int classCount() {
        return train.classCount();
    }
}
