package org.nnlab.runner.report;

import java.util.LinkedHashSet;
import java.util.Set;

/** The table of runs: parameters, seed, status, epochs and the figures of {@code summary.json}, sortable. */
final class RunsSection {
    private RunsSection() {
    }

    static String html(Report report) {
        Set<String> columns = new LinkedHashSet<>();
        report.batches().forEach(b -> columns.addAll(b.columns()));
        boolean batchColumn = report.batches().size() > 1
                || !report.batches().isEmpty() && report.runs().stream().anyMatch(e -> e.batch() == null);
        Table table = new Table("runs-table").text("run");
        if (batchColumn) {
            table.text("batch");
        }
        columns.forEach(c -> table.text(Html.shortKey(c, columns), c));
        table.number("seed").text("status").number("epochs").number("test accuracy").number("best validation")
                .number("best epoch").number("test cost").number("seconds");
        for (Report.Entry entry : report.runs()) {
            RunData run = entry.data();
            table.row("data-status=\"" + Html.escape(entry.status()) + "\"");
            table.raw("class=\"name\" title=\"" + Html.escape(run == null ? "not started"
                    : run.dir().toAbsolutePath().toString()) + "\"", Html.escape(entry.name()));
            if (batchColumn) {
                table.cell(entry.batch() == null ? "" : entry.batch().name());
            }
            for (String column : columns) {
                table.cell(entry.planned() == null ? "" : entry.planned().parameters().getOrDefault(column, ""));
            }
            String seed = entry.planned() != null ? entry.planned().seed()
                    : run.config().getOrDefault("seed", "");
            table.cell(seed, seed);
            table.raw("data-sort=\"" + Html.escape(entry.status()) + "\"", badge(entry.status(),
                    run == null ? "" : run.statusDetail()));
            if (run == null) {
                for (int i = 0; i < 6; i++) {
                    table.cell("", "");
                }
                continue;
            }
            double epochs = run.number("epochs_run");
            double planned = run.number("epochs_planned");
            table.cell(Double.isNaN(epochs) ? Html.MISSING : Html.fixed(epochs, 0) + " / " + Html.fixed(planned, 0),
                    epochs);
            table.cell(Html.percent(run.number("test_accuracy")), run.number("test_accuracy"));
            table.cell(Html.percent(run.number("best_validation_accuracy")), run.number("best_validation_accuracy"));
            table.cell(Html.fixed(run.number("best_epoch"), 0), run.number("best_epoch"));
            table.cell(Html.fixed(run.number("test_cost"), 4), run.number("test_cost"));
            double seconds = run.number("train_seconds") + run.number("eval_seconds");
            table.cell(Html.fixed(seconds, 1), seconds);
        }
        return "<section id=\"runs\"><h2>Runs</h2>\n" + table.html() + "</section>\n";
    }

    /** A status as a coloured label; its detail (why it is not completed) as the tooltip. */
    static String badge(String status, String detail) {
        return "<span class=\"badge status-" + Html.id(status) + "\"" + (detail.isEmpty() ? ""
                : " title=\"" + Html.escape(detail) + "\"") + ">" + Html.escape(status) + "</span>";
    }
}
