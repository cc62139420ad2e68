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

/** validate, plugins, describe, eval and predict, on the toy dataset. */
class CommandsTest {
    private static final String TOY = """
            name: toy
            dataset: toy
            network: {layers: [16, 12, 4]}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 1.0}
            training: {epochs: 5}
            """;

    @TempDir
    Path dir;
    private Nn nn;

    @BeforeEach
    void setUp() {
        nn = new Nn(dir.resolve("cache"));
    }

    @Test
    void validatePrintsTheResolvedConfig() throws IOException {
        Path config = Files.writeString(dir.resolve("toy.yaml"), TOY);
        Nn.Result result = nn.run("validate", config.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("dataset:\n  name: toy\n  train: 240\n"), result::toString);
        assertTrue(result.out().contains("training:\n  epochs: 5\n  batch-size: 10\n  patience: 0\n"
                + "  evaluate-train: true\n"), result::toString);
        assertTrue(result.err().startsWith("note: the layer sizes are checked"), result::toString);
    }

    @Test
    void validateReportsEveryProblemOfEveryFile() throws IOException {
        Path first = Files.writeString(dir.resolve("a.yaml"), TOY.replace("epochs: 5", "epochs: five"));
        Path second = Files.writeString(dir.resolve("b.yaml"), TOY.replace("loss: cross-entropy", "los: cross-entropy"));
        Nn.Result result = nn.run("validate", first.toString(), second.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(List.of(
                first + ":6:20: training.epochs: expected a positive whole number, got \"five\" (e.g. 30)",
                second + ":1:1: loss: missing; name the cost function, e.g. \"loss: cross-entropy\""
                        + " (valid: cross-entropy, log-likelihood, quadratic)",
                second + ":4:1: los: unknown key \"los\"; did you mean \"loss\"? (valid: dataset, loss, name, network,"
                        + " optimizer, schedule, seed, training)"),
                result.err().lines().toList());
    }

    @Test
    void validateCheckData_checksTheLayerSizes() throws IOException {
        Path config = Files.writeString(dir.resolve("toy.yaml"), TOY.replace("[16, 12, 4]", "[16, 12, 10]"));
        Nn.Result result = nn.run("validate", "--check-data", config.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(config + ":3:19: network.layers: the output layer has 10 units but the dataset has 4 classes;"
                + " use e.g. [16, 12, 4]", result.err().strip());
    }

    @Test
    void pluginsListsEveryKindWithParameters() {
        Nn.Result result = nn.run("plugins");
        assertEquals(0, result.exit(), result::toString);
        for (String expected : List.of("activations:\n", "losses:\n", "optimizers:\n", "datasets:\n",
                "  sgd: stochastic gradient descent", "learning-rate  a positive number, default 0.1: step size eta",
                "  toy: generated noisy prototypes, for tests")) {
            assertTrue(result.out().contains(expected), () -> expected + " in\n" + result.out());
        }
    }

    @Test
    void describeShowsOnePlugin() {
        Nn.Result result = nn.run("describe", "sgd");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("sgd (optimizer): stochastic gradient descent"), result::toString);
        assertTrue(result.out().contains("in an experiment:\n  optimizer:\n    name: sgd\n    learning-rate: 0.1\n"),
                result::toString);
    }

    @Test
    void describeAnUnknownName_suggests() {
        Nn.Result result = nn.run("describe", "sigmod");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().startsWith("unknown plugin \"sigmod\"; did you mean \"sigmoid\"?; see nn plugins"
                + " (valid: "), result::toString);
        assertFalse(result.hasStackTrace(), result::toString);
    }

    @Test
    void evalPrintsAccuracyAndTheConfusionMatrix() throws IOException {
        Path runDir = trainedToy();
        Nn.Result result = nn.run("eval", runDir.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith(runDir + " on 60 test examples: accuracy "), result::toString);
        assertTrue(result.out().contains("confusion matrix (rows: true class, columns: predicted class)"));
        assertTrue(result.out().contains("class  precision  recall      f1  support"), result::toString);
        assertTrue(result.out().contains("macro"), result::toString);
    }

