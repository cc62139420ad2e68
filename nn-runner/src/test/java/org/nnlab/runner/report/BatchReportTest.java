package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** The report of a 2 x 2 x 3 batch directory: its grid table and the mean +- sd chart agree with summary.csv. */
class BatchReportTest {
    @TempDir
    static Path dir;
    private static Fixtures fixtures;
    private static Path batch;

    @BeforeAll
    static void makeBatch() throws IOException {
        fixtures = new Fixtures(dir);
        batch = fixtures.batch("toy-grid", Fixtures.TOY);
    }

    private static String report(Path batchDir, String name) throws IOException {
        Path out = dir.resolve(name);
        Nn.Result result = fixtures.nn().run("report", batchDir.toString(), "-o", out.toString(), "--no-eval");
        assertEquals(0, result.exit(), result::toString);
        return Files.readString(out);
    }

    /** Mean and sd of each grid point's test accuracy, from the runs' summary.json by the textbook formulas. */
    private static List<double[]> expected(Path batchDir) {
        List<double[]> points = new ArrayList<>();
        for (String rate : Fixtures.RATES) {
            for (String l2 : Fixtures.L2S) {
                double[] v = Fixtures.SEEDS.stream().mapToDouble(seed -> Double.parseDouble(RunFiles.jsonField(
                        batchDir.resolve("learning-rate=" + rate + "_l2=" + l2 + "_seed=" + seed)
                                .resolve("summary.json"), "test_accuracy"))).toArray();
                points.add(new double[] {Fixtures.mean(v), Fixtures.sd(v)});
            }
        }
        return points;
    }

    private static void assertChartMatches(String html, List<double[]> expected) {
        List<String> marks = ReportCommandTest.matches(html, "<g class=\"point\" data-point=\"[^\"]+\" data-series="
                + "\"test\" data-mean=\"([^\"]+)\" data-sd=\"([^\"]+)\" data-n=\"3\">");
        assertEquals(4, marks.size(), "a test mark per grid point");
        for (int p = 0; p < 4; p++) {
            String[] meanSd = marks.get(p).split(" ");
            assertEquals(expected.get(p)[0], Double.parseDouble(meanSd[0]), 1e-12, "mean of point " + p);
            assertEquals(expected.get(p)[1], Double.parseDouble(meanSd[1]), 1e-12, "sd of point " + p);
        }
    }

    @Test
    void theGridTableAndChart_showEachPointsMeanAndSdOverSeeds() throws IOException {
        String html = report(batch, "batch.html");
        assertTrue(html.contains("<title>nn report: batch toy-grid</title>"));
        assertEquals(12, ReportCommandTest.count(html, "<tr data-status=\"completed\">"), "12 runs");
        assertEquals(4, ReportCommandTest.count(html, "<tr data-point=\"learning-rate=0\\.[15]_l2=[01]\\.0\">"),
                "4 grid points");
        assertEquals(8, ReportCommandTest.count(html, "<g class=\"point\""), "test and best validation per point");
        assertChartMatches(html, expected(batch));
        assertTrue(html.contains("<th data-type=\"text\" tabindex=\"0\" title=\"optimizer.learning-rate\">"
                + "learning-rate</th>"), "parameter columns by their short names");
    }

    @Test
    void aBatchInProgress_showsPendingRuns_andFiguresFromTheRunsThereAre() throws IOException {
        Path copy = dir.resolve("in-progress");
        try (Stream<Path> files = Files.walk(batch)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(batch.relativize(file).toString()));
            }
        }
        Files.delete(copy.resolve("summary.csv"));
        try (Stream<Path> files = Files.walk(copy.resolve("learning-rate=0.5_l2=1.0_seed=3"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        String html = report(copy, "in-progress.html");
        assertEquals(1, ReportCommandTest.count(html, "<tr data-status=\"pending\">"), "the run not started");
        assertTrue(html.contains("batch toy-grid: 1 of 12 runs have not started (no run directory yet)"), html);
        assertTrue(html.contains("no readable summary.csv: the figures per grid point are computed from the run"
                + " directories"), html);
        List<double[]> expected = expected(batch).subList(0, 3);
        List<String> marks = ReportCommandTest.matches(html, "<g class=\"point\" data-point=\"[^\"]+\""
                + " data-series=\"test\" data-mean=\"([^\"]+)\" data-sd=\"([^\"]+)\" data-n=\"(\\d)\">");
        assertEquals(4, marks.size());
        for (int p = 0; p < 3; p++) {
            String[] figures = marks.get(p).split(" ");
            assertEquals(expected.get(p)[0], Double.parseDouble(figures[0]), 1e-12, "mean of point " + p);
            assertEquals(expected.get(p)[1], Double.parseDouble(figures[1]), 1e-12, "sd of point " + p);
        }
        assertTrue(marks.get(3).endsWith(" 2"), "the last point has two runs: " + marks.get(3));
    }
}
