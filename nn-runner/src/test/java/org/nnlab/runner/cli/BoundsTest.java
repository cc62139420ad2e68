package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.UserErrors;

/**
 * Inputs past a bound (thread counts, file sizes, layer sizes, float32 ranges, echoed lengths) are refused at once
 * with exit 2, one message that states the bound, and nothing written.
 */
class BoundsTest {
    private static final String GOOD = """
            name: toy-run
            dataset: toy
            network:
              layers: [16, 8, 4]
            loss: quadratic
            optimizer:
              name: sgd
              learning-rate: 3.0
            training:
              epochs: 1
              batch-size: 10
            """;

    @TempDir
    Path dir;
    private UserErrors errors;
    private Path runs;

    @BeforeEach
    void setUp() {
        errors = new UserErrors(dir);
        runs = errors.runs();
    }

    @Test
    void threadsPastFourPerProcessor_areRefused_statingTheBound() throws IOException {
        int max = 4 * Runtime.getRuntime().availableProcessors();
        assertEquals("--threads 100000: expected a whole number from 1 to " + max + " (4 times the "
                + Runtime.getRuntime().availableProcessors() + " processors), e.g. --threads " + Math.min(2, max),
                errors.runFails(errors.config(GOOD), "--threads", "100000"));
        assertTrue(errors.runFails(errors.config(GOOD), "--threads", "0").startsWith("--threads 0: expected a whole number from 1"));
    }

    @Test
    void batchThreadsPastTheBound_areRefused() throws IOException {
        errors.config(GOOD);
        Path batch = Files.writeString(dir.resolve("batch.yaml"), "batch: b\nbase: experiment.yaml\nseeds: [1]\n");
        String message = errors.fails("batch", batch.toString(), "--batch-dir", runs.toString(), "--threads", "100000");
        assertTrue(message.startsWith("--threads 100000: expected a whole number from 1 to "), message);
    }

    @Test
    void aConfigPast256KiB_isRefusedUnread_namingTheLimit() throws IOException {
        Path file = errors.config(GOOD + "# " + "x".repeat(3_000_000) + "\n");
        assertEquals(file + ": is larger than 64 KiB, the limit for a config or batch file (" + Files.size(file)
                + " bytes); is it the right file?", errors.runFails(file));
    }

    @Test
    void aBatchFilePast256KiB_isRefused() throws IOException {
        errors.config(GOOD);
        Path batch = Files.writeString(dir.resolve("batch.yaml"), "batch: b\nbase: experiment.yaml\nseeds: [1]\n#"
                + "y".repeat(300_000));
        assertTrue(errors.fails("batch", batch.toString(), "--batch-dir", runs.toString())
                .startsWith(batch + ": is larger than 64 KiB"));
    }

    @Test
    void aDeviceAsTheConfig_isRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertEquals("/dev/zero: is not a regular file (a device, a pipe or a socket); give a YAML file, e.g."
                + " configs/quickstart.yaml", errors.runFails(zero));
    }

    @Test
    void layersWhoseWeightsOverflowAnArray_sayWhichLayer() throws IOException {
        Path file = errors.config(GOOD.replace("[16, 8, 4]", "[16, 100000000, 400, 4]"));
        assertEquals(file + ":4:11: network.layers: the layer from 100000000 to 400 units has 40,000,000,000"
                + " weights, more than the 2,147,483,639 one layer can hold; use smaller layers", errors.runFails(file));
    }

    @Test
    void layersPastTheHeap_sayHowMuchTheyNeed_andHowToGiveMore() throws IOException {
        Path file = errors.config(GOOD.replace("[16, 8, 4]", "[16, 1000000, 2000, 4]"));
        String message = errors.runFails(file);
        assertTrue(message.startsWith(file + ":4:11: network.layers: these layers have 2,017,010,004 parameters and"
                + " need about 41.5 GB of heap to train"), message);
        assertTrue(message.contains("but this JVM may use at most ") && message.contains("NN_JAVA_OPTS=-Xmx52g"),
                message);
    }

    @Test
    void aLearningRateThatRoundsTo0InFloat32_isRefused() throws IOException {
        Path file = errors.config(GOOD.replace("learning-rate: 3.0", "learning-rate: 4.9e-324"));
        assertEquals(file + ":8:18: optimizer.learning-rate: sgd expects a positive number, got 4.9E-324, which"
                + " rounds to 0 in float32, the precision training computes in (a size from 1.4E-45 to 3.4028235E38)",
                errors.runFails(file));
    }

    @Test
    void aLongName_isEchoedCutShort_andTheLimitIsStated() throws IOException {
        Path file = errors.config(GOOD.replace("toy-run", "n".repeat(50_000)));
        assertEquals(file + ":1:7: name: expected a name of at most 100 letters, digits, '.', '_' or '-' (it names"
                + " the run directory), got \"" + "n".repeat(60) + "\"... (50000 characters) (e.g. experiment)", errors.runFails(file));
        String set = "name=" + "m".repeat(100_000);
        assertEquals("--set " + set.substring(0, 60) + "... (100005 characters): name: expected a name of at most 100"
                + " letters, digits, '.', '_' or '-' (it names the run directory), got \"" + "m".repeat(60)
                + "\"... (100000 characters) (e.g. experiment)", errors.runFails(errors.config(GOOD), "--set", set));
    }

    @Test
    void aLongUnknownPluginName_isEchoedCutShort() throws IOException {
        Path file = errors.config(GOOD.replace("loss: quadratic", "loss: " + "q".repeat(5000)));
        String message = errors.runFails(file);
        assertTrue(message.contains("unknown loss \"" + "q".repeat(60) + "\"... (5000 characters)"), message);
        assertTrue(message.length() < 300, message);
    }

    @Test
    void aWholeFileGivenAsBase_isEchoedCutShort() throws IOException {
        errors.config(GOOD);
        String pasted = "line of a pasted file\n".repeat(2000) + "experiment.yml";
        Path batch = Files.writeString(dir.resolve("batch.yaml"), "batch: b\nbase: |\n  "
                + pasted.replace("\n", "\n  ") + "\nseeds: [1]\n");
        String message = errors.fails("batch", batch.toString(), "--batch-dir", runs.toString());
        assertTrue(message.startsWith(batch + ":2:7: base: no such file: "), message);
        assertTrue(message.contains("... (") && message.contains(" characters) (paths are relative")
                && message.lines().count() == 1, message);
        assertTrue(message.length() < 600, () -> message.length() + " characters: " + message);
    }
}
