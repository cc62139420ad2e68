package org.nnlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.RunFiles;

/**
 * A digits20 batch on Spark local[2] and the same batch locally with --parallel 2: the same runs.csv (seconds
 * aside), summary.csv and model bytes; a run that fails by itself is recorded failed on both and the batch goes on.
 */
class SparkBatchTest {
    @TempDir
    static Path dir;
    private static Path local;
    private static Path spark;
    private static Batches.Result sparkResult;

    @BeforeAll
    static void runTheBatchLocallyAndOnSpark() {
        // 8 runs, 2 epochs each; a huge learning rate with L2 diverges
        Path file = Batches.write(dir, "grid", """
                set: {training.epochs: 2, network.layers: [400, 10, 10]}
                grid:
                  optimizer.learning-rate: [0.5, 1.0e9]
                  optimizer.l2: [0.0, 1.0]
                seeds: [1, 2]
                """);
        local = dir.resolve("local");
        spark = dir.resolve("spark");
        Batches.Result localResult = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--batch-dir",
                local.toString(), "--parallel", "2", "--threads", "1", "--quiet");
        assertEquals(1, localResult.exit(), localResult::toString);
        sparkResult = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--batch-dir", spark.toString(),
                "--spark", "local[2]", "--quiet");
        assertEquals(1, sparkResult.exit(), sparkResult::toString);
    }

    @Test
    void sparkAndLocal_giveTheSameRunsSummaryAndModels() {
        assertEquals(1, sparkResult.exit(), sparkResult::toString);
        assertEquals(BatchOutputs.runsWithoutSeconds(local), BatchOutputs.runsWithoutSeconds(spark),
                "runs.csv is the same apart from the seconds");
        assertEquals(RunFiles.read(local.resolve(BatchTables.SUMMARY)), RunFiles.read(spark.resolve(BatchTables.SUMMARY)));
        assertEquals(12, Batches.models(local).size(), "model.nnm and best.nnm of each of the 6 runs that completed: "
                + Batches.models(local).keySet());
        assertEquals(Batches.models(local), Batches.models(spark), "the same model bytes in every run");
    }

    @Test
    void aRunThatFails_isRecordedFailed_andTheBatchGoesOn() {
        List<List<String>> rows = BatchOutputs.csv(spark.resolve(BatchTables.RUNS));
        int status = rows.get(0).indexOf("status");
        int error = rows.get(0).indexOf("error");
        assertEquals(9, rows.size(), rows::toString);
        for (List<String> row : rows.subList(1, rows.size())) {
            boolean diverging = row.get(0).contains("learning-rate=1.0e9_l2=1.0");
            assertEquals(diverging ? "failed" : "ok", row.get(status), row::toString);
            assertEquals(diverging, row.get(error).startsWith("training diverged"), row::toString);
            assertTrue(Files.isRegularFile(spark.resolve(row.get(0)).resolve("summary.json")), row::toString);
        }
        assertTrue(sparkResult.err().contains("2 of 8 runs failed"), sparkResult::toString);
    }

    @Test
    void theRunDirectories_holdTheSameFilesAsLocally() {
        for (List<String> row : BatchOutputs.csv(local.resolve(BatchTables.RUNS)).subList(1, 9)) {
            var a = BatchOutputs.fingerprint(local.resolve(row.get(0))).keySet();
            var b = BatchOutputs.fingerprint(spark.resolve(row.get(0))).keySet();
            assertEquals(a, b, row.get(0));
            assertEquals(RunFiles.read(local.resolve(row.get(0)).resolve("config.yaml")),
                    RunFiles.read(spark.resolve(row.get(0)).resolve("config.yaml")));
        }
        try (var names = Files.list(spark)) {
            assertFalse(names.anyMatch(p -> p.getFileName().toString().endsWith(".incoming")),
                    "no half-written run directory is left");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
