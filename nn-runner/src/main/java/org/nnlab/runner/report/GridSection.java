package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.runner.curves.CurvesPng;
import org.nnlab.runner.report.BatchData.GridPoint;
import org.nnlab.runner.report.BatchData.Planned;
import org.nnlab.runner.run.Stats;

/**
 * A batch's grid: one row per grid point (its parameters, runs, and mean +- sd, min and max over seeds of the test
 * accuracy, the best validation accuracy and its epoch, as {@code summary.csv} gives them), and a chart of the
 * accuracies' mean +- sd per grid point with each run's value beside.
 */
final class GridSection {
    private static final String TEST_COLOUR = hex(2);
    private static final String VALIDATION_COLOUR = hex(1);

    private GridSection() {
    }

    static String html(BatchData batch, int index) {
        String id = "grid-" + index;
        Table table = new Table(id + "-table").cssClass("grid").text("grid point");
        batch.columns().forEach(c -> table.text(Html.shortKey(c, batch.columns()), c));
        table.number("runs").number("ok").number("failed").number("test acc. mean \u00b1 sd")
                .text("test min \u2013 max").number("best val. mean \u00b1 sd").text("val. min \u2013 max")
                .number("best epoch mean \u00b1 sd");
        for (GridPoint point : batch.points()) {
            Stats test = point.stats().get("test_accuracy");
            Stats validation = point.stats().get("best_validation_accuracy");
            Stats epoch = point.stats().get("best_epoch");
            table.row("data-point=\"" + Html.escape(point.name()) + "\"")
                    .raw("class=\"name\"", Html.escape(point.name()));
            batch.columns().forEach(c -> table.cell(point.parameters().getOrDefault(c, "")));
            table.cell(String.valueOf(point.runs()), point.runs()).cell(String.valueOf(point.ok()), point.ok())
                    .cell(String.valueOf(point.failed()), point.failed())
                    .cell(Html.percentSd(test.mean(), test.sd()), test.mean())
                    .cell(range(test), test.min())
                    .cell(Html.percentSd(validation.mean(), validation.sd()), validation.mean())
                    .cell(range(validation), validation.min())
                    .cell(Html.meanSd(epoch.mean(), epoch.sd(), 1), epoch.mean());
        }
        ErrorBarChart chart = new ErrorBarChart(id + "-chart", "accuracy (%)", 100);
        for (GridPoint point : batch.points()) {
            chart.add(new ErrorBarChart.Category(point.name(), List.of(
                    mark(batch, point, "best validation", "best_validation_accuracy", VALIDATION_COLOUR),
                    mark(batch, point, "test", "test_accuracy", TEST_COLOUR))));
        }
        return "<section class=\"grid\" id=\"" + id + "\"><h2>Batch " + Html.escape(batch.name()) + ": grid</h2>\n"
                + "<p class=\"where\">" + Html.escape(batch.dir().toAbsolutePath().normalize().toString()) + " \u2014 "
                + batch.planned().size() + " runs, " + batch.points().size() + " grid points</p>\n" + table.html()
                + "<figure><figcaption>Accuracy per grid point over seeds: mean (dot) \u00b1 sample sd (bar), each"
                + " run (ring). <span class=\"key\" style=\"color:" + VALIDATION_COLOUR + "\">\u25cf best validation"
                + "</span> <span class=\"key\" style=\"color:" + TEST_COLOUR + "\">\u25cf test</span></figcaption>"
                + chart.svg() + "</figure></section>\n";
    }

    private static ErrorBarChart.Mark mark(BatchData batch, GridPoint point, String series, String figure,
                                           String colour) {
        Stats stats = point.stats().get(figure);
        List<Double> values = new ArrayList<>();
        for (Planned planned : batch.planned()) {
            RunData run = batch.runs().get(planned.name());
            if (planned.point().equals(point.name()) && run != null && run.completed()
                    && !Double.isNaN(run.number(figure))) {
                values.add(run.number(figure));
            }
        }
        return new ErrorBarChart.Mark(series, colour, stats.mean(), stats.sd(),
                values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray());
    }

    private static String range(Stats stats) {
        return stats.n() == 0 ? Html.MISSING : Html.percent(stats.min()) + " \u2013 " + Html.percent(stats.max());
    }

    private static String hex(int set) {
        return String.format("#%06x", CurvesPng.SET_COLOURS.get(set).getRGB() & 0xffffff);
    }
}
