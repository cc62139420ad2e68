package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG line chart: round-numbered axes with grid lines, one polyline per series (broken where a value is
 * missing), each in a {@code <g class="series">} carrying the series' data attributes, so the page's script can
 * show and hide them. The legend is HTML beside it.
 */
final class LineChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 340;
    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int TOP = 14;
    private static final int BOTTOM = 44;

    /**
     * @param attributes raw HTML attributes of the series' group (e.g. {@code data-set="test"})
     * @param dash       an SVG {@code stroke-dasharray}, or empty for a solid line
     */
    record Series(String label, String colour, String dash, double width, double[] x, double[] y, String attributes) {
    }

    private final String id;
    private final String xLabel;
    private final String yLabel;
    private final boolean integerX;
    private final List<Series> series = new ArrayList<>();

    LineChart(String id, String xLabel, String yLabel, boolean integerX) {
        this.id = id;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.integerX = integerX;
    }

    LineChart add(Series s) {
        series.add(s);
        return this;
    }

    String svg() {
        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (!Double.isNaN(s.y()[i])) {
                    xLo = Math.min(xLo, s.x()[i]);
                    xHi = Math.max(xHi, s.x()[i]);
                    yLo = Math.min(yLo, s.y()[i]);
                    yHi = Math.max(yHi, s.y()[i]);
                }
            }
        }
        Axis x = Axis.over(xLo, xHi, 10, integerX);
        Axis y = Axis.over(yLo, yHi, 6, false);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" role=\"img\" aria-label=\"%s against %s\" xmlns=\"http://www.w3.org/2000/svg\">",
                Html.escape(id), WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(yLabel), Html.escape(xLabel)));
        double left = LEFT;
        double right = WIDTH - RIGHT;
        double top = TOP;
        double bottom = HEIGHT - BOTTOM;
        for (double t : y.ticks()) {
            double py = y.map(t, bottom, top);
            out.append(line(left, py, right, py, "grid"));
            out.append(text(left - 6, py + 4, "end", y.label(t)));
        }
        for (double t : x.ticks()) {
            double px = x.map(t, left, right);
            out.append(line(px, top, px, bottom, "grid"));
            out.append(text(px, bottom + 16, "middle", x.label(t)));
        }
        out.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                + " height=\"%.1f\"/>", left, top, right - left, bottom - top));
        out.append(text((left + right) / 2, HEIGHT - 8, "middle", xLabel));
        out.append(String.format(Locale.ROOT, "<text class=\"axis-label\" transform=\"translate(14 %.1f) rotate(-90)\""
                + " text-anchor=\"middle\">%s</text>", (top + bottom) / 2, Html.escape(yLabel)));
        for (Series s : series) {
            out.append("<g class=\"series\" ").append(s.attributes()).append("><title>").append(Html.escape(s.label()))
                    .append("</title>");
            StringBuilder points = new StringBuilder();
            for (int i = 0; i <= s.x().length; i++) {
                if (i == s.x().length || Double.isNaN(s.y()[i])) {
                    polyline(out, points, s);
                    points.setLength(0);
                } else {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.map(s.x()[i], left, right),
                            y.map(s.y()[i], bottom, top)));
                }
            }
            out.append("</g>");
        }
        return out.append("</svg>").toString();
    }

    private static void polyline(StringBuilder out, StringBuilder points, Series s) {
        if (points.length() == 0) {
            return;
        }
        out.append(String.format(Locale.ROOT, "<polyline class=\"line\" fill=\"none\" stroke=\"%s\""
                + " stroke-width=\"%.1f\"%s points=\"%s\"/>", s.colour(), s.width(),
                s.dash().isEmpty() ? "" : " stroke-dasharray=\"" + s.dash() + "\"", points.toString().trim()));
    }

    static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cssClass, x1, y1, x2, y2);
    }

    static String text(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                Html.escape(text));
    }
}
