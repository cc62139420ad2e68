package org.nnlab.runner.report;

import java.util.List;
import java.util.Locale;
import org.nnlab.runner.eval.ConfusionMatrix;

/**
 * Per run, the test set's confusion matrix as a heatmap (rows: true class, columns: predicted; a cell's shade is
 * its share of the row, blue on the diagonal, red off it, scaled to the largest error) and the per-class
 * precision, recall and F1.
 */
final class ConfusionSection {
    private static final int OPEN_UP_TO = 2;

    private ConfusionSection() {
    }

    static String html(List<RunData> runs) {
        StringBuilder out = new StringBuilder("<section id=\"confusion\"><h2>Test set: confusion matrix and per-class"
                + " figures</h2>\n");
        int shown = 0;
        for (RunData run : runs) {
            ConfusionMatrix matrix = run.confusion();
            if (matrix == null) {
                out.append("<p class=\"empty\">").append(Html.escape(run.name())).append(": no confusion matrix")
                        .append(run.confusionNote().isEmpty() ? "" : " (" + Html.escape(run.confusionNote()) + ")")
                        .append("</p>\n");
                continue;
            }
            out.append("<details class=\"confusion\"").append(shown < OPEN_UP_TO || runs.size() <= OPEN_UP_TO
                    ? " open" : "").append("><summary>").append(Html.escape(run.name())).append(": test accuracy ")
                    .append(Html.percent(matrix.accuracy())).append(" on ").append(matrix.total())
                    .append(" examples</summary><div class=\"confusion-body\">").append(heatmap(run, matrix))
                    .append(perClass(run, matrix)).append("</div></details>\n");
            shown++;
        }
        return out.append("</section>\n").toString();
    }

    private static String heatmap(RunData run, ConfusionMatrix m) {
        int n = m.classes();
        double worst = 0;
        for (int a = 0; a < n; a++) {
            for (int p = 0; p < n; p++) {
                if (a != p && m.support(a) > 0) {
                    worst = Math.max(worst, (double) m.count(a, p) / m.support(a));
                }
            }
        }
        StringBuilder out = new StringBuilder("<table class=\"heatmap\" data-run=\"" + Html.escape(run.name())
                + "\"><caption>rows: true class, columns: predicted</caption><thead><tr><th></th>");
        for (int p = 0; p < n; p++) {
            out.append("<th>").append(p).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (int a = 0; a < n; a++) {
            out.append("<tr><th>").append(a).append("</th>");
            for (int p = 0; p < n; p++) {
                long count = m.count(a, p);
                double share = m.support(a) == 0 ? 0 : (double) count / m.support(a);
                String background = a == p ? String.format(Locale.ROOT, "rgba(31,119,180,%.3f)", share)
                        : String.format(Locale.ROOT, "rgba(214,39,40,%.3f)", worst == 0 ? 0 : 0.85 * share / worst);
                boolean dark = a == p ? share > 0.55 : worst > 0 && share / worst > 0.6;
                out.append("<td style=\"background:").append(background).append('"')
                        .append(dark ? " class=\"dark\"" : "")
                        .append(String.format(Locale.ROOT, " title=\"true %d, predicted %d: %d (%.1f%% of class %d)\">",
                                a, p, count, 100 * share, a)).append(count == 0 ? "" : count).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private static String perClass(RunData run, ConfusionMatrix m) {
        Table table = new Table("per-class-" + Html.id(run.name())).cssClass("per-class").number("class")
                .number("precision").number("recall").number("F1").number("support");
        double sumP = 0;
        double sumR = 0;
        double sumF = 0;
        for (int c = 0; c < m.classes(); c++) {
            table.row("").cell(String.valueOf(c), c).cell(Html.fixed(m.precision(c), 4), m.precision(c))
                    .cell(Html.fixed(m.recall(c), 4), m.recall(c)).cell(Html.fixed(m.f1(c), 4), m.f1(c))
                    .cell(String.valueOf(m.support(c)), m.support(c));
            sumP += zero(m.precision(c));
            sumR += zero(m.recall(c));
            sumF += zero(m.f1(c));
        }
        int n = m.classes();
        return "<div>" + table.html() + String.format(Locale.ROOT, "<p class=\"macro\">macro average: precision %.4f,"
                + " recall %.4f, F1 %.4f</p></div>", sumP / n, sumR / n, sumF / n);
    }

    private static double zero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
