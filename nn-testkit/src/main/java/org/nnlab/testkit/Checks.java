package org.nnlab.testkit;

import java.util.Optional;
import org.nnlab.api.Matrix;

/** Assertions whose messages are the contract's own, and element-wise matrix comparisons that say where they fail. */
final class Checks {
    private Checks() {
    }

    /** Throws an {@link AssertionError} with exactly {@code message} unless {@code ok}. */
    static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    /** Throws an {@link AssertionError} with the message of a failed check, if there is one. */
    static void requireNoFailure(Optional<String> failure) {
        if (failure.isPresent()) {
            throw new AssertionError(failure.get());
        }
    }

    /** The index of the first non-finite element, or -1. */
    static int firstNonFinite(Matrix m) {
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first element whose bits differ, or -1 when the matrices are bit-identical. */
    static int firstDifference(Matrix expected, Matrix actual) {
        float[] e = expected.data();
        float[] a = actual.data();
        for (int i = 0; i < e.length; i++) {
            if (Float.floatToRawIntBits(e[i]) != Float.floatToRawIntBits(a[i])) {
                return i;
            }
        }
        return -1;
    }

    /** "row 2 col 3" for the element at {@code index}. */
    static String at(Matrix m, int index) {
        return "row " + index / m.cols() + " col " + index % m.cols();
    }

    /** Throws an {@link AssertionError} with {@code what} and the first differing element unless bit-identical. */
    static void assertBitIdentical(Matrix expected, Matrix actual, String what) {
        int i = firstDifference(expected, actual);
        if (i >= 0) {
            throw new AssertionError(what + ": at " + at(expected, i) + " expected " + expected.data()[i]
                    + ", got " + actual.data()[i]);
        }
    }
}
