package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.Main;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * A batch killed with kill -9 while a run trains, then resumed: the completed run is untouched, the half-written
 * one goes on from its checkpoint, and runs.csv, every run's metrics and model are those of a batch never stopped
 * (apart from the seconds).
 */
class KillResumeTest {
    private static final String SLOWER = """
            batch: slower
            base: toy.yaml
            set: {dataset.train: 1500, dataset.side: 10, network.layers: [100, 30, 4], training.epochs: 12}
            seeds: [1, 2, 3]
            """;

    @TempDir
    Path dir;

    @Test
    void aKilledBatch_resumed_givesTheRunsOfAnUninterruptedOne() throws Exception {
        Path file = BatchFiles.write(dir, SLOWER);
        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(command(file, killed))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        Path first = killed.resolve("seed=1");
        Path second = killed.resolve("seed=2");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(RunResult.isComplete(first) && epochsDone(second) >= 2)) {
                assertTrue(System.nanoTime() < deadline, () -> "the batch should have got going: "
                        + RunFiles.read(dir.resolve("err.txt")));
                assertTrue(process.isAlive(), () -> "the batch ended early: " + RunFiles.read(dir.resolve("err.txt")));
                Thread.sleep(10);
            }
        } finally {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the process ends on kill -9");
        assertTrue(Files.exists(second.resolve(RunRecorder.INCOMPLETE)), "the second run was stopped half-way");
        Map<String, String> completed = BatchOutputs.fingerprint(first);

        Nn nn = new Nn(dir.resolve("cache"));
        Nn.Result resumed = nn.run("batch", "--resume", killed.toString(), "--quiet");
        assertEquals(0, resumed.exit(), resumed::toString);
        Path whole = dir.resolve("whole");
        Nn.Result uninterrupted = nn.run("batch", file.toString(), "--batch-dir", whole.toString(), "--quiet");
        assertEquals(0, uninterrupted.exit(), uninterrupted::toString);

        assertEquals(completed, BatchOutputs.fingerprint(first), "the completed run's files are untouched");
        assertEquals(BatchOutputs.runsWithoutSeconds(whole), BatchOutputs.runsWithoutSeconds(killed));
        assertEquals(RunFiles.read(whole.resolve(BatchTables.SUMMARY)),
                RunFiles.read(killed.resolve(BatchTables.SUMMARY)));
        for (String run : List.of("seed=1", "seed=2", "seed=3")) {
            assertEquals(RunFiles.metricsWithoutSeconds(whole.resolve(run)), RunFiles.metricsWithoutSeconds(
                    killed.resolve(run)), run);
            assertTrue(RunResult.isComplete(killed.resolve(run)), run);
            assertArrayEquals(Files.readAllBytes(whole.resolve(run).resolve("model.nnm")),
                    Files.readAllBytes(killed.resolve(run).resolve("model.nnm")), run + ": the model's bytes");
        }
        assertTrue(RunFiles.read(second.resolve(RunRecorder.RUN_LOG)).contains("Resumed after epoch "),
                "the half-written run went on from its checkpoint, not from epoch 1");
    }

    /** The batch CLI in a JVM of its own, with this JVM's class path and kernels. */
    private static List<String> command(Path file, Path batchDir) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch",
                file.toString(), "--batch-dir", batchDir.toString(), "--parallel", "1", "--quiet"));
        return command;
    }

    private static int epochsDone(Path runDir) throws IOException {
        Path metrics = runDir.resolve(RunRecorder.METRICS);
        return Files.exists(metrics) ? (int) RunFiles.read(metrics).lines().count() - 1 : 0;
    }
}
