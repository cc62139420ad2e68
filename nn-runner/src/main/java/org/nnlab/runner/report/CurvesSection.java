package org.nnlab.runner.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.runner.curves.Curves;
import org.nnlab.runner.curves.CurvesPng;

/**
 * Learning curves of every run overlaid: accuracy and cost per epoch. One run: a colour per set, as in
 * {@code curves.png}. Several: a colour per run, or per grid point for a batch (its seeds share the colour), and a
 * line style per set (train dotted, validation dashed, test solid); check boxes show and hide each set.
 */
final class CurvesSection {
    private static final Map<String, String> DASH = Map.of("train", "2 3", "validation", "7 4", "test", "");

    private CurvesSection() {
    }

    static String html(Report report) {
        List<RunData> runs = report.present().stream().filter(r -> r.curves().size() > 0).toList();
        if (runs.isEmpty()) {
            return "<section id=\"curves\"><h2>Learning curves</h2><p class=\"empty\">No run has finished an epoch"
                    + " yet.</p></section>\n";
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        Map<RunData, String> groupOf = new LinkedHashMap<>();
        for (Report.Entry entry : report.runs()) {
            if (entry.data() != null && entry.data().curves().size() > 0) {
                String group = entry.batch() == null ? entry.name()
                        : entry.batch().name() + ": " + entry.planned().point();
                groups.putIfAbsent(group, groups.size());
                groupOf.put(entry.data(), group);
            }
        }
        boolean bySet = groups.size() == 1;
        LineChart accuracy = new LineChart("curves-accuracy", "epoch", "accuracy (%)", true);
        boolean dataCosts = runs.stream().allMatch(run -> run.curves().costMeasure().equals(Curves.DATA_COST));
        LineChart cost = new LineChart("curves-cost", "epoch", dataCosts ? "data cost" : "cost", true);
        for (RunData run : runs) {
            String group = groupOf.get(run);
            for (int s = 0; s < Curves.SETS.size(); s++) {
                String set = Curves.SETS.get(s);
                String colour = bySet ? hex(s) : Html.colour(groups.get(group));
                String dash = bySet ? "" : DASH.get(set);
                add(accuracy, run, group, set, "accuracy", colour, dash, 100);
                add(cost, run, group, set, run.curves().costMeasure(), colour, dash, 1);
            }
        }
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        if (!bySet) {
            groups.forEach((group, index) -> legend.append("<span class=\"key\"><i style=\"background:")
                    .append(Html.colour(index)).append("\"></i>").append(Html.escape(group)).append("</span>"));
        }
        legend.append("</div><div class=\"set-toggles\">");
        for (int s = 0; s < Curves.SETS.size(); s++) {
            String set = Curves.SETS.get(s);
            legend.append("<label><input type=\"checkbox\" checked data-toggle-set=\"").append(set).append("\"> ")
                    .append(sample(bySet ? hex(s) : "#444", bySet ? "" : DASH.get(set))).append(set).append("</label>");
        }
        legend.append("</div>");
        return "<section id=\"curves\"><h2>Learning curves</h2>\n" + legend + "<div class=\"charts\"><figure>"
                + "<figcaption>Accuracy per epoch</figcaption>" + accuracy.svg() + "</figure><figure><figcaption>"
                + (dataCosts ? "Data cost per epoch (the mean loss, without the L2 penalty: one scale for every set)"
                : "Cost per epoch (with the L2 penalty, scaled by each set's own size)") + "</figcaption>" + cost.svg() + "</figure></div></section>\n";
    }

    private static void add(LineChart chart, RunData run, String group, String set, String measure, String colour,
                            String dash, double scale) {
        Curves curves = run.curves();
        String column = Curves.column(set, measure);
        if (!curves.has(column)) {
            return;
        }
        double[] x = new double[curves.size()];
        double[] y = curves.values(column);
        for (int i = 0; i < x.length; i++) {
            x[i] = curves.epoch(i);
            y[i] *= scale;
        }
        chart.add(new LineChart.Series(run.name() + " " + set + " " + measure, colour, dash,
                "train".equals(set) ? 1.4 : 1.8, x, y, "data-set=\"" + set + "\" data-run=\""
                + Html.escape(run.name()) + "\" data-group=\"" + Html.escape(group) + "\""));
    }

    private static String sample(String colour, String dash) {
        return "<svg class=\"sample\" width=\"28\" height=\"10\"><line x1=\"0\" y1=\"5\" x2=\"28\" y2=\"5\" stroke=\""
                + colour + "\" stroke-width=\"2\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/></svg>";
    }

    private static String hex(int set) {
        return String.format("#%06x", CurvesPng.SET_COLOURS.get(set).getRGB() & 0xffffff);
    }
}
