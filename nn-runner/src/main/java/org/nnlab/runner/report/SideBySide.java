package org.nnlab.runner.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flat key-value documents (resolved configs, provenance) side by side: a row per key, a column per run; a row
 * whose value is not the same in every run is marked {@code differs} and its cells highlighted, and a check box
 * hides the rows that agree.
 */
final class SideBySide {
    private SideBySide() {
    }

    static String html(String id, List<String> names, List<Map<String, String>> documents, boolean onlyDifferences) {
        Set<String> keys = new LinkedHashSet<>();
        documents.forEach(d -> keys.addAll(d.keySet()));
        Table table = new Table(id).cssClass("side-by-side").text("key");
        names.forEach(table::text);
        int differing = 0;
        for (String key : keys) {
            Set<String> values = new LinkedHashSet<>();
            documents.forEach(d -> values.add(Objects.requireNonNullElse(d.get(key), "\u0000")));
            boolean differs = values.size() > 1;
            differing += differs ? 1 : 0;
            table.row(differs ? "class=\"differs\"" : "").raw("class=\"key\"", "<code>" + Html.escape(key) + "</code>");
            for (Map<String, String> document : documents) {
                String value = document.get(key);
                table.raw(differs ? "class=\"changed\"" : "", value == null ? "<span class=\"absent\">absent</span>"
                        : Html.escape(value));
            }
        }
        return "<p class=\"diff-summary\">" + keys.size() + " keys, " + differing + " differ between the runs"
                + (names.size() < 2 ? "" : "; differences highlighted") + ". <label><input type=\"checkbox\""
                + " data-only-differences=\"" + Html.escape(id) + "\"" + (onlyDifferences ? " checked" : "")
                + "> only keys that differ</label></p>\n" + table.html();
    }
}
