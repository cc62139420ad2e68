package org.nnlab.testkit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short renderings of numbers for failure messages. */
final class Numbers {
    private Numbers() {
    }

    /** Five significant digits, plain for ordinary magnitudes and scientific otherwise. */
    static String show(double value) {
        if (value == 0.0 || !Double.isFinite(value)) {
            return value == 0.0 ? "0" : String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return new BigDecimal(value).round(new MathContext(5)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.4e", value);
    }

    /** An input value exactly as stored, so it can be pasted into a reproducing test. */
    static String input(float value) {
        return Float.toString(value);
    }

    /**
     * Whether a computed and a reference value agree: their difference is within {@code tolerance} relative
     * to the larger magnitude, with a floor of {@code tolerance / 10} for values near 0, plus {@code slack}
     * for the rounding error of the reference itself.
     */
    static boolean agree(double computed, double reference, double tolerance, double slack) {
        double scale = Math.max(Math.abs(computed), Math.abs(reference));
        return Math.abs(computed - reference) <= tolerance * (0.1 + scale) + slack;
    }
}
