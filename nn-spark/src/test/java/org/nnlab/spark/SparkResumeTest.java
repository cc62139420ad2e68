package org.nnlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.batch.BatchTables;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.RunFiles;

/**
 * The driver of a Spark batch killed (kill -9) mid-batch: {@code nn batch --resume DIR --spark local[2]} finishes
 * it without touching the runs it completed, and the batch then equals a local one.
 */
class SparkResumeTest {
    @TempDir
    Path dir;

    @Test
    void aKilledDriver_isResumed_withoutRepeatingCompletedRuns() throws Exception {
        Path file = Batches.write(dir, "resumable", """
                set: {training.epochs: 3}
                grid:
                  optimizer.learning-rate: [0.5, 1.0]
                  optimizer.l2: [0.0, 1.0]
                seeds: [1, 2, 3]
                """);
        Path spark = dir.resolve("spark");
        Process driver = driver(file, spark);
        try {
            waitForCompletedRuns(spark, 3, driver);
        } finally {
            driver.destroyForcibly();
            driver.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> completed = new ArrayList<>();
        for (List<String> row : BatchOutputs.csv(spark.resolve(BatchTables.RUNS)).subList(1, 13)) {
            if (Files.isRegularFile(spark.resolve(row.get(0)).resolve("summary.json"))) {
                completed.add(row.get(0));
            }
        }
        assertTrue(completed.size() >= 3 && completed.size() < 12, "killed mid-batch: " + completed);
        Map<String, String> before = BatchOutputs.fingerprint(spark);
        before.keySet().removeIf(name -> completed.stream().noneMatch(run -> name.startsWith(run + "/")));

        Batches.Result resumed = Batches.nn(dir.resolve("cache"), "batch", "--resume", spark.toString(), "--spark",
                "local[2]", "--quiet");
        assertEquals(0, resumed.exit(), resumed::toString);
        Map<String, String> after = BatchOutputs.fingerprint(spark);
        after.keySet().retainAll(before.keySet());
        assertEquals(before, after, "the completed runs' files keep their bytes and times");

        Path local = dir.resolve("local");
        Batches.Result localResult = Batches.nn(dir.resolve("cache"), "batch", file.toString(), "--batch-dir",
                local.toString(), "--parallel", "2", "--threads", "1", "--quiet");
        assertEquals(0, localResult.exit(), localResult::toString);
        assertEquals(BatchOutputs.runsWithoutSeconds(local), BatchOutputs.runsWithoutSeconds(spark));
        assertEquals(RunFiles.read(local.resolve(BatchTables.SUMMARY)), RunFiles.read(spark.resolve(BatchTables.SUMMARY)));
        assertEquals(Batches.models(local), Batches.models(spark));
    }

    /** {@code nn batch FILE --spark local[2]} in a JVM of its own, with this JVM's class path and options. */
    private Process driver(Path file, Path batchDir) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-D") && !a.startsWith("-Dsurefire")
                        || a.startsWith("-Xss"))
                .toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.nnlab.runner.Main", "batch",
                file.toString(), "--batch-dir", batchDir.toString(), "--spark", "local[2]", "--quiet"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("driver.log").toFile()).start();
    }

    private void waitForCompletedRuns(Path batchDir, int count, Process driver) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            Path runs = batchDir.resolve(BatchTables.RUNS);
            if (Files.isRegularFile(runs)) {
                long ok = BatchOutputs.csv(runs).stream().filter(row -> row.contains("ok")).count();
                if (ok >= count) {
                    return;
                }
            }
            if (!driver.isAlive()) {
                throw new AssertionError("the driver ended before it was killed:\n"
                        + RunFiles.read(dir.resolve("driver.log")));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + count + " completed runs in time:\n" + RunFiles.read(dir.resolve("driver.log")));
    }
}
