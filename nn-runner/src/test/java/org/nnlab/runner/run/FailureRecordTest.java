package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.cli.ExitCodes;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** What a run that fails leaves, and what the console says of it: exactly what is on disk. */
class FailureRecordTest {
    @TempDir
    Path dir;

    /** A model of about 126 KB: two of them (one being replaced) do not fit on the 256 KB disk. */
    private static final String BIG = """
            name: big
            dataset: {name: toy, train: 400, side: 10}
            network: {layers: [100, 300, 4]}
            loss: cross-entropy
            training: {epochs: 5, batch-size: 20}
            """;

    @Test
    void aFullDisk_freesTheRunsTemporaryFiles_marksTheRunFailed_andSaysSo() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()),
                "needs root and mount to make a small tmpfs");
        try {
            Path config = Files.writeString(dir.resolve("big.yaml"), BIG);
            Path runDir = disk.resolve("run");
            Nn.Result result = new Nn(dir.resolve("cache")).run("run", config.toString(), "--run-dir",
                    runDir.toString(), "--quiet");
            assertEquals(ExitCodes.FAILED, result.exit(), result::toString);
            assertTrue(result.err().contains("No space left on device"), result::toString);
            assertTrue(result.err().contains("(the run directory " + runDir + " is kept, marked failed)"),
                    result::toString);
            assertFalse(result.err().contains("Could not"), result::toString);

            List<String> names = RunFiles.names(runDir);
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), () -> "no temporary file: " + names);
            String marker = RunFiles.read(runDir.resolve(RunRecorder.INCOMPLETE));
            assertTrue(marker.startsWith("failed: could not write " + runDir.resolve("model.nnm"))
                    || marker.startsWith("failed: could not write " + runDir.resolve("best.nnm")), marker);
            assertTrue(marker.strip().endsWith("No space left on device"), marker);
            assertEquals("failed", RunFiles.jsonField(runDir.resolve("summary.json"), "status"));
            assertEquals("failed", RunFiles.jsonField(runDir.resolve("provenance.json"), "status"));
            int epochs = Integer.parseInt(RunFiles.jsonField(runDir.resolve("summary.json"), "epochs_run"));
            List<String> rows = RunFiles.read(runDir.resolve("metrics.csv")).lines().toList();
            assertEquals(epochs + 1, rows.size(), "metrics.csv has exactly the epochs the summary counts: " + rows);
            assertTrue(Files.isRegularFile(runDir.resolve("model.nnm")), "the last finished epoch's model");
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    void evalOfARunWithNoModelYet_saysSoOnce() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path config = Files.writeString(dir.resolve("toy.yaml"), RunDirectoryContentsTest.TOY);
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet").exit());
        Files.delete(runDir.resolve("model.nnm"));
        Files.writeString(runDir.resolve(RunRecorder.INCOMPLETE), "failed: boom\n");
        Nn.Result result = nn.run("eval", runDir.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        assertEquals(runDir + ": no model yet: the run ended before it finished an epoch (INCOMPLETE: failed: boom);"
                + " train it again with nn run " + runDir.resolve("config.yaml") + "\n", result.err());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
