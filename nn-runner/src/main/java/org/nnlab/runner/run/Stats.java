package org.nnlab.runner.run;

/**
 * Count, mean, sample standard deviation (n - 1 in the denominator; NaN for fewer than two values), minimum and
 * maximum of some values, summed in the order given so the figures do not depend on which run finished first.
 */
public record Stats(int n, double mean, double sd, double min, double max) {
    /** The figures of no values. */
    public static final Stats NONE = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The figures of the values that are not NaN. */
    public static Stats of(double[] values) {
        int n = 0;
        double sum = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                min = Double.isNaN(min) || v < min ? v : min;
                max = Double.isNaN(max) || v > max ? v : max;
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new Stats(n, mean, n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1)), min, max);
    }
}
