package org.nnlab.runner.report;

import java.util.List;
import java.util.Locale;

/** Escaping and the number formats of the report. */
final class Html {
    /** Ten colours that stay apart (the category palette of matplotlib and d3), for runs and grid points. */
    static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");
    static final String MISSING = "\u2013";

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /** A fraction as a percentage with two decimals, e.g. {@code 93.60%}. */
    static String percent(double fraction) {
        return Double.isNaN(fraction) ? MISSING : String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** Mean and sd of fractions as percentages: {@code 93.60 ± 0.42%}, or the mean alone when sd is NaN. */
    static String percentSd(double mean, double sd) {
        if (Double.isNaN(mean)) {
            return MISSING;
        }
        return Double.isNaN(sd) ? percent(mean)
                : String.format(Locale.ROOT, "%.2f \u00b1 %.2f%%", 100 * mean, 100 * sd);
    }

    static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? MISSING : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String meanSd(double mean, double sd, int decimals) {
        if (Double.isNaN(mean)) {
            return MISSING;
        }
        return Double.isNaN(sd) ? fixed(mean, decimals) : fixed(mean, decimals) + " \u00b1 " + fixed(sd, decimals);
    }

    /** A sort key for a number: empty when NaN (sorted last). */
    static String key(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** The last part of a key path ({@code optimizer.l2} is {@code l2}) unless another key has the same. */
    static String shortKey(String key, java.util.Collection<String> keys) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        boolean shared = keys.stream().filter(k -> !k.equals(key))
                .anyMatch(k -> k.substring(k.lastIndexOf('.') + 1).equals(last));
        return shared ? key : last;
    }

    /** {@code id}-safe text: letters, digits and dashes. */
    static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9-]+", "-");
    }
}
