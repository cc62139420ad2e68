package org.nnlab.runner.cli;

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
import org.nnlab.runner.testing.Nn;

/** The layer-list form of network.layers from the command line: errors at line:col, shapes checked, runs. */
class LayerListTest {
    private static final String CONV = """
            name: conv
            dataset: {name: toy, side: 8, train: 400}
            network:
              layers:
                - {conv: {filters: 4, size: 3}, activation: relu}
                - {max-pool: 2}
                - {dense: 16, activation: sigmoid, dropout: 0.2}
                - {dense: 4, activation: softmax, init: zeros}
            loss: log-likelihood
            optimizer: {name: sgd, learning-rate: 0.5}
            training: {epochs: 4}
            """;

    @TempDir
    Path dir;
    private Nn nn;

    @BeforeEach
    void setUp() {
        nn = new Nn(dir.resolve("cache"));
    }

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("conv.yaml"), yaml);
    }

    @Test
    void everyMistakeInALayerList_isReportedAtItsLineAndColumn_withTheFix() throws IOException {
        Path config = config("""
                dataset: toy
                network:
                  activation: relu
                  layers:
                    - {convv: {filters: 4, size: 3}}
                    - {conv: {filter: 4, size: 3}, activaton: relu}
                    - {max-pool: 2, dense: 10}
                    - {dense: 4, dropout: 1.5}
                loss: log-likelihood
                """);
        Nn.Result result = nn.run("validate", config.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(List.of(
                config + ":3:15: network.activation: a layer list gives each layer its own activation; remove this"
                        + " key and write e.g. {dense: 100, activation: sigmoid}",
                config + ":5:8: network.layers[0].convv: unknown layer \"convv\"; did you mean \"conv\"? (valid: conv,"
                        + " dense, dropout, max-pool)",
                config + ":6:14: network.layers[1].conv.filters: conv needs this parameter: the number of filters"
                        + " (output channels) (e.g. 1)",
                config + ":6:15: network.layers[1].conv.filter: unknown parameter of conv \"filter\"; did you mean"
                        + " \"filters\"? (valid: filters, size)",
                config + ":6:36: network.layers[1].activaton: unknown key \"activaton\"; did you mean \"activation\"?"
                        + " (valid: activation, dropout, init)",
                config + ":7:21: network.layers[2].dense: one layer per list item: \"max-pool\" already names this"
                        + " item's layer; start a new item with \"- {dense: ...}\"",
                config + ":8:27: network.layers[3].dropout: dropout expects a number >= 0 and <= 0.99, got 1.5"
                        + " (e.g. 0.5)"),
                result.err().lines().toList());
    }

    @Test
    void validateCheckData_checksEachLayersShapeAgainstTheData() throws IOException {
        Path config = config(CONV.replace("side: 8", "side: 5"));
        Nn.Result result = nn.run("validate", "--check-data", config.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(config + ":6:7: network.layers[1]: max-pool 2 on a 4x3x3 input: 2 must divide the height 3"
                + " and the width 3 (use a size that divides both, or change the conv size before it)",
                result.err().strip());
    }

    @Test
    void aConvNetTrains_andEvalReadsItsModelBack() throws IOException {
        Path runs = dir.resolve("runs");
        Nn.Result result = nn.run("run", config(CONV).toString(), "--runs-dir", runs.toString(), "--threads", "2");
        assertEquals(0, result.exit(), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
        Path run = Files.list(runs).findFirst().orElseThrow();
        Nn.Result eval = nn.run("eval", run.toString());
        assertEquals(0, eval.exit(), eval::toString);
        String accuracy = eval.out().replaceAll("(?s).*accuracy ([0-9.]+)%.*", "$1");
        assertTrue(Double.parseDouble(accuracy) > 80, "a conv net learns the toy prototypes: " + eval.out());
        assertTrue(Files.readString(run.resolve("config.yaml")).contains("- {conv: {filters: 4, size: 3},"
                + " activation: relu}"), "the resolved config keeps the layer list");
        Nn.Result again = nn.run("validate", run.resolve("config.yaml").toString());
        assertEquals(0, again.exit(), "the resolved config validates: " + again);
    }

    @Test
    void aBatchOfLayerListRuns_preflightsEachNetwork_andRunsEverySeed() throws IOException {
        config(CONV.replace("epochs: 4", "epochs: 2"));
        Path batch = Files.writeString(dir.resolve("conv-batch.yaml"), """
                batch: conv-seeds
                base: conv.yaml
                seeds: [1, 2]
                """);
        Nn.Result result = nn.run("batch", batch.toString(), "--batch-dir", dir.resolve("batch").toString(),
                "--quiet");
        assertEquals(0, result.exit(), result::toString);
        Path batchDir = dir.resolve("batch");
        List<String> rows = Files.readAllLines(batchDir.resolve("runs.csv"));
        assertEquals(3, rows.size(), "a header and one row per seed: " + rows);
    }
}