    /** best.nnm is the model of the best validation epoch: eval --best gives that epoch's test accuracy. */
    @Test
    void evalBestUsesTheModelOfTheBestValidationEpoch() throws IOException {
        // noisy enough that the test accuracy moves from epoch to epoch, so the best and the last models differ
        Path config = Files.writeString(dir.resolve("toy.yaml"), TOY.replace("dataset: toy",
                "dataset: {name: toy, noise: 1.5}").replace("learning-rate: 1.0", "learning-rate: 3.0")
                .replace("epochs: 5", "epochs: 8"));
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet").exit());
        assertTrue(Files.isRegularFile(runDir.resolve("best.nnm")), "a run with a validation set writes best.nnm");
        String summary = Files.readString(runDir.resolve("summary.json"));
        java.util.regex.Matcher best = java.util.regex.Pattern.compile("\"best_epoch\": ?(\\d+)").matcher(summary);
        assertTrue(best.find(), summary);
        int bestEpoch = Integer.parseInt(best.group(1));

        List<String> rows = Files.readAllLines(runDir.resolve("metrics.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("test_accuracy");
        double atBest = Double.parseDouble(rows.get(bestEpoch).split(",")[column]);
        double atLast = Double.parseDouble(rows.get(rows.size() - 1).split(",")[column]);
        assertTrue(atBest != atLast, () -> "the case needs the best epoch (" + bestEpoch + ") to differ from the last in"
                + " test accuracy, so that eval --best can tell them apart: " + atBest + " and " + atLast);

        Nn.Result bestEval = nn.run("eval", runDir.toString(), "--best");
        assertEquals(0, bestEval.exit(), bestEval::toString);
        assertTrue(bestEval.out().startsWith(String.format(java.util.Locale.ROOT,
                "%s on 60 test examples: accuracy %.2f%%", runDir, 100 * atBest)), () -> "epoch " + bestEpoch
                + " had " + atBest + "\n" + bestEval);
        Nn.Result lastEval = nn.run("eval", runDir.toString());
        assertTrue(lastEval.out().startsWith(String.format(java.util.Locale.ROOT,
                "%s on 60 test examples: accuracy %.2f%%", runDir, 100 * atLast)), lastEval::toString);
    }

    @Test
    void evalBestOfARunWithoutValidation_saysWhyThereIsNoBestModel() throws IOException {
        Path config = Files.writeString(dir.resolve("toy.yaml"), TOY.replace("dataset: toy",
                "dataset: {name: toy, validation: 0}"));
        Path runDir = dir.resolve("run");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet").exit());
        assertFalse(Files.exists(runDir.resolve("best.nnm")));
        Nn.Result result = nn.run("eval", runDir.toString(), "--best");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(runDir.resolve("best.nnm") + ": no such file; a run writes it only when its dataset has a"
                + " validation set (the best epoch is chosen by validation accuracy); leave out --best to use the"
                + " last epoch's model.nnm", result.err().strip());
    }

    @Test
    void evalOfADirectoryThatIsNoRun() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Nn.Result result = nn.run("eval", empty.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(empty + ": not a run directory (it has no config.yaml); give a directory made by nn run",
                result.err().strip());
    }

    @Test
    void predictPrintsTheClassAndProbabilities() throws IOException {
        Path runDir = trainedToy();
        Path image = dir.resolve("digit.png");
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 40,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 5; y < 35; y++) {
            for (int x = 15; x < 25; x++) {
                picture.getRaster().setSample(x, y, 0, 255);
            }
        }
        javax.imageio.ImageIO.write(picture, "png", image.toFile());
        Nn.Result result = nn.run("predict", runDir.toString(), image.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().matches("(?s)" + java.util.regex.Pattern.quote(image.toString())
                + ": [0-3] \\([0-9.]+%\\)\n  outputs normalised to sum 1: 0=[0-9.]+ 1=[0-9.]+ 2=[0-9.]+ 3=[0-9.]+\n"),
                result::toString);
    }

    @Test
    void predictANonImage() throws IOException {
        Path runDir = trainedToy();
        Path text = Files.writeString(dir.resolve("note.png"), "not an image");
        Nn.Result result = nn.run("predict", runDir.toString(), text.toString());
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertEquals(text + ": is not an image this JVM can read; give a PNG, JPEG, GIF or BMP file",
                result.err().strip());
    }

    private Path trainedToy() throws IOException {
        Path config = Files.writeString(dir.resolve("toy.yaml"), TOY);
        Path runDir = dir.resolve("run");
        Nn.Result result = nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet");
        assertEquals(0, result.exit(), result::toString);
        return runDir;
    }
}
