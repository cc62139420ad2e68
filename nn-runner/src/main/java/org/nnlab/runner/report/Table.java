package org.nnlab.runner.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table the page's script can sort by any column (click its header): numbers sort by the value in each cell's
 * {@code data-sort} (empty last), text by its words.
 */
final class Table {
    private final String id;
    private final List<String> head = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private String cssClass = "sortable";
    private boolean rowOpen;

    Table(String id) {
        this.id = id;
    }

    Table cssClass(String extra) {
        cssClass = "sortable " + extra;
        return this;
    }

    /** A text column. */
    Table text(String label) {
        head.add("<th data-type=\"text\" tabindex=\"0\">" + Html.escape(label) + "</th>");
        return this;
    }

    /** A text column headed by a short label, its full name shown on hovering. */
    Table text(String label, String title) {
        head.add("<th data-type=\"text\" tabindex=\"0\" title=\"" + Html.escape(title) + "\">" + Html.escape(label)
                + "</th>");
        return this;
    }

    /** A number column. */
    Table number(String label) {
        head.add("<th data-type=\"num\" tabindex=\"0\">" + Html.escape(label) + "</th>");
        return this;
    }

    /** Starts a row; {@code attributes} is raw HTML (e.g. {@code class="differs"}), or empty. */
    Table row(String attributes) {
        endRow();
        body.append("<tr").append(attributes.isEmpty() ? "" : " " + attributes).append('>');
        rowOpen = true;
        return this;
    }

    /** A cell of escaped text. */
    Table cell(String text) {
        body.append("<td>").append(Html.escape(text)).append("</td>");
        return this;
    }

    /** A cell of escaped text that sorts by {@code key}. */
    Table cell(String text, String key) {
        body.append("<td data-sort=\"").append(Html.escape(key)).append("\">").append(Html.escape(text))
                .append("</td>");
        return this;
    }

    /** A number cell: {@code text} shown, {@code value} sorted by. */
    Table cell(String text, double value) {
        return cell(text, Html.key(value));
    }

    /** A cell of raw HTML with raw attributes. */
    Table raw(String attributes, String html) {
        body.append("<td").append(attributes.isEmpty() ? "" : " " + attributes).append('>').append(html)
                .append("</td>");
        return this;
    }

    String html() {
        endRow();
        return "<div class=\"table-wrap\"><table id=\"" + Html.escape(id) + "\" class=\"" + cssClass
                + "\"><thead><tr>" + String.join("", head) + "</tr></thead><tbody>" + body + "</tbody></table></div>\n";
    }

    private void endRow() {
        if (rowOpen) {
            body.append("</tr>\n");
            rowOpen = false;
        }
    }
}
