package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSplitsTest {
    private static final Examples TRAIN = new Examples(4, 2, new float[8], new int[] {0, 1});
    private static final Examples TEST = new Examples(4, 2, new float[4], new int[] {1});

    private static DataSplits image(int width, int height) {
        return new DataSplits(TRAIN, Examples.empty(4, 2), TEST, width, height, List.of());
    }

    @Test
    void acceptsMatchingImageGeometry() {
        DataSplits splits = image(2, 2);
        assertEquals(4, splits.featureCount(), "feature count comes from the training set");
        assertEquals(2, splits.classCount(), "class count comes from the training set");
    }

    @Test
    void acceptsZeroByZero_forFeaturesThatAreNotAnImage() {
        assertDoesNotThrow(() -> image(0, 0), "0x0 means the features are not an image");
    }

    @Test
    void rejectsImageGeometryNotMatchingFeatureCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> image(3, 3),
                "a 3x3 image has 9 pixels, not 4 features");
        assertEquals("image 3x3 does not match 4 features", e.getMessage(),
                "the message should give the geometry and the feature count");
    }

    @Test
    void rejectsImageWithOnlyOneDimensionZero() {
        assertThrows(IllegalArgumentException.class, () -> image(4, 0),
                "a 4x0 image is neither an image nor \"not an image\" (0x0)");
        assertThrows(IllegalArgumentException.class, () -> image(0, 4), "a 0x4 image is invalid");
    }

    @Test
    void rejectsNegativeImageDimensions() {
        assertThrows(IllegalArgumentException.class, () -> image(-2, -2),
                "negative dimensions are invalid even when their product matches the feature count");
    }

    @Test
    void rejectsImageWhoseAreaOverflowsAnInt() {
        assertThrows(IllegalArgumentException.class, () -> image(65_536, 65_536),
                "65536x65536 pixels is not 4 features (its int product wraps to 0)");
    }

    @Test
    void rejectsSplitsWithOtherFeatureCount() {
        Examples wide = new Examples(5, 2, new float[5], new int[] {0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DataSplits(TRAIN, wide, TEST, 0, 0, List.of()), "validation has 5 features, train 4");
        assertEquals("splits differ in shape: train 2 examples x 4 features, 2 classes, "
                + "other 1 examples x 5 features, 2 classes", e.getMessage(), "the message should give both shapes");
    }

    @Test
    void rejectsSplitsWithOtherClassCount() {
        Examples tenClasses = new Examples(4, 10, new float[4], new int[] {9});
        assertThrows(IllegalArgumentException.class,
                () -> new DataSplits(TRAIN, Examples.empty(4, 2), tenClasses, 0, 0, List.of()),
                "a test set with 10 classes does not fit a training set with 2");
    }

    @Test
    void keepsAnUnmodifiableCopyOfSourceFiles() {
        List<Path> files = new ArrayList<>(List.of(Path.of("train.idx")));
        DataSplits splits = new DataSplits(TRAIN, Examples.empty(4, 2), TEST, 0, 0, files);
        files.add(Path.of("other.idx"));
        assertEquals(List.of(Path.of("train.idx")), splits.sourceFiles(), "later changes to the list do not leak in");
        assertThrows(UnsupportedOperationException.class, () -> splits.sourceFiles().add(Path.of("x")),
                "the source file list is unmodifiable");
    }
}
