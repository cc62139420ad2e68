package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.ChildRun;
import org.nnlab.runner.testing.RunFiles;

/**
 * A run killed with kill -9 while it saves the model: {@code metrics.csv} is not ahead of {@code summary.json}.
 * The kill is made to land in the model's write: the model's temporary file is made a named pipe, whose opening
 * for writing blocks, after the first epoch.
 */
class KillOrderTest {
    @TempDir
    Path dir;

    @Test
    void killedWhileSavingTheModel_theMetricsAreNotAheadOfTheSummary() throws Exception {
        Path runDir = dir.resolve("run");
        Process process = ChildRun.start(dir, "slow", 1000, runDir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(runDir.resolve("metrics.csv"))) {
                assertTrue(System.nanoTime() < deadline && process.isAlive(),
                        () -> "the first epoch should end: " + ChildRun.errors(dir));
                Thread.sleep(5);
            }
            for (String name : new String[] {"model.nnm.tmp", ".model.nnm.tmp"}) {
                Process mkfifo = new ProcessBuilder("mkfifo", runDir.resolve(name).toString()).start();
                assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo " + name);
            }
            Thread.sleep(3000);
            assertTrue(process.isAlive(), "blocked in the model's write");
        } finally {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        int rows = RunFiles.read(runDir.resolve("metrics.csv")).lines().toList().size() - 1;
        int epochs = Integer.parseInt(RunFiles.jsonField(runDir.resolve("summary.json"), "epochs_run"));
        assertTrue(rows >= 1, "an epoch finished");
        assertEquals(epochs, rows, "metrics.csv has the epochs summary.json counts, no more");
        assertEquals("running", RunFiles.jsonField(runDir.resolve("summary.json"), "status"));
    }
}
