package org.nnlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.RunFiles;

/**
 * A digits20 batch of 12 runs on a real standalone cluster (a master and two worker JVMs on 127.0.0.1), one worker
 * killed with its executor mid-batch: Spark reruns the lost runs elsewhere and the batch equals a local one.
 */
class StandaloneClusterTest {
    @TempDir
    Path dir;

    @Test
    void aBatchOnACluster_survivesAKilledWorker_andEqualsALocalBatch() throws Exception {
        Path file = Batches.write(dir, "cluster", """
                set: {training.epochs: 4}
                grid:
                  optimizer.learning-rate: [0.5, 1.0]
                  optimizer.l2: [0.0, 1.0]
                seeds: [1, 2, 3]
                """);
        Path spark = dir.resolve("spark");
        try (StandaloneCluster cluster = new StandaloneCluster(dir)) {
            cluster.startMaster();
            cluster.startWorker(1);
            cluster.startWorker(1);
            CompletableFuture<Batches.Result> batch = CompletableFuture.supplyAsync(() -> Batches.nn(
                    dir.resolve("cache"), "batch", file.toString(), "--batch-dir", spark.toString(), "--quiet",
                    "--spark", cluster.master(),
                    "--spark-conf", "spark.driver.host=127.0.0.1",
                    "--spark-conf", "spark.driver.bindAddress=127.0.0.1",
                    "--spark-conf", "spark.executor.memory=512m",
                    "--spark-conf", "spark.executor.extraJavaOptions=" + cluster.executorOptions()));
            int done = waitForCompletedRuns(spark, 2, batch, cluster);
            cluster.killWorker(0);
            Batches.Result result = batch.get(5, TimeUnit.MINUTES);
            assertEquals(0, result.exit(), () -> result + "\n--- worker 1\n" + cluster.log("worker-1"));
            assertTrue(done < 12, "the worker was killed mid-batch, after " + done + " runs");
        }
        Path local = dir.resolve("local");
        Batches.Result localResult = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--batch-dir",
                local.toString(), "--parallel", "2", "--threads", "1", "--quiet");
        assertEquals(0, localResult.exit(), localResult::toString);
        assertEquals(BatchOutputs.runsWithoutSeconds(local), BatchOutputs.runsWithoutSeconds(spark),
                "runs.csv is the same apart from the seconds");
        assertEquals(RunFiles.read(local.resolve(BatchTables.SUMMARY)), RunFiles.read(spark.resolve(BatchTables.SUMMARY)));
        assertEquals(24, Batches.models(local).size());
        assertEquals(Batches.models(local), Batches.models(spark), "the same model bytes in every run");
    }

    /** Waits until {@code count} runs completed; returns how many had. */
    private static int waitForCompletedRuns(Path batchDir, int count, CompletableFuture<Batches.Result> batch,
                                            StandaloneCluster cluster) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            Path runs = batchDir.resolve(BatchTables.RUNS);
            if (Files.isRegularFile(runs)) {
                int ok = (int) BatchOutputs.csv(runs).stream().filter(row -> row.contains("ok")).count();
                if (ok >= count) {
                    return ok;
                }
            }
            if (batch.isDone()) {
                throw new AssertionError("the batch ended before a worker was killed: " + batch.get()
                        + "\n--- master\n" + cluster.log("master") + "\n--- worker 0\n" + cluster.log("worker-0"));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + count + " completed runs in time\n--- master\n" + cluster.log("master")
                + "\n--- worker 0\n" + cluster.log("worker-0"));
    }
}
