package org.nnlab.runner.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole page: one HTML file with its style and script inline and its charts as inline SVG, so it opens with
 * no network. A first script records any script error in the {@code data-script-errors} attribute of the
 * {@code html} element; the last sets {@code data-script-ready} when the page's behaviour is in place.
 */
final class Page {
    private Page() {
    }

    static String html(Report report, String title, String generated) {
        List<RunData> present = report.present();
        StringBuilder body = new StringBuilder();
        body.append("<header><h1>").append(Html.escape(title)).append("</h1><p class=\"where\">")
                .append(Html.escape(generated)).append("</p><nav>").append(nav(report)).append("</nav></header>\n");
        body.append(notes(report));
        body.append(RunsSection.html(report));
        for (int i = 0; i < report.batches().size(); i++) {
            body.append(GridSection.html(report.batches().get(i), i + 1));
        }
        body.append(CurvesSection.html(report));
        if (!present.isEmpty()) {
            body.append("<section id=\"configs\"><h2>Resolved configs</h2>\n").append(SideBySide.html("config-table",
                    present.stream().map(RunData::name).toList(), present.stream().map(RunData::config).toList(),
                    present.size() > 4)).append("</section>\n");
            body.append(ConfusionSection.html(present));
            body.append(ProvenanceSection.html(present));
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>\n<script>" + resource("errors.js") + "</script>\n<style>"
                + resource("report.css") + "</style></head>\n<body>\n" + body + "<footer>Made by nn report. Click a"
                + " column's header to sort the table by it.</footer>\n<script>" + resource("report.js")
                + "</script>\n</body></html>\n";
    }

    private static String nav(Report report) {
        StringBuilder nav = new StringBuilder("<a href=\"#runs\">runs</a>");
        for (int i = 0; i < report.batches().size(); i++) {
            nav.append("<a href=\"#grid-").append(i + 1).append("\">grid: ")
                    .append(Html.escape(report.batches().get(i).name())).append("</a>");
        }
        nav.append("<a href=\"#curves\">learning curves</a>");
        if (!report.present().isEmpty()) {
            nav.append("<a href=\"#configs\">configs</a><a href=\"#confusion\">confusion matrices</a>"
                    + "<a href=\"#provenance\">provenance</a>");
        }
        return nav.toString();
    }

    /** Runs not completed, files that could not be read, columns that differ: in one list at the top. */
    private static String notes(Report report) {
        List<String> items = new ArrayList<>();
        for (Report.Entry entry : report.runs()) {
            RunData run = entry.data();
            if (run != null && !run.completed()) {
                items.add("<li class=\"status-note\" data-run=\"" + Html.escape(run.name()) + "\">"
                        + Html.escape(run.name()) + " is " + RunsSection.badge(run.status(), "")
                        + (run.statusDetail().isEmpty() ? "" : ": " + Html.escape(run.statusDetail()))
                        + "; shown with the epochs it has</li>");
            }
            if (run != null) {
                run.notes().forEach(n -> items.add("<li>" + Html.escape(run.name() + ": " + n) + "</li>"));
            }
        }
        for (BatchData batch : report.batches()) {
            batch.notes().forEach(n -> items.add("<li>batch " + Html.escape(batch.name() + ": " + n) + "</li>"));
        }
        report.notes().forEach(n -> items.add("<li>" + Html.escape(n) + "</li>"));
        if (items.isEmpty()) {
            return "";
        }
        return "<section id=\"notes\"><h2>Notes</h2><ul>" + String.join("\n", items) + "</ul></section>\n";
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(Page.class.getResourceAsStream(name), name + " is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the report's " + name, e);
        }
    }
}
