package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis over round numbers: the data's range widened to whole steps of 1, 2 or 5 times a power of ten
 * (Heckbert's "nice numbers"), with a tick at each step.
 */
final class Axis {
    private final double min;
    private final double max;
    private final double step;

    private Axis(double min, double max, double step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** An axis over {@code [lo, hi]} with about {@code ticks} ticks; {@code integers} keeps steps whole. */
    static Axis over(double lo, double hi, int ticks, boolean integers) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12) {
            double pad = Math.abs(lo) > 1e-12 ? Math.abs(lo) * 0.05 : 0.5;
            lo -= pad;
            hi += pad;
        }
        double step = nice((hi - lo) / Math.max(1, ticks - 1), true);
        if (integers) {
            step = Math.max(1, Math.round(step));
        }
        return new Axis(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    private static double nice(double value, boolean round) {
        double exponent = Math.floor(Math.log10(value));
        double fraction = value / Math.pow(10, exponent);
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return nice * Math.pow(10, exponent);
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step * 1e-6; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** {@code value} mapped onto {@code [from, to]} (pixels). */
    double map(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }

    String label(double value) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
