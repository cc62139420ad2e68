package org.nnlab.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A batch shape with the seed its random contents are drawn from, so a failure names what to rerun.
 * The shapes cover a single element, narrow and wide rows, and several rows.
 */
record TestBatch(int rows, int cols, long seed) {
    static final List<TestBatch> SHAPES = List.of(
            new TestBatch(1, 1, 11),
            new TestBatch(3, 2, 12),
            new TestBatch(8, 10, 13),
            new TestBatch(4, 33, 14));

    SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    /** E.g. "an 8x10 batch of moderate inputs (seed 13)". */
    String describe(String contents) {
        String shape = rows + "x" + cols;
        boolean vowel = shape.startsWith("8") || shape.startsWith("11x") || shape.startsWith("18x");
        return (vowel ? "an " : "a ") + shape + " batch of " + contents + " (seed " + seed + ")";
    }
}
