package org.nnlab.core;

import org.nnlab.api.Matrix;
import org.nnlab.api.Plugin;

/**
 * Checks each plugin's output in the mini-batch loop: a NaN or infinity produced from finite inputs is the
 * plugin's fault and is reported by name at once ({@link PluginFaultException}); one produced from inputs that
 * were already non-finite is divergence ({@link NonFinite}), which the trainer reports with the epoch. The check
 * costs one multiply-add per activation, small beside the layer's matrix work.
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
        throw new PluginFaultException(kind, plugin.name(), call + " returned " + output.data()[bad]
                + " at row " + row + ", column " + col + " for the finite input(s) " + given);
    }

    /** x * 0 is 0 for finite x and NaN otherwise, so one sum tells whether every element is finite. */
    static boolean finite(Matrix m) {
        float sum = 0f;
        for (float v : m.data()) {
            sum += v * 0f;
        }
        return sum == 0f;
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
