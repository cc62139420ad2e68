package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;

/** The finiteness check the trainer runs on every plugin output: each kind of NaN and infinity at every position. */
class GuardTest {
    @Test
    void findsANonFiniteValueAtEveryPosition_andPassesEveryFiniteExtreme() {
        float[] finite = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
            -Float.MAX_VALUE, 1f, -3.5f};
        float[] bad = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.intBitsToFloat(0x7FC00001),
            Float.intBitsToFloat(0xFF800001)};
        for (int cols : new int[] {1, 7, 8, 9, 17, 33}) {
            Matrix m = new Matrix(3, cols);
            float[] data = m.data();
            for (int i = 0; i < data.length; i++) {
                data[i] = finite[i % finite.length];
            }
            assertTrue(Guard.finite(m), "all finite, " + cols + " columns");
            for (int i = 0; i < data.length; i++) {
                float kept = data[i];
                for (float b : bad) {
                    data[i] = b;
                    assertFalse(Guard.finite(m), b + " at " + i + " of " + data.length);
                }
                data[i] = kept;
            }
        }
    }
}
