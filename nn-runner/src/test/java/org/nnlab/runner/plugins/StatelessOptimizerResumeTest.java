package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.io.CheckpointFile;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * A run with a plugin optimizer that does not report its state (written before checkpoints) trains as before,
 * writes no checkpoint, and {@code --resume} of it is refused naming the optimizer and its jar.
 */
class StatelessOptimizerResumeTest {
    @TempDir
    Path dir;

    @Test
    void aRunWhoseOptimizerCannotSaveItsState_isRefusedByNameAndJar() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = new PluginJars(dir.resolve("work")).example(plugins.resolve(PluginJars.EXAMPLE_JAR));
        Path config = Files.writeString(dir.resolve("heavy.yaml"), """
                name: heavy
                dataset: {name: toy, train: 200}
                network: {layers: [16, 8, 4]}
                loss: cross-entropy
                optimizer: heavy-ball
                training: {epochs: 2}
                """);
        Nn nn = new Nn(dir.resolve("cache")).withPluginDirectories(plugins);
        Path run = dir.resolve("run");
        Nn.Result trained = nn.run("run", config.toString(), "--run-dir", run.toString(), "--quiet");
        assertEquals(0, trained.exit(), trained.toString());
        assertFalse(Files.exists(run.resolve(CheckpointFile.FILE_NAME)));

        // as if it had been killed after an epoch
        Files.writeString(run.resolve(RunRecorder.INCOMPLETE), "running since 2025-01-02T03:04:05Z\n");
        Path summary = run.resolve(RunRecorder.SUMMARY);
        Files.writeString(summary, RunFiles.read(summary).replace("\"completed\"", "\"running\""));
        Nn.Result resumed = nn.run("run", "--resume", run.toString());
        assertEquals(2, resumed.exit(), resumed.toString());
        assertTrue(resumed.err().contains(run + ": the run has no checkpoint.nnc: optimizer \"heavy-ball\" ("
                + jar.toAbsolutePath().normalize()), resumed.err());
        assertTrue(resumed.err().contains("does not report its state"), resumed.err());
        assertFalse(resumed.hasStackTrace(), resumed.err());
    }
}
