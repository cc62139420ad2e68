package org.nnlab.runner.report;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Where each run's numbers come from: a table of the main facts of {@code provenance.json} (framework version and
 * commit, JVM, OS, threads, data, start and end), and the whole of it side by side, differences highlighted.
 */
final class ProvenanceSection {
    private ProvenanceSection() {
    }

    static String html(List<RunData> runs) {
        Table table = new Table("provenance-table").text("run").text("framework").text("git commit").text("JVM")
                .text("OS").number("threads").text("dataset").text("started").number("wall seconds");
        for (RunData run : runs) {
            Map<String, String> p = run.provenance();
            String commit = p.getOrDefault("framework.git_commit", "");
            commit = commit.length() > 12 ? commit.substring(0, 12) : commit;
            if ("true".equals(p.get("framework.git_dirty"))) {
                commit += " (uncommitted changes)";
            }
            double wall = seconds(p.get("started_at"), p.get("ended_at"));
            table.row("").cell(run.name()).cell(p.getOrDefault("framework.version", ""))
                    .cell(commit).cell(p.getOrDefault("jvm.version", "") + " " + p.getOrDefault("jvm.vendor", ""))
                    .cell(p.getOrDefault("os.name", "") + " " + p.getOrDefault("os.arch", ""))
                    .cell(p.getOrDefault("threads", ""), p.getOrDefault("threads", ""))
                    .cell(p.getOrDefault("dataset.name", "") + " (train " + p.getOrDefault("dataset.train", "?")
                            + ", validation " + p.getOrDefault("dataset.validation", "?") + ", test "
                            + p.getOrDefault("dataset.test", "?") + ")")
                    .cell(p.getOrDefault("started_at", ""), p.getOrDefault("started_at", ""))
                    .cell(Html.fixed(wall, 1), wall);
        }
        return "<section id=\"provenance\"><h2>Provenance</h2>\n" + table.html()
                + "<details class=\"full-provenance\"><summary>All of provenance.json, side by side</summary>"
                + SideBySide.html("provenance-side", runs.stream().map(RunData::name).toList(),
                runs.stream().map(RunData::provenance).toList(), false)
                + "</details></section>\n";
    }

    private static double seconds(String start, String end) {
        if (start == null || end == null || "null".equals(end)) {
            return Double.NaN;
        }
        try {
            return Duration.between(Instant.parse(start), Instant.parse(end)).toMillis() / 1000.0;
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }
}
