package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;

/**
 * The report of a 2 x 2 x 3 batch of quick digits20 runs, opened in headless Chromium: the rendered page has the
 * expected rows and charts, its script ran without error, a link sorts a table, and a screenshot is taken (into
 * {@code target/report-screenshots/}). Skipped, with a message, where Chromium is not installed; CI installs it.
 */
class BrowserReportTest {
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    @TempDir
    static Path dir;
    private static Chromium chromium;
    private static Path page;

    @BeforeAll
    static void makeTheReport() throws IOException {
        if (!Chromium.installed()) {
            System.out.println("BrowserReportTest skipped: " + Chromium.BINARY + " is not installed"
                    + " (.ci/run installs it: apt-get install -y chromium)");
        }
        assumeTrue(Chromium.installed(), Chromium.BINARY + " is not installed; .ci/run installs it");
        chromium = new Chromium(Files.createDirectories(dir.resolve("chromium")));
        Fixtures fixtures = new Fixtures(dir);
        Path batch = fixtures.batch("digits20-quick", Fixtures.DIGITS);
        page = dir.resolve("report.html");
        Nn.Result result = fixtures.nn().run("report", batch.toString(), "-o", page.toString(), "--quiet");
        assertEquals(0, result.exit(), result::toString);
    }

    @Test
    void theRenderedPage_hasTheRowsAndCharts_andNoScriptError() throws Exception {
        String dom = chromium.dumpDom(page.toUri().toString());
        String root = extract(dom, "<html", ">");
        assertTrue(root.contains("data-script-ready=\"true\""), "the page's script ran to its end: " + root);
        assertFalse(root.contains("data-script-errors"), "no script error: " + root);
        assertTrue(root.contains("data-sortable-tables=\"" + (1 + 1 + 12 + 1 + 2) + "\""),
                "runs, grid, 12 per-class tables, configs and two provenance tables are sortable: " + root);
        assertEquals(12, ReportCommandTest.count(dom, "<tr data-status=\"completed\">"), "a row per run");
        assertEquals(4, ReportCommandTest.count(dom, "<tr data-point=\""), "a row per grid point");
        assertEquals(8, ReportCommandTest.count(dom, "<g class=\"point\" data-point=\"[^\"]+\" data-series="
                + "\"(test|best validation)\" data-mean=\"0\\.\\d+\" data-sd=\"0\\.\\d+\" data-n=\"3\">"),
                "mean +- sd of test and best validation accuracy per grid point");
        assertEquals(8, ReportCommandTest.count(dom, "<path class=\"error-bar\""), "an error bar per mark");
        assertEquals(36, ReportCommandTest.count(extract(dom, "<svg id=\"curves-accuracy\"", "</svg>"),
                "<polyline class=\"line\""), "train, validation and test accuracy of 12 runs");
        assertEquals(12, ReportCommandTest.count(dom, "<table class=\"heatmap\""), "a confusion matrix per run");
    }

    @Test
    void aScriptErrorWouldShowInTheRenderedPage() throws Exception {
        String recorder;
        try (var in = Page.class.getResourceAsStream("errors.js")) {
            recorder = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path broken = Files.writeString(dir.resolve("broken.html"), "<!DOCTYPE html><html><head><script>" + recorder
                + "</script></head><body><script>undefinedFunction();</script></body></html>");
        String root = extract(chromium.dumpDom(broken.toUri().toString()), "<html", ">");
        assertTrue(root.contains("data-script-errors=\"Uncaught ReferenceError: undefinedFunction is not defined"),
                "the recorder the report carries catches an error: " + root);
    }

    @Test
    void aLinkSortsTheRunsTable_byTestAccuracy() throws Exception {
        List<String> headers = ReportCommandTest.matches(extract(Files.readString(page), "<table id=\"runs-table\"",
                "</thead>"), "<th [^>]*>([^<]+)</th>");
        int column = headers.indexOf("test accuracy");
        String dom = chromium.dumpDom(page.toUri() + "#sort=runs-table." + column + ".descending");
        String table = extract(dom, "<table id=\"runs-table\"", "</table>");
        assertTrue(table.contains("aria-sort=\"descending\">test accuracy</th>"), table);
        List<Double> accuracies = ReportCommandTest.matches(extract(table, "<tbody>", "</tbody>"),
                "<tr data-status=\"completed\">(?:<td[^>]*>.*?</td>){" + column + "}<td data-sort=\"([^\"]+)\">")
                .stream().map(Double::parseDouble).toList();
        assertEquals(12, accuracies.size());
        for (int i = 1; i < accuracies.size(); i++) {
            assertTrue(accuracies.get(i - 1) >= accuracies.get(i), "sorted, highest first: " + accuracies);
        }
    }

    @Test
    void aScreenshotShowsThePage() throws Exception {
        Path png = Files.createDirectories(SCREENSHOTS).resolve("batch-report.png");
        Files.deleteIfExists(png);
        chromium.screenshot(page.toUri().toString(), png, 1400, 2400);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals(2400, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "text, tables and charts, not a blank page: " + colours.size() + " colours");
        System.out.println("BrowserReportTest: screenshot of the batch report in " + png.toAbsolutePath());
    }

    private static String extract(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, "the page has " + start);
        return text.substring(from, text.indexOf(end, from) + end.length());
    }
}
