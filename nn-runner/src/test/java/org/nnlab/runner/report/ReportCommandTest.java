package org.nnlab.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** {@code nn report} on runs as {@code nn run} leaves them: completed, in progress, stopped, and on bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private Fixtures fixtures;
    private Path out;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(dir);
        out = dir.resolve("report.html");
    }

    private Nn.Result report(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "-o";
        all[args.length + 2] = out.toString();
        return fixtures.nn().run(all);
    }

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The groups of each match of {@code regex}, joined by spaces. */
    static java.util.List<String> matches(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            StringBuilder groups = new StringBuilder();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.append(g == 1 ? "" : " ").append(m.group(g));
            }
            found.add(groups.toString());
        }
        return found;
    }

    @Test
    void aRunsPage_hasItsRow_curves_config_confusionMatrix_andProvenance_withNothingFromTheNetwork()
            throws IOException {
        Path run = fixtures.run(Fixtures.TOY, dir.resolve("run-a"));
        Nn.Result result = report(run.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("wrote " + out + ": 1 run\n", result.out());
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>nn report: run run-a</title>"), "titled by the run");
        assertEquals(1, count(html, "<tr data-status=\"completed\">"), "one row in the runs table");
        assertEquals(3, count(html, "<g class=\"series\" data-set=\"[a-z]+\" data-run=\"run-a\"[^>]*><title>run-a"
                + " [a-z]+ accuracy"), "train, validation and test accuracy curves");
        assertEquals(1, count(html, "<table class=\"heatmap\" data-run=\"run-a\">"), "the test confusion matrix");
        assertEquals(1, count(html, "<table id=\"per-class-run-a\""), "precision, recall and F1 per class");
        assertTrue(html.contains("<code>optimizer.learning-rate</code></td><td>1.0</td>"), "the resolved config");
        assertTrue(html.contains("id=\"provenance-table\""));
        assertFalse(html.contains("id=\"notes\""), "a completed run needs no note");
        for (String external : new String[] {"src=\"http", "href=\"http", "<link", "<script src", "url("}) {
            assertFalse(html.contains(external), "nothing loaded from elsewhere: " + external);
        }
    }

    @Test
    void severalRuns_configsSideBySide_withTheDifferencesMarked() throws IOException {
        Path a = fixtures.run(Fixtures.TOY, dir.resolve("a"));
        Path b = fixtures.run(Fixtures.TOY, dir.resolve("b"), "optimizer.learning-rate=0.5", "training.epochs=2");
        Nn.Result result = report(a.toString(), b.toString(), "--no-eval");
        assertEquals(0, result.exit(), result::toString);
        String html = Files.readString(out);
        assertEquals(2, count(html, "<tr class=\"differs\"><td class=\"key\"><code>(optimizer.learning-rate|"
                + "training.epochs)</code>"), "the two keys that differ are marked");
        assertTrue(html.contains("<td class=\"changed\">0.5</td>"), "the differing value highlighted");
        assertEquals(0, count(html, "class=\"heatmap\""), "--no-eval: no confusion matrix");
    }

    @Test
    void aDirectoryThatIsNeitherARunNorABatch_isAUserError_namingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path runs = Files.createDirectories(dir.resolve("runs"));
        fixtures.run(Fixtures.TOY, runs.resolve("r1"));
        Nn.Result result = report(empty.toString(), runs.toString(), dir.resolve("missing").toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertEquals(empty + ": not a run directory (no config.yaml beside a summary.json) nor a batch directory (no"
                + " batch.yaml); give directories made by nn run or nn batch\n"
                + runs + ": not a run directory (no config.yaml beside a summary.json) nor a batch directory (no"
                + " batch.yaml); it holds 1 run or batch directory: give them, e.g. nn report " + runs.resolve("*")
                + "\n" + dir.resolve("missing") + ": no such directory; give run directories (made by nn run) or batch"
                + " directories (nn batch)\n", result.err(), "every bad directory, named");
        assertFalse(Files.exists(out), "no page is written");
    }

    @Test
    void anOutputInAMissingDirectory_isAUserError() throws IOException {
        Path run = fixtures.run(Fixtures.TOY, dir.resolve("run"));
        Nn.Result result = fixtures.nn().run("report", run.toString(), "-o", dir.resolve("no/such/r.html").toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("does not exist; give a file name"), result::toString);
    }

    @Test
    void aRunStillInProgress_isReportedAsSuch_andShownWithTheEpochsItHas() throws IOException {
        Path run = fixtures.run(Fixtures.TOY, dir.resolve("busy"));
        Files.writeString(run.resolve("summary.json"), RunFiles.read(run.resolve("summary.json"))
                .replace("\"status\": \"completed\"", "\"status\": \"running\""));
        Files.writeString(run.resolve("INCOMPLETE"), "running since 2025-01-02T03:04:05Z\n");
        Nn.Result result = report(run.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("wrote " + out + ": 1 run (1 not completed)\n", result.out());
        String html = Files.readString(out);
        assertTrue(html.contains("<li class=\"status-note\" data-run=\"busy\">busy is <span class=\"badge"
                + " status-running\">running</span>: still training, or stopped without a chance to say so (kill -9);"
                + " INCOMPLETE says: running since 2025-01-02T03:04:05Z; shown with the epochs it has</li>"), html);
        assertEquals(1, count(html, "<tr data-status=\"running\">"));
        assertEquals(3, count(html, "<g class=\"series\" data-set=\"[a-z]+\" data-run=\"busy\"[^>]*><title>busy"
                + " [a-z]+ accuracy"), "its curves so far");
    }

    @Test
    void aStoppedRun_andOneThatNeverFinishedAnEpoch_areShown() throws IOException {
        Path stopped = fixtures.run(Fixtures.TOY, dir.resolve("stopped"));
        Files.writeString(stopped.resolve("summary.json"), RunFiles.read(stopped.resolve("summary.json"))
                .replace("\"status\": \"completed\"", "\"status\": \"incomplete\""));
        Files.writeString(stopped.resolve("INCOMPLETE"), "incomplete: stopped by an interrupt after epoch 3 of 9\n");
        Path early = Files.createDirectories(dir.resolve("early"));
        Files.copy(stopped.resolve("config.yaml"), early.resolve("config.yaml"));
        Files.copy(stopped.resolve("provenance.json"), early.resolve("provenance.json"));
        Nn.Result result = report(stopped.toString(), early.toString());
        assertEquals(0, result.exit(), result::toString);
        String html = Files.readString(out);
        assertTrue(html.contains("stopped is <span class=\"badge status-incomplete\">incomplete</span>: incomplete:"
                + " stopped by an interrupt after epoch 3 of 9"), html);
        assertTrue(html.contains("<tr data-status=\"unknown\">"), "a run without summary.json has a row");
        assertTrue(html.contains("early: no summary.json: the run stopped before its first write"), html);
        assertTrue(html.contains("early: no confusion matrix (no model.nnm yet: the run has not finished an epoch)"),
                html);
    }

    @Test
    void runsWithDifferentMetricsColumns_areNoted_andEachDrawsWhatItHas() throws IOException {
        Path full = fixtures.run(Fixtures.TOY, dir.resolve("full"));
        Path older = fixtures.run(Fixtures.TOY, dir.resolve("older"));
        StringBuilder csv = new StringBuilder("epoch,train_cost,train_accuracy,test_cost,test_accuracy\n");
        for (String row : RunFiles.read(older.resolve("metrics.csv")).lines().skip(1).toList()) {
            String[] cells = row.split(",", -1);
            csv.append(String.join(",", cells[0], cells[1], cells[2], cells[5], cells[6])).append('\n');
        }
        Files.writeString(older.resolve("metrics.csv"), csv);
        Nn.Result result = report(full.toString(), older.toString(), "--no-eval");
        assertEquals(0, result.exit(), result::toString);
        String html = Files.readString(out);
        assertTrue(html.contains("older: metrics.csv has no validation_cost, validation_accuracy, train_seconds,"
                + " eval_seconds, learning_rate, train_data_cost, validation_data_cost, test_data_cost columns (other runs do; it has epoch, train_cost, train_accuracy, test_cost,"
                + " test_accuracy): its curves show what it has"), html);
        assertEquals(2, count(html, "data-run=\"older\"[^>]*><title>older [a-z]+ accuracy"), "train and test");
        assertEquals(3, count(html, "data-run=\"full\"[^>]*><title>full [a-z]+ accuracy"));
    }
}
