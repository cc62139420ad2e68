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
import org.nnlab.runner.Main;
import org.nnlab.runner.testing.RunFiles;

/** A run stopped by a signal (as Ctrl-C stops it) leaves its directory marked incomplete, every file whole. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedRunIsMarkedIncomplete_withWholeFiles() throws Exception {
        Path config = Files.writeString(dir.resolve("long.yaml"), """
                name: long
                dataset: {name: toy, train: 2000, side: 10}
                network: {layers: [100, 30, 4]}
                loss: cross-entropy
                training: {epochs: 100000}
                """);
        Path runDir = dir.resolve("run");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", config.toString(), "--run-dir", runDir.toString(), "--quiet")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!metricsHaveRows(runDir, 2)) {
                assertTrue(System.nanoTime() < deadline, () -> "the run should have started: "
                        + RunFiles.read(dir.resolve("err.txt")));
                assertTrue(process.isAlive(), () -> "the run ended early: " + RunFiles.read(dir.resolve("err.txt")));
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
