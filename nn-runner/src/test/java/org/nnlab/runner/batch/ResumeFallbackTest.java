package org.nnlab.runner.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.core.EpochMetrics;
import org.nnlab.core.Evaluation;
import org.nnlab.core.TrainingState;
import org.nnlab.core.io.CheckpointFile;
import org.nnlab.runner.run.RunFingerprint;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.testing.BatchOutputs;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * An unfinished run of a batch whose checkpoint no longer matches what the run would read (its data or plugins
 * changed) is not failed by {@code nn batch --resume}: it is run again from its start, as before checkpoints.
 */
class ResumeFallbackTest {
    @TempDir
    Path dir;

    @Test
    void aCheckpointThatNoLongerFits_isDropped_andTheRunGoesAgainFromItsStart() throws Exception {
        Path file = BatchFiles.write(dir, """
                batch: fallback
                base: toy.yaml
                seeds: [1, 2]
                """);
        Path batch = dir.resolve("batch");
        Nn nn = new Nn(dir.resolve("cache"));
        Nn.Result first = nn.run("batch", file.toString(), "--batch-dir", batch.toString(), "--parallel", "1",
                "--quiet");
        assertEquals(0, first.exit(), first.toString());
        List<List<String>> expected = BatchOutputs.runsWithoutSeconds(batch);

        Path run = batch.resolve("seed=2");
        String metrics = RunFiles.metricsWithoutSeconds(run);
        Files.writeString(run.resolve(RunRecorder.INCOMPLETE), "running since 2025-01-02T03:04:05Z\n");
        Path summary = run.resolve(RunRecorder.SUMMARY);
        Files.writeString(summary, RunFiles.read(summary).replace("\"completed\"", "\"running\""));
        EpochMetrics epoch = new EpochMetrics(1, Evaluation.NONE, Evaluation.NONE, Evaluation.NONE, 0, 0, 1.0);
        TrainingState state = new TrainingState(List.of(epoch), 1, Double.NaN, List.of(), List.of(), new long[0],
                Map.of());
        String config = RunFiles.read(run.resolve(RunRecorder.CONFIG));
        Map<String, String> tags = Map.of(RunFingerprint.CONFIG, sha256(config),
                RunFingerprint.DATA, "0".repeat(64), RunFingerprint.PLUGINS, "0".repeat(64));
        Files.write(run.resolve(CheckpointFile.FILE_NAME), CheckpointFile.toBytes(state, tags));

        Nn.Result resumed = nn.run("batch", "--resume", batch.toString(), "--quiet");
        assertEquals(0, resumed.exit(), resumed.toString());
        assertEquals(expected, BatchOutputs.runsWithoutSeconds(batch), "the batch of a run never stopped");
        assertEquals(metrics, RunFiles.metricsWithoutSeconds(run), "the run trained again, from epoch 1");
        assertFalse(Files.exists(run.resolve(CheckpointFile.FILE_NAME)), "completed, without a checkpoint");
        assertFalse(RunFiles.read(run.resolve(RunRecorder.RUN_LOG)).contains("Resumed after"),
                "not continued from the checkpoint");
        assertTrue(RunFiles.read(run.resolve(RunRecorder.RUN_LOG)).contains("Run toy"), "the run's own log");
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
