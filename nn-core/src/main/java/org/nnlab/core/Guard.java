package org.nnlab.core;

import org.nnlab.api.Matrix;
import org.nnlab.api.Plugin;

/**
 * Checks each plugin's output in the mini-batch loop: a NaN or infinity produced from finite inputs is the
 * plugin's fault and is reported by name at once ({@link PluginFaultException}); one produced from inputs that
 * were already non-finite is divergence ({@link NonFinite}), which the trainer reports with the epoch. The check
 * costs a few integer operations per value, small beside the layer's matrix work.
 */
final class Guard {
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
     * adding one to the lowest exponent bit then carries into the sign bit, so one OR over the elements (which
     * the JIT vectorizes) tells.
     */
    static boolean finite(Matrix m) {
        int carry = 0;
        for (float v : m.data()) {
            carry |= (Float.floatToRawIntBits(v) & 0x7F800000) + 0x00800000;
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
