package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;

/** A CSV file as a header and rows of cells: commas, double quotes around a cell, {@code ""} for a quote. */
record CsvTable(List<String> header, List<List<String>> rows) {
    CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static CsvTable parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
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
