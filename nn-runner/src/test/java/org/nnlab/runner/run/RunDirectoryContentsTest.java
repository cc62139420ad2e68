package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.Network;
import org.nnlab.core.io.ModelFile;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** What {@code nn run} leaves in a run directory, for a run that completes and for one that fails. */
class RunDirectoryContentsTest {
    static final String TOY = """
            name: toy-run
            dataset: {name: toy, train: 200}
            network:
              layers: [16, 12, 4]
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 3, batch-size: 10}
            """;

    @TempDir
    Path dir;
    private Nn nn;
    private Path config;

    @BeforeEach
    void setUp() throws IOException {
        nn = new Nn(dir.resolve("cache"));
        config = Files.writeString(dir.resolve("toy.yaml"), TOY);
    }

    @Test
    void aCompletedRunHasEveryFile_andNoMarker() throws IOException {
        Nn.Result result = nn.run("run", config.toString(), "--runs-dir", dir.resolve("runs").toString(), "--quiet");
        assertEquals(0, result.exit(), result::toString);
        Path run = dir.resolve("runs").resolve("toy-run-20250102-030405");
        assertEquals(List.of("best.nnm", "config.yaml", "curves.png", "metrics.csv", "model.nnm", "provenance.json",
                "run.log", "summary.json"),
                RunFiles.names(run), "every file, no INCOMPLETE marker and no temporary file");
        assertTrue(result.out().startsWith("toy-run: test accuracy "), result::toString);

        List<String> metrics = RunFiles.read(run.resolve("metrics.csv")).lines().toList();
        assertEquals("epoch,train_cost,train_accuracy,validation_cost,validation_accuracy,test_cost,test_accuracy,"
                + "train_seconds,eval_seconds,learning_rate,train_data_cost,validation_data_cost,test_data_cost", metrics.get(0));
        assertEquals(4, metrics.size(), "a header and one row per epoch");
        assertTrue(metrics.get(3).startsWith("3,"), metrics::toString);

        Path summary = run.resolve("summary.json");
        assertEquals("completed", RunFiles.jsonField(summary, "status"));
        assertEquals("3", RunFiles.jsonField(summary, "epochs_run"));
        assertEquals(metrics.get(3).split(",")[6], RunFiles.jsonField(summary, "test_accuracy"));
        for (String key : List.of("validation_accuracy", "best_validation_accuracy", "best_epoch", "train_seconds")) {
            RunFiles.jsonField(summary, key);
        }

        Path provenance = run.resolve("provenance.json");
        assertEquals("42", RunFiles.jsonField(provenance, "seed"));
        assertEquals("completed", RunFiles.jsonField(provenance, "status"));
        for (String key : List.of("version", "git_commit", "threads", "started_at", "ended_at", "command_line",
                "plugins", "location", "available_processors")) {
            assertTrue(RunFiles.read(provenance).contains("\"" + key + "\""), key);
        }
        assertTrue(RunFiles.read(run.resolve("run.log")).contains("epoch 3/3"), "the log has the epochs");

        Network model = ModelFile.load(run.resolve("model.nnm"),
                name -> PluginRegistry.builtIn().activation(name));
        assertArrayEquals(new int[] {16, 12, 4}, model.sizes());
    }

    @Test
    void theResolvedConfigValidatesToItself() throws IOException {
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet").exit());
        String resolved = RunFiles.read(runDir.resolve("config.yaml"));
        assertTrue(resolved.contains("  learning-rate: 1.0\n  l2: 0.0\n  momentum: 0.0\n"), resolved);
        Nn.Result again = nn.run("validate", runDir.resolve("config.yaml").toString());
        assertEquals(0, again.exit(), again::toString);
        assertEquals(resolved, again.out(), "validating the resolved config gives the same resolved config");
    }

    @Test
    void aFailedRunIsKept_markedFailed() {
        Path runDir = dir.resolve("failed");
        Nn.Result result = nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet",
                "--set", "network.activation=identity", "--set", "network.output-activation=identity",
                "--set", "loss=quadratic", "--set", "optimizer.learning-rate=1e6");
        assertEquals(ExitCodes.FAILED, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertTrue(result.err().startsWith("run failed: training diverged in epoch 1"), result::toString);
        assertTrue(Files.exists(runDir.resolve("INCOMPLETE")), "the marker stays");
        assertEquals("failed", RunFiles.jsonField(runDir.resolve("summary.json"), "status"));
        assertTrue(RunFiles.jsonField(runDir.resolve("summary.json"), "error").startsWith("training diverged"));
        assertTrue(RunFiles.read(runDir.resolve("INCOMPLETE")).startsWith("failed: training diverged"));
    }
}
