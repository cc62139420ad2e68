package org.nnlab.runner.report;

/**
 * Count, mean, sample standard deviation (n - 1; NaN for fewer than two), minimum and maximum of the values that
 * are not NaN: the figures of one grid point over its seeds.
 */
record Stats(int n, double mean, double sd, double min, double max) {
    static final Stats NONE = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    static Stats of(double[] values) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0) {
            return NONE;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new Stats(n, mean, n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1)), min, max);
    }
}
