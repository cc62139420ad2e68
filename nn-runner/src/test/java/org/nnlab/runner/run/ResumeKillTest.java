package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.core.io.CheckpointFile;
import org.nnlab.runner.Main;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * A run killed with kill -9 after a few epochs, then continued with {@code nn run --resume}, ends with the
 * metrics (timing aside), summary figures and model bytes of the same run never stopped.
 */
class ResumeKillTest {
    @TempDir
    Path dir;

    private static String config(String optimizer) {
        return """
                name: resumed
                dataset: {name: toy, train: 2000, validation: 200, test: 200, side: 10}
                network: {layers: [100, 30, 4]}
                loss: cross-entropy
                optimizer: %s
                training: {epochs: 40, batch-size: 10}
                """.formatted(optimizer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{name: sgd, learning-rate: 0.2, momentum: 0.9, l2: 1.0}",
            "{name: adam, learning-rate: 0.002}"})
    void aRunKilledAfterSomeEpochs_resumed_endsAsARunNeverStopped(String optimizer) throws Exception {
        Path config = Files.writeString(dir.resolve("resumed.yaml"), config(optimizer));
        Nn nn = new Nn(dir.resolve("cache"));
        Path whole = dir.resolve("whole");
        Nn.Result reference = nn.run("run", config.toString(), "--run-dir", whole.toString(), "--quiet");
        assertEquals(0, reference.exit(), reference.toString());
        assertFalse(Files.exists(whole.resolve(CheckpointFile.FILE_NAME)), "a completed run keeps no checkpoint");

        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", config.toString(), "--run-dir", killed.toString(), "--quiet")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (rows(killed) < 3) {
                assertTrue(System.nanoTime() < deadline && process.isAlive(),
                        () -> "three epochs should end: " + RunFiles.read(dir.resolve("err.txt")));
                Thread.sleep(2);
            }
        } finally {
            process.destroyForcibly();
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "kill -9 ends the process");
        assertEquals("running", RunFiles.jsonField(killed.resolve("summary.json"), "status"),
                "killed before the end");
        assertTrue(Files.exists(killed.resolve(CheckpointFile.FILE_NAME)), "a checkpoint was left");
        int epochsBefore = CheckpointFile.read(killed.resolve(CheckpointFile.FILE_NAME)).state().epoch();
        assertTrue(epochsBefore >= 2 && epochsBefore < 40, "stopped half-way: " + epochsBefore);

        if (optimizer.contains("sgd")) {
            refusesWhatCannotBeResumedBitForBit(nn, killed);
        }
        Nn.Result resumed = nn.run("run", "--resume", killed.toString(), "--quiet");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertEquals(RunFiles.metricsWithoutSeconds(whole), RunFiles.metricsWithoutSeconds(killed),
                "every epoch's row once, with the uninterrupted run's figures");
        assertArrayEquals(Files.readAllBytes(whole.resolve("model.nnm")), Files.readAllBytes(killed.resolve("model.nnm")),
                "the model's bytes");
        assertArrayEquals(Files.readAllBytes(whole.resolve("best.nnm")), Files.readAllBytes(killed.resolve("best.nnm")),
                "the best model's bytes");
        for (String field : new String[]{"status", "epochs_run", "best_epoch", "test_accuracy"}) {
            assertEquals(RunFiles.jsonField(whole.resolve("summary.json"), field),
                    RunFiles.jsonField(killed.resolve("summary.json"), field), "summary " + field);
        }
        assertFalse(Files.exists(killed.resolve(CheckpointFile.FILE_NAME)), "the checkpoint goes with completion");
        assertFalse(Files.exists(killed.resolve(RunRecorder.INCOMPLETE)), "completed");
        assertTrue(RunFiles.read(killed.resolve("run.log")).contains("Resumed after epoch " + epochsBefore),
                "the log says where the run went on");
    }

    /** Copies of the killed run with their config edited or their checkpoint damaged are refused, untouched. */
    private void refusesWhatCannotBeResumedBitForBit(Nn nn, Path killed) throws Exception {
        Path edited = copy(killed, "edited");
        Path config = edited.resolve(RunRecorder.CONFIG);
        Files.writeString(config, RunFiles.read(config).replace("epochs: 40", "epochs: 41"));
        String metrics = RunFiles.read(edited.resolve("metrics.csv"));
        Nn.Result result = nn.run("run", "--resume", edited.toString());
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("its config (config.yaml) changed since the checkpoint was written"),
                result.err());
        assertFalse(result.hasStackTrace(), result.err());
        assertEquals(metrics, RunFiles.read(edited.resolve("metrics.csv")), "nothing written");

        Path damaged = copy(killed, "damaged");
        Path checkpoint = damaged.resolve(CheckpointFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 4;
        Files.write(checkpoint, bytes);
        result = nn.run("run", "--resume", damaged.toString());
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("corrupt checkpoint file " + checkpoint + ": its checksum does not match"),
                result.err());

        result = nn.run("run", "--resume", dir.resolve("nowhere").toString());
        assertTrue(result.exit() != 0 && result.err().contains("no such run directory"), result.toString());
        result = nn.run("run", "--resume", dir.toString());
        assertTrue(result.exit() != 0 && result.err().contains("not a run directory: it has no config.yaml"),
                result.toString());
        result = nn.run("run", "--resume", dir.resolve("whole").toString());
        assertTrue(result.exit() != 0 && result.err().contains("the run already finished"), result.toString());
        result = nn.run("run", "--resume", killed.toString(), "--set", "training.epochs=3");
        assertTrue(result.exit() != 0 && result.err().contains("leave out CONFIG, --set"), result.toString());
    }

    private Path copy(Path from, String name) throws Exception {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static int rows(Path runDir) {
        Path metrics = runDir.resolve("metrics.csv");
        return Files.exists(metrics) ? (int) RunFiles.read(metrics).lines().count() - 1 : 0;
    }
}
