package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.runner.run.Csv;

/** A CSV file as a header and rows of cells: commas, double quotes around a cell, {@code ""} for a quote. */
record CsvTable(List<String> header, List<List<String>> rows) {
    CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static CsvTable parse(String text) {
        List<List<String>> lines = new ArrayList<>(Csv.parse(text));
        lines.removeIf(line -> line.size() == 1 && line.get(0).isBlank());
        if (lines.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(lines.get(0), lines.subList(1, lines.size()));
    }

    /** The index of {@code column} in the header, or -1. */
    int column(String column) {
        return header.indexOf(column);
    }

    /** The cell of {@code row} under {@code column}; empty when the row is short or the column missing. */
    String cell(List<String> row, String column) {
        int c = column(column);
        return c < 0 || c >= row.size() ? "" : row.get(c);
    }
}
