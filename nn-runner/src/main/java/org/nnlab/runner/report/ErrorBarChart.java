package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG chart of mean +- sd per category (a batch's grid points): for each category and series a dot at the mean,
 * a bar from mean - sd to mean + sd with caps, and each run's value as a small ring beside it. Every mark is a
 * {@code <g class="point">} whose data attributes hold the numbers it shows.
 */
final class ErrorBarChart {
    private static final int PLOT_HEIGHT = 290;
    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int TOP = 14;
    private static final int MIN_BAND = 90;

    /** One series' figures at one category; {@code values} are the runs' own. */
    record Mark(String series, String colour, double mean, double sd, double[] values) {
    }

    /** A category (a grid point) and its marks, one per series. */
    record Category(String label, List<Mark> marks) {
    }

    private final String id;
    private final String yLabel;
    private final double scale;
    private final List<Category> categories = new ArrayList<>();

    /** @param scale what values are multiplied by for display (100 for fractions shown as percentages) */
    ErrorBarChart(String id, String yLabel, double scale) {
        this.id = id;
        this.yLabel = yLabel;
        this.scale = scale;
    }

    ErrorBarChart add(Category category) {
        categories.add(category);
        return this;
    }

    String svg() {
        boolean slanted = categories.stream().anyMatch(c -> c.label().length() > 18) || categories.size() > 6;
        int bottom = slanted ? 130 : 50;
        int width = Math.max(LineChart.WIDTH, LEFT + RIGHT + MIN_BAND * categories.size());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Category c : categories) {
            for (Mark m : c.marks()) {
                double sd = Double.isNaN(m.sd()) ? 0 : m.sd();
                if (!Double.isNaN(m.mean())) {
                    lo = Math.min(lo, m.mean() - sd);
                    hi = Math.max(hi, m.mean() + sd);
                }
                for (double v : m.values()) {
                    if (!Double.isNaN(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        Axis y = Axis.over(lo * scale, hi * scale, 6, false);
        double top = TOP;
        double plotBottom = TOP + PLOT_HEIGHT;
        int height = (int) plotBottom + bottom;
        double right = width - RIGHT;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-label=\"%s, mean and sd per grid point\""
                + " xmlns=\"http://www.w3.org/2000/svg\">", Html.escape(id), width, height, width, height,
                Html.escape(yLabel)));
        for (double t : y.ticks()) {
            double py = y.map(t, plotBottom, top);
            out.append(LineChart.line(LEFT, py, right, py, "grid"));
            out.append(LineChart.text(LEFT - 6, py + 4, "end", y.label(t)));
        }
        out.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"%d\" y=\"%.1f\" width=\"%.1f\""
                + " height=\"%.1f\"/>", LEFT, top, right - LEFT, plotBottom - top));
        out.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(14 %.1f) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>", (top + plotBottom) / 2, Html.escape(yLabel)));
        double band = (right - LEFT) / Math.max(1, categories.size());
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            double centre = LEFT + band * (c + 0.5);
            if (slanted) {
                out.append(String.format(Locale.ROOT, "<text class=\"category\" transform=\"translate(%.1f %.1f)"
                        + " rotate(-35)\" text-anchor=\"end\">%s</text>", centre, plotBottom + 14,
                        Html.escape(category.label())));
            } else {
                out.append("<text class=\"category\"").append(LineChart.text(centre, plotBottom + 18, "middle",
                        category.label()).substring("<text".length()));
            }
            int count = category.marks().size();
            for (int m = 0; m < count; m++) {
                double x = centre + (m - (count - 1) / 2.0) * Math.min(28, band / (count + 1));
                mark(out, category, category.marks().get(m), x, y, plotBottom, top);
            }
        }
        return out.append("</svg>").toString();
    }

    private void mark(StringBuilder out, Category category, Mark mark, double x, Axis y, double bottom, double top) {
        out.append(String.format(Locale.ROOT, "<g class=\"point\" data-point=\"%s\" data-series=\"%s\""
                + " data-mean=\"%s\" data-sd=\"%s\" data-n=\"%d\"><title>%s</title>", Html.escape(category.label()),
                Html.escape(mark.series()), Html.key(mark.mean()), Html.key(mark.sd()),
                mark.values().length, Html.escape(title(category, mark))));
        for (double v : mark.values()) {
            if (!Double.isNaN(v)) {
                out.append(String.format(Locale.ROOT, "<circle class=\"run\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\""
                        + " stroke=\"%s\"/>", x + 7, y.map(v * scale, bottom, top), mark.colour()));
            }
        }
        if (!Double.isNaN(mark.mean())) {
            double cy = y.map(mark.mean() * scale, bottom, top);
            if (!Double.isNaN(mark.sd())) {
                double y1 = y.map((mark.mean() - mark.sd()) * scale, bottom, top);
                double y2 = y.map((mark.mean() + mark.sd()) * scale, bottom, top);
                out.append(String.format(Locale.ROOT, "<path class=\"error-bar\" stroke=\"%s\" d=\"M%.1f %.1fV%.1f"
                        + "M%.1f %.1fH%.1fM%.1f %.1fH%.1f\"/>", mark.colour(), x, y1, y2, x - 5, y1, x + 5, x - 5, y2,
                        x + 5));
            }
            out.append(String.format(Locale.ROOT, "<circle class=\"mean\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\""
                    + " fill=\"%s\"/>", x, cy, mark.colour()));
        }
        out.append("</g>");
    }

    private String title(Category category, Mark mark) {
        String figure = scale == 100 ? Html.percentSd(mark.mean(), mark.sd()) : Html.meanSd(mark.mean(), mark.sd(), 2);
        return category.label() + ": " + mark.series() + " " + figure + " over " + mark.values().length + " runs";
    }
}
