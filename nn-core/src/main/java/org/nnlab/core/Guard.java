package org.nnlab.core;

import org.nnlab.api.Matrix;
import org.nnlab.api.Plugin;

/**
 * Checks each plugin's output in the mini-batch loop: a NaN or infinity produced from finite inputs is the
 * plugin's fault and is reported by name at once ({@link PluginFaultException}); one produced from inputs that
 * were already non-finite is divergence ({@link NonFinite}), which the trainer reports with the epoch. The check
 * costs about one vector instruction per eight values, small beside the layer's matrix work.
 */
final class Guard {
    static final int EXPONENT = 0x7F800000;
    static final int LOWEST_EXPONENT_BIT = 0x00800000;

    private Guard() {
    }

    /** Thrown when values became non-finite because their inputs were: the training diverged. */
    static final class NonFinite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NonFinite(String message) {
            super(message, null, false, false);
        }
    }

    /** Checks {@code output}, written by {@code plugin}'s {@code call} from {@code input}. */
    static void check(Plugin plugin, String kind, String call, Matrix output, Matrix input) {
        if (!finite(output)) {
            fail(plugin, kind, call, output, input);
        }
    }

    /** Checks {@code output}, written by {@code plugin}'s {@code call} from two inputs. Allocates nothing when finite. */
    static void check(Plugin plugin, String kind, String call, Matrix output, Matrix input, Matrix other) {
        if (!finite(output)) {
            fail(plugin, kind, call, output, input, other);
        }
    }

    private static void fail(Plugin plugin, String kind, String call, Matrix output, Matrix... inputs) {
        for (Matrix input : inputs) {
            if (!finite(input)) {
                throw new NonFinite(kind + " \"" + plugin.name() + "\" received NaN or infinite values in " + call);
            }
        }
        int bad = firstNonFinite(output);
        int row = bad / output.cols();
        int col = bad % output.cols();
        StringBuilder given = new StringBuilder();
        for (Matrix input : inputs) {
            given.append(given.length() == 0 ? "" : ", ").append(input.get(row, col));
        }
        throw new PluginFaultException(kind, plugin, call + " returned " + output.data()[bad]
                + " at row " + row + ", column " + col + " for the finite input(s) " + given, null);
    }

    /**
     * Whether every element is finite. A float is NaN or infinite exactly when its exponent bits are all ones;
     * adding one to the lowest exponent bit then carries into the sign bit, so one OR over the elements tells. On
     * the Vector API where it is there ({@link VectorKernels#finite}): the JIT does not vectorize this loop's
     * float-to-bits moves, about five times slower.
     */
    static boolean finite(Matrix m) {
        return Kernels.SIMD ? VectorKernels.finite(m.data()) : finite(m.data(), 0);
    }

    /** Whether {@code data[from..]} is all finite, one element at a time. */
    static boolean finite(float[] data, int from) {
        int carry = 0;
        for (int i = from; i < data.length; i++) {
            carry |= (Float.floatToRawIntBits(data[i]) & EXPONENT) + LOWEST_EXPONENT_BIT;
        }
        return carry >= 0;
    }

    private static int firstNonFinite(Matrix m) {
        float[] data = m.data();
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                return i;
            }
        }
        return -1;
    }
}
