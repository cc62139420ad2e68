package org.nnlab.runner.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Activation;
import org.nnlab.runner.Main;
import org.nnlab.runner.testing.RunFiles;

/** A plugin that calls {@code System.exit(0)} during training: {@code nn run} does not exit 0, and says why. */
class ExitingPluginTest {
    private static final String QUIT = """
            name: quit
            dataset: {name: toy, train: 200}
            network: {layers: [16, 12, 4], activation: quitter}
            loss: cross-entropy
            training: {epochs: 5, batch-size: 10}
            """;

    @TempDir
    Path dir;

    @Test
    void systemExitInAPlugin_failsTheRun_namingTheEpoch_andNeverExitsZero() throws Exception {
        Path plugins = quitter(30);
        Path config = Files.writeString(dir.resolve("quit.yaml"), QUIT);
        Path runDir = dir.resolve("run");
        Process process = java("run", config.toString(), "--run-dir", runDir.toString(), "--plugins",
                plugins.toString(), "--quiet");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run ends");
        String err = RunFiles.read(dir.resolve("err.txt"));
        assertEquals(1, process.exitValue(), err);

        int epochs = Integer.parseInt(RunFiles.jsonField(runDir.resolve("summary.json"), "epochs_run"));
        assertTrue(epochs >= 1 && epochs < 5, "some epochs, not all: " + epochs);
        String expected = "the JVM was asked to exit (System.exit, called at quitter.QuittingActivation.forward(";
        String marker = RunFiles.read(runDir.resolve("INCOMPLETE"));
        assertTrue(marker.startsWith("failed: " + expected), marker);
        assertTrue(marker.strip().endsWith(") during epoch " + (epochs + 1) + " of 5"), marker);
        assertEquals("failed", RunFiles.jsonField(runDir.resolve("summary.json"), "status"));
        assertTrue(RunFiles.jsonField(runDir.resolve("summary.json"), "error").startsWith(expected));
        assertTrue(err.contains("nn: the run was stopped: the JVM was asked to exit by quitter.QuittingActivation"),
                err);
        List<String> names = RunFiles.names(runDir);
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names::toString);
    }

    private Process java(String... args) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    /** A plugin directory with the activation {@code quitter}, which calls System.exit(0) on forward call {@code after} (of all its instances). */
    private Path quitter(int after) throws java.io.IOException {
        String forward = "if (++calls == " + after + ") { System.exit(0); } a.copyFrom(z);";
        String source = TestPlugins.activation("quitter", "QuittingActivation", "quitter", "", "NnApi.VERSION")
                .replace("public final class QuittingActivation implements Activation {",
                        "public final class QuittingActivation implements Activation {\n    private static int calls;")
                .replace("public void forward(Matrix z, Matrix a) { a.copyFrom(z); }",
                        "public void forward(Matrix z, Matrix a) { " + forward + " }");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        new PluginJars(dir.resolve("build")).build(plugins.resolve("quitter.jar"),
                Map.of("quitter/QuittingActivation.java", source),
                Map.ofEntries(PluginJars.services(Activation.class, "quitter.QuittingActivation")));
        return plugins;
    }

    @Test
    void systemExitInABatch_marksEveryRunInProgressFailed() throws Exception {
        Path plugins = quitter(3000);
        Files.writeString(dir.resolve("quit.yaml"), QUIT.replace("epochs: 5", "epochs: 1000"));
        Path batch = Files.writeString(dir.resolve("b.yaml"), "batch: b\nbase: quit.yaml\nseeds: [1, 2]\n");
        Path out = dir.resolve("out");
        Process process = java("batch", batch.toString(), "--batch-dir", out.toString(), "--parallel", "2",
                "--plugins", plugins.toString(), "--quiet");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the batch ends");
        String err = RunFiles.read(dir.resolve("err.txt"));
        assertEquals(1, process.exitValue(), err);
        for (String run : List.of("seed=1", "seed=2")) {
            String marker = RunFiles.read(out.resolve(run).resolve("INCOMPLETE"));
            assertTrue(marker.startsWith("failed: the JVM was asked to exit"), run + ": " + marker + err);
        }
    }
}
