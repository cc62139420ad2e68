package org.nnlab.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExamplesTest {
    /** Three examples of two features each, classes 0..2. */
    private static Examples three() {
        return new Examples(2, 3, new float[] {0, 1, 10, 11, 20, 21}, new int[] {2, 0, 1});
    }

    @Test
    void rejectsLabelAboveClassCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Examples(2, 3, new float[4], new int[] {0, 3}), "label 3 is outside 3 classes");
        assertEquals("label 3 of example 1 is outside 0..2", e.getMessage(),
                "the message should name the label, the example and the valid range");
    }

    @Test
    void rejectsNegativeLabel() {
        assertThrows(IllegalArgumentException.class, () -> new Examples(1, 2, new float[1], new int[] {-1}),
                "a negative label is outside every class range");
    }

    @Test
    void rejectsFeatureCountNotMatchingLabels() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Examples(3, 2, new float[5], new int[2]), "two examples of three features need six values");
        assertEquals("2 labels need 6 feature values, got 5", e.getMessage(),
                "the message should give the needed and the actual number of values");
    }

    @Test
    void rejectsNonPositiveDimensions() {
        assertThrows(IllegalArgumentException.class, () -> new Examples(0, 2, new float[0], new int[0]),
                "zero features per example is invalid");
        assertThrows(IllegalArgumentException.class, () -> Examples.empty(2, 0), "zero classes is invalid");
    }

    @Test
    void empty_hasDimensionsButNoExamples() {
        Examples empty = Examples.empty(4, 3);
        assertEquals(0, empty.count(), "an empty set has no examples");
        assertEquals(4, empty.featureCount(), "an empty set keeps its feature count");
        assertEquals(3, empty.classCount(), "an empty set keeps its class count");
    }

    @Test
    void slice_copiesTheRange() {
        Examples slice = three().slice(1, 3);
        assertEquals(2, slice.count(), "examples 1 and 2");
        assertArrayEquals(new float[] {10, 11, 20, 21}, slice.features(), "features of examples 1 and 2");
        assertArrayEquals(new int[] {0, 1}, slice.labels(), "labels of examples 1 and 2");
    }

    @Test
    void slice_rejectsRangeOutsideTheSet() {
        assertThrows(IndexOutOfBoundsException.class, () -> three().slice(2, 4), "there is no example 3");
    }

    @Test
    void select_takesExamplesInTheGivenOrder() {
        Examples selected = three().select(new int[] {2, 0, 2});
        assertArrayEquals(new float[] {20, 21, 0, 1, 20, 21}, selected.features(), "features of 2, 0, 2");
        assertArrayEquals(new int[] {1, 2, 1}, selected.labels(), "labels of 2, 0, 2");
    }

    @Test
    void toString_givesTheShape() {
        assertEquals("3 examples x 2 features, 3 classes", three().toString(), "shape summary for messages");
    }
}
