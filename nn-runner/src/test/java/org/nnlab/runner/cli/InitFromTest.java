package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/** {@code network.init: {from: FILE}} starts training from a trained model, and a model that does not fit is refused. */
class InitFromTest {
    private static final String TRAINED = """
            name: trained
            dataset: {name: toy, train: 400, validation: 100, test: 100, side: 6}
            network: {layers: [36, 12, 4]}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 0.5}
            training: {epochs: 3}
            """;

    @TempDir
    Path dir;

    @Test
    void aNetworkStartsFromTheModelsWeights_andItsFirstEpochIsWhereTheModelEnded() throws Exception {
        Nn nn = new Nn(dir.resolve("cache"));
        Path trained = dir.resolve("runs").resolve("trained");
        Path config = Files.writeString(dir.resolve("trained.yaml"), TRAINED);
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", trained.toString(), "--quiet").exit());

        // with a learning rate too small to move a float32 weight, epoch 1 measures the loaded model itself
        Path tuned = Files.writeString(dir.resolve("tuned.yaml"), TRAINED.replace("name: trained", "name: tuned")
                .replace("network: {layers: [36, 12, 4]}",
                        "network: {layers: [36, 12, 4], init: {from: runs/trained/best.nnm}}")
                .replace("learning-rate: 0.5", "learning-rate: 1e-30").replace("epochs: 3", "epochs: 1"));
        Nn.Result validated = nn.run("validate", tuned.toString());
        assertEquals(0, validated.exit(), validated.toString());
        assertTrue(validated.out().contains("init: {from: " + trained.resolve("best.nnm").toAbsolutePath() + "}"),
                "the resolved config names the model by its absolute path: " + validated.out());
        Path run = dir.resolve("runs").resolve("tuned");
        Nn.Result result = nn.run("run", tuned.toString(), "--run-dir", run.toString(), "--quiet");
        assertEquals(0, result.exit(), result.toString());
        List<String> from = List.of(RunFiles.metricsWithoutSeconds(trained).split("\n"));
        List<String> to = List.of(RunFiles.metricsWithoutSeconds(run).split("\n"));
        String best = RunFiles.jsonField(trained.resolve("summary.json"), "best_epoch");
        assertEquals(stripped(from.get(Integer.parseInt(best))), stripped(to.get(1)),
                "the tuned run's first epoch has the trained run's best epoch's figures");
        Path scratch = Files.writeString(dir.resolve("scratch.yaml"), TRAINED.replace("name: trained", "name: scratch")
                .replace("learning-rate: 0.5", "learning-rate: 1e-30").replace("epochs: 3", "epochs: 1"));
        Path scratchRun = dir.resolve("runs").resolve("scratch");
        assertEquals(0, nn.run("run", scratch.toString(), "--run-dir", scratchRun.toString(), "--quiet").exit());
        assertFalse(stripped(to.get(1)).equals(stripped(List.of(RunFiles.metricsWithoutSeconds(scratchRun)
                .split("\n")).get(1))), "without init.from the first epoch is another network's");
    }

    @Test
    void aModelOfAnotherShape_orNoModel_isAProblemAtItsPlace() throws Exception {
        Nn nn = new Nn(dir.resolve("cache"));
        Path trained = dir.resolve("trained");
        Path config = Files.writeString(dir.resolve("trained.yaml"), TRAINED.replace("epochs: 3", "epochs: 1"));
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", trained.toString(), "--quiet").exit());

        Path wider = Files.writeString(dir.resolve("wider.yaml"), TRAINED.replace("network: {layers: [36, 12, 4]}",
                "network: {layers: [36, 20, 4], init: {from: trained/model.nnm}}"));
        Nn.Result result = nn.run("validate", wider.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result.toString());
        assertTrue(result.err().contains(wider + ":3:"), result.err());
        assertTrue(result.err().contains("network.init.from: the model " + trained.resolve("model.nnm").toAbsolutePath()
                + " is layers [36, 12, 4] with activation sigmoid and output-activation sigmoid, the network layers"
                + " [36, 20, 4] with activation sigmoid and output-activation sigmoid"), result.err());
        assertFalse(result.hasStackTrace(), result.err());

        Path missing = Files.writeString(dir.resolve("missing.yaml"), TRAINED.replace(
                "network: {layers: [36, 12, 4]}", "network: {layers: [36, 12, 4], init: {from: nowhere/best.nnm}}"));
        result = nn.run("run", missing.toString(), "--run-dir", dir.resolve("never").toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result.toString());
        assertTrue(result.err().contains(missing + ":3:") && result.err().contains("network.init.from: "
                + dir.resolve("nowhere/best.nnm").toAbsolutePath() + ": no model file here"), result.err());
        assertFalse(Files.exists(dir.resolve("never")), "nothing written");

        byte[] model = Files.readAllBytes(trained.resolve("model.nnm"));
        model[model.length - 20] ^= 1;
        Files.write(trained.resolve("model.nnm"), model);
        Path corrupt = Files.writeString(dir.resolve("corrupt.yaml"), TRAINED.replace(
                "network: {layers: [36, 12, 4]}", "network: {layers: [36, 12, 4], init: {from: trained/model.nnm}}"));
        result = nn.run("validate", corrupt.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result.toString());
        assertTrue(result.err().contains("network.init.from: corrupt model file"), result.err());
    }

    /** A metrics row (seconds removed) without its epoch number and learning rate. */
    private static String stripped(String row) {
        List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
        cells.remove(7);
        cells.remove(0);
        return String.join(",", cells);
    }
}
