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

/** {@code network.init: {from: FILE}} with a layer list: a layered model's weights, checked layer by layer. */
class InitFromLayersTest {
    private static final String TRAINED = """
            name: trained
            dataset: {name: toy, train: 400, validation: 100, test: 100, side: 6}
            network:
              input: [1, 6, 6]
              layers:
                - {conv: {filters: 3, size: 3}, activation: sigmoid}
                - {max-pool: 2}
                - {dense: 4, activation: softmax}
            loss: log-likelihood
            optimizer: {name: sgd, learning-rate: 0.5}
            training: {epochs: 1}
            """;

    @TempDir
    Path dir;

    @Test
    void aLayerListStartsFromTheModelsWeights() throws Exception {
        Nn nn = new Nn(dir.resolve("cache"));
        Path trained = dir.resolve("runs").resolve("trained");
        Path config = Files.writeString(dir.resolve("trained.yaml"), TRAINED);
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", trained.toString(), "--quiet").exit());

        // with a learning rate too small to move a float32 weight, epoch 1 measures the loaded model itself
        String tunedText = TRAINED.replace("name: trained", "name: tuned")
                .replace("  input: [1, 6, 6]\n", "  input: [1, 6, 6]\n  init: {from: runs/trained/best.nnm}\n")
                .replace("learning-rate: 0.5", "learning-rate: 1e-30");
        Path tuned = Files.writeString(dir.resolve("tuned.yaml"), tunedText);
        Nn.Result validated = nn.run("validate", tuned.toString());
        assertEquals(0, validated.exit(), validated.toString());
        Path run = dir.resolve("runs").resolve("tuned");
        Nn.Result result = nn.run("run", tuned.toString(), "--run-dir", run.toString(), "--quiet");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(stripped(RunFiles.metricsWithoutSeconds(trained).split("\n")[1]),
                stripped(RunFiles.metricsWithoutSeconds(run).split("\n")[1]),
                "the tuned run's first epoch has the 1-epoch run's (best) figures");

        Path scratch = Files.writeString(dir.resolve("scratch.yaml"), TRAINED.replace("name: trained",
                "name: scratch").replace("learning-rate: 0.5", "learning-rate: 1e-30"));
        Path scratchRun = dir.resolve("runs").resolve("scratch");
        assertEquals(0, nn.run("run", scratch.toString(), "--run-dir", scratchRun.toString(), "--quiet").exit());
        assertFalse(stripped(RunFiles.metricsWithoutSeconds(run).split("\n")[1]).equals(
                stripped(RunFiles.metricsWithoutSeconds(scratchRun).split("\n")[1])),
                "without init.from the first epoch is another network's");
    }

    @Test
    void aModelOfOtherLayers_isAProblemNamingBoth_beforeAnythingIsWritten() throws Exception {
        Nn nn = new Nn(dir.resolve("cache"));
        Path trained = dir.resolve("trained");
        Path config = Files.writeString(dir.resolve("trained.yaml"), TRAINED);
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", trained.toString(), "--quiet").exit());

        Path wider = Files.writeString(dir.resolve("wider.yaml"), TRAINED
                .replace("  input: [1, 6, 6]\n", "  input: [1, 6, 6]\n  init: {from: trained/model.nnm}\n")
                .replace("filters: 3", "filters: 5"));
        Nn.Result result = nn.run("run", wider.toString(), "--run-dir", dir.resolve("never").toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result.toString());
        assertTrue(result.err().contains(wider + ":5:"), result.err());
        assertTrue(result.err().contains("network.init.from: layer 1 conv filters=3 size=3 activation=sigmoid in the"
                + " model, conv filters=5 size=3 activation=sigmoid in the config"), result.err());
        assertFalse(result.hasStackTrace(), result.err());
        assertFalse(Files.exists(dir.resolve("never")), "nothing written");

        Path sizes = Files.writeString(dir.resolve("sizes.yaml"), """
                name: sizes
                dataset: {name: toy, train: 400, validation: 100, test: 100, side: 6}
                network: {layers: [36, 12, 4], init: {from: trained/model.nnm}}
                """);
        result = nn.run("validate", sizes.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result.toString());
        assertTrue(result.err().contains(sizes + ":3:") && result.err().contains("network.init.from: ")
                && result.err().contains("model.nnm: the model has layer \"conv\" but the network is given as sizes"),
                result.err());
    }

    /** A metrics row (seconds removed) without its epoch number and learning rate. */
    private static String stripped(String row) {
        List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
        cells.remove(7);
        cells.remove(0);
        return String.join(",", cells);
    }
}
