package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.io.ModelFile;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.testing.ChildRun;
import org.nnlab.runner.testing.RunFiles;

/** A run stopped by a signal (as Ctrl-C stops it) leaves its directory marked incomplete, every file whole. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedRunIsMarkedIncomplete_withWholeFiles() throws Exception {
        Path runDir = dir.resolve("run");
        Process process = ChildRun.start(dir, "long", 100000, runDir);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!metricsHaveRows(runDir, 2)) {
                assertTrue(System.nanoTime() < deadline, () -> "the run should have started: " + ChildRun.errors(dir));
                assertTrue(process.isAlive(), () -> "the run ended early: " + ChildRun.errors(dir));
                Thread.sleep(50);
            }
        } finally {
            process.destroy();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process ends on the signal");

        assertEquals("incomplete", RunFiles.jsonField(runDir.resolve("summary.json"), "status"));
        assertEquals("incomplete", RunFiles.jsonField(runDir.resolve("provenance.json"), "status"));
        String marker = RunFiles.read(runDir.resolve(RunRecorder.INCOMPLETE));
        assertTrue(marker.startsWith("incomplete: stopped by an interrupt after epoch "), marker);
        List<String> names = RunFiles.names(runDir);
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), () -> "no temporary file is left: " + names);
        List<String> rows = RunFiles.read(runDir.resolve("metrics.csv")).lines().toList();
        int epochs = Integer.parseInt(RunFiles.jsonField(runDir.resolve("summary.json"), "epochs_run"));
        assertEquals(epochs + 1, rows.size(), "metrics.csv has the header and every epoch done, each whole");
        int columns = rows.get(0).split(",", -1).length;
        rows.subList(1, rows.size()).forEach(row -> assertEquals(columns, row.split(",", -1).length, row));
        ModelFile.load(runDir.resolve("model.nnm"), name -> PluginRegistry.builtIn().activation(name));
    }

    private static boolean metricsHaveRows(Path runDir, int rows) {
        File metrics = runDir.resolve("metrics.csv").toFile();
        return metrics.exists() && RunFiles.read(metrics.toPath()).lines().count() > rows;
    }
}
