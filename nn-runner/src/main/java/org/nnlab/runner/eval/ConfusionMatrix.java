package org.nnlab.runner.eval;

import java.util.Locale;

/**
 * Counts of true class against predicted class, with accuracy and per-class precision, recall and F1 (NaN,
 * shown as "-", where a class was never predicted or never present).
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    public ConfusionMatrix(int classes) {
        counts = new long[classes][classes];
    }

    public void add(int actual, int predicted) {
        counts[actual][predicted]++;
    }

    public int classes() {
        return counts.length;
    }

    public long count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long c : row) {
                total += c;
            }
        }
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int c = 0; c < counts.length; c++) {
            correct += counts[c][c];
        }
        return total() == 0 ? Double.NaN : (double) correct / total();
    }

    /** Of the examples predicted as {@code c}, the share that are {@code c}. */
    public double precision(int c) {
        long predicted = 0;
        for (long[] row : counts) {
            predicted += row[c];
        }
        return predicted == 0 ? Double.NaN : (double) counts[c][c] / predicted;
    }

    /** Of the examples of class {@code c}, the share predicted as {@code c}. */
    public double recall(int c) {
        long support = support(c);
        return support == 0 ? Double.NaN : (double) counts[c][c] / support;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    public long support(int c) {
        long support = 0;
        for (long v : counts[c]) {
            support += v;
        }
        return support;
    }

    /** The matrix and the per-class table, as printed by {@code nn eval}. */
    public String render() {
        int width = Math.max(5, Long.toString(total()).length() + 1);
        StringBuilder out = new StringBuilder("confusion matrix (rows: true class, columns: predicted class)\n");
        out.append(" ".repeat(6));
        for (int c = 0; c < counts.length; c++) {
            out.append(String.format(Locale.ROOT, "%" + width + "d", c));
        }
        out.append('\n');
        for (int a = 0; a < counts.length; a++) {
            out.append(String.format(Locale.ROOT, "%6d", a));
            for (long v : counts[a]) {
                out.append(String.format(Locale.ROOT, "%" + width + "d", v));
            }
            out.append('\n');
        }
        out.append("\nclass  precision  recall      f1  support\n");
        double sumP = 0;
        double sumR = 0;
        double sumF = 0;
        for (int c = 0; c < counts.length; c++) {
            out.append(String.format(Locale.ROOT, "%5d  %9s  %6s  %6s  %7d%n", c, fixed(precision(c)), fixed(recall(c)),
                    fixed(f1(c)), support(c)));
            sumP += nanToZero(precision(c));
            sumR += nanToZero(recall(c));
            sumF += nanToZero(f1(c));
        }
        int n = counts.length;
        out.append(String.format(Locale.ROOT, "%5s  %9s  %6s  %6s  %7d%n", "macro", fixed(sumP / n), fixed(sumR / n),
                fixed(sumF / n), total()));
        return out.toString();
    }

    private static String fixed(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
