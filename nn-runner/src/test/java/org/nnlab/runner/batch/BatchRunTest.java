package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * A batch of 8 toy runs, run one at a time and two at a time: the same results, bit for bit, as each run alone;
 * summary.csv agrees with a calculation of its own from runs.csv; compare shows both.
 */
class BatchRunTest {
    @TempDir
    static Path dir;
    private static Nn nn;
    private static Path serial;
    private static Path parallel;

    @BeforeAll
    static void runTheBatchTwice() {
        nn = new Nn(dir.resolve("cache"));
        Path file = BatchFiles.write(dir, BatchFiles.GRID);
        serial = dir.resolve("serial");
        parallel = dir.resolve("parallel");
        for (String[] args : List.of(new String[] {"--batch-dir", serial.toString(), "--parallel", "1"},
                new String[] {"--batch-dir", parallel.toString(), "--parallel", "2", "--threads", "1"})) {
            List<String> all = new ArrayList<>(List.of("batch", file.toString(), "--quiet"));
            all.addAll(List.of(args));
            Nn.Result result = nn.run(all.toArray(String[]::new));
            assertEquals(0, result.exit(), result::toString);
        }
    }

    @Test
    void oneAtATimeAndTwoAtATime_giveTheSameRuns() throws IOException {
        assertEquals(BatchOutputs.runsWithoutSeconds(serial), BatchOutputs.runsWithoutSeconds(parallel),
                "runs.csv is the same apart from the seconds");
        assertEquals(RunFiles.read(serial.resolve(BatchTables.SUMMARY)),
                RunFiles.read(parallel.resolve(BatchTables.SUMMARY)));
        List<List<String>> rows = BatchOutputs.csv(serial.resolve(BatchTables.RUNS));
        assertEquals(List.of("run", "optimizer.learning-rate", "optimizer.l2", "seed", "status", "test_accuracy",
                "best_validation_accuracy", "best_epoch", "epochs_run", "seconds", "error"), rows.get(0));
        assertEquals(9, rows.size(), "a row per run");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals("ok", row.get(4), row::toString);
            Path a = serial.resolve(row.get(0));
            Path b = parallel.resolve(row.get(0));
            assertArrayEquals(Files.readAllBytes(a.resolve("model.nnm")), Files.readAllBytes(b.resolve("model.nnm")),
                    "the same model bytes in " + row.get(0));
            assertEquals(RunFiles.metricsWithoutSeconds(a), RunFiles.metricsWithoutSeconds(b));
            assertEquals(row.get(5), RunFiles.jsonField(a.resolve("summary.json"), "test_accuracy"),
                    "runs.csv holds what the run's summary says");
        }
    }

    @Test
    void aRunOfTheBatch_isTheSameRunAsAlone() throws IOException {
        Path alone = dir.resolve("alone");
        Nn.Result result = nn.run("run", dir.resolve("toy.yaml").toString(), "--run-dir", alone.toString(),
                "--set", "optimizer.learning-rate=1.0", "--set", "optimizer.l2=5.0", "--set", "seed=2", "--quiet");
        assertEquals(0, result.exit(), result::toString);
        Path inBatch = parallel.resolve("learning-rate=1.0_l2=5.0_seed=2");
        assertArrayEquals(Files.readAllBytes(alone.resolve("model.nnm")),
                Files.readAllBytes(inBatch.resolve("model.nnm")));
        assertEquals(RunFiles.read(alone.resolve("config.yaml")), RunFiles.read(inBatch.resolve("config.yaml")));
    }

    @Test
    void summaryCsv_agreesWithAnIndependentCalculation() {
        Map<String, List<double[]>> byPoint = new LinkedHashMap<>();
        List<List<String>> runs = BatchOutputs.csv(parallel.resolve(BatchTables.RUNS));
        for (List<String> row : runs.subList(1, runs.size())) {
            byPoint.computeIfAbsent(row.get(1) + "/" + row.get(2), k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(row.get(5)), Double.parseDouble(row.get(6))});
        }
        List<List<String>> summary = BatchOutputs.csv(parallel.resolve(BatchTables.SUMMARY));
        List<String> header = summary.get(0);
        assertEquals(5, summary.size(), "a row per grid point");
        for (List<String> row : summary.subList(1, summary.size())) {
            List<double[]> values = byPoint.get(row.get(header.indexOf("optimizer.learning-rate")) + "/"
                    + row.get(header.indexOf("optimizer.l2")));
            assertEquals("2", row.get(header.indexOf("ok")));
            for (int f = 0; f < 2; f++) {
                String figure = f == 0 ? "test_accuracy" : "best_validation_accuracy";
                double x = values.get(0)[f];
                double y = values.get(1)[f];
                double mean = (x + y) / 2;
                double sd = Math.sqrt(((x - mean) * (x - mean) + (y - mean) * (y - mean)) / (2 - 1));
                assertEquals(mean, Double.parseDouble(row.get(header.indexOf(figure + "_mean"))), 1e-12, figure);
                assertEquals(sd, Double.parseDouble(row.get(header.indexOf(figure + "_sd"))), 1e-12, figure);
                assertEquals(Math.min(x, y), Double.parseDouble(row.get(header.indexOf(figure + "_min"))), figure);
                assertEquals(Math.max(x, y), Double.parseDouble(row.get(header.indexOf(figure + "_max"))), figure);
                assertEquals("2", row.get(header.indexOf(figure + "_n")));
            }
        }
    }

    @Test
    void compare_showsGridPointsAndRuns_andPerClassDifferencesOfTwoRuns() {
        Nn.Result points = nn.run("compare", serial.toString(), "--quiet");
        assertEquals(0, points.exit(), points::toString);
        List<String> lines = points.out().lines().toList();
        assertEquals(5, lines.size(), points::toString);
        assertTrue(lines.get(0).matches("\\s+runs\\s+test accuracy\\s+test at best epoch\\s+best validation\\s+best epoch\\s+epochs"),
                lines.get(0));
        assertTrue(lines.get(1).matches("learning-rate=0\\.5_l2=0\\.0\\s+2\\s+\\d+\\.\\d\\d% ± \\d+\\.\\d\\d \\(n=2\\)"
                + "\\s+\\d+\\.\\d\\d% ± \\d+\\.\\d\\d \\(n=2\\).*"), lines.get(1));

        Path a = serial.resolve("learning-rate=0.5_l2=0.0_seed=1");
        Path b = serial.resolve("learning-rate=1.0_l2=0.0_seed=1");
        Nn.Result two = nn.run("compare", a.toString(), b.toString(), "--quiet");
        assertEquals(0, two.exit(), two::toString);
        assertTrue(two.out().contains("per-class test accuracy\n  A: " + a + "\n  B: " + b
                + "\nclass         A         B    B - A\n"), two::toString);
        assertEquals(4 + 1, two.out().lines().filter(l -> l.matches("\\s+(\\d|all)\\s+\\d+\\.\\d\\d%.*")).count(),
                two::toString);
    }

    @Test
    void thePlan_estimatesItsTime_fromIdenticalRunsDoneBefore() {
        BatchPlan plan = new PlanBuilder(PluginRegistry.builtIn()).build(dir.resolve("toy-batch.yaml"), List.of());
        String described = PlanReport.describe(plan, dir);
        String last = described.lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("estimated time: \\d+ s of training and evaluation, one run at a time, for all 8 runs"
                + " \\(from identical runs under .*\\)"), described);
        BatchPlan longer = new PlanBuilder(PluginRegistry.builtIn()).build(dir.resolve("toy-batch.yaml"),
                List.of("training.epochs=4"));
        assertTrue(!PlanReport.describe(longer, dir).contains("estimated time"), "no estimate without earlier runs");
    }

    @Test
    void aFailingRun_isRecorded_andTheBatchGoesOn() throws IOException {
        Path file = Files.writeString(dir.resolve("diverging.yaml"), """
                batch: diverging
                base: toy.yaml
                set: {network.activation: identity, network.output-activation: identity, loss: quadratic}
                grid: {optimizer.learning-rate: [0.05, 1000.0]}
                """);
        Path out = dir.resolve("diverging");
        Nn.Result result = nn.run("batch", file.toString(), "--batch-dir", out.toString(), "--parallel", "1",
                "--quiet");
        assertEquals(ExitCodes.FAILED, result.exit(), result::toString);
        assertTrue(result.err().contains("1 of 2 runs failed; see " + out.resolve("runs.csv")), result::toString);
        List<List<String>> rows = BatchOutputs.csv(out.resolve(BatchTables.RUNS));
        assertEquals("ok", rows.get(1).get(3), rows::toString);
        assertEquals("failed", rows.get(2).get(3), rows::toString);
        assertTrue(rows.get(2).get(rows.get(0).indexOf("error")).startsWith("training diverged"), rows::toString);
        assertEquals("failed", RunFiles.jsonField(out.resolve("learning-rate=1000.0/summary.json"), "status"));
        List<List<String>> summary = BatchOutputs.csv(out.resolve(BatchTables.SUMMARY));
        assertEquals(List.of("1", "0", "1"), summary.get(2).subList(2, 5), "runs, ok, failed of the failed point");
    }
}
