package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * The test accuracy at the best validation epoch (best.nnm's) stands beside the last epoch's: on the console's last
 * line, in summary.json and in nn compare; eval --best says which epoch and file it used.
 */
class ModelSelectionTest {
    /** Noisy enough that the test accuracy moves from epoch to epoch, so the best and the last epochs differ. */
    private static final String NOISY_TOY = """
            name: toy
            dataset: {name: toy, noise: 1.5}
            network: {layers: [16, 12, 4]}
            loss: cross-entropy
            optimizer: {name: sgd, learning-rate: 3.0}
            training: {epochs: 8}
            """;

    @TempDir
    Path dir;

    @Test
    void theBestEpochsTestAccuracyIsShownBesideTheLastEpochs() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path config = Files.writeString(dir.resolve("toy.yaml"), NOISY_TOY);
        Path runDir = dir.resolve("run");
        Nn.Result run = nn.run("run", config.toString(), "--run-dir", runDir.toString(), "--quiet");
        assertEquals(0, run.exit(), run::toString);

        int bestEpoch = Integer.parseInt(RunFiles.jsonField(runDir.resolve("summary.json"), "best_epoch"));
        List<String> rows = Files.readAllLines(runDir.resolve("metrics.csv"));
        int testColumn = List.of(rows.get(0).split(",")).indexOf("test_accuracy");
        int validationColumn = List.of(rows.get(0).split(",")).indexOf("validation_accuracy");
        String atBest = rows.get(bestEpoch).split(",")[testColumn];
        String atLast = rows.get(rows.size() - 1).split(",")[testColumn];
        assertTrue(!atBest.equals(atLast), "the case needs the best epoch's test accuracy to differ from the last's");

        assertEquals(atBest, RunFiles.jsonField(runDir.resolve("summary.json"), "best_epoch_test_accuracy"));
        String percentAtBest = String.format(Locale.ROOT, "%.2f%%", 100 * Double.parseDouble(atBest));
        assertTrue(run.out().contains(String.format(Locale.ROOT, "test accuracy %.2f%% after 8 epochs, best"
                + " validation %.2f%% (epoch %d, test accuracy there %s)", 100 * Double.parseDouble(atLast),
                100 * Double.parseDouble(rows.get(bestEpoch).split(",")[validationColumn]), bestEpoch,
                percentAtBest)), run::toString);

        Nn.Result compare = nn.run("compare", runDir.toString());
        assertEquals(0, compare.exit(), compare::toString);
        List<String> table = compare.out().lines().toList();
        int column = table.get(0).indexOf("test at best epoch");
        assertTrue(column > 0, compare::toString);
        assertTrue(table.get(1).substring(column).startsWith(percentAtBest + " (n=1)"), compare::toString);

        Nn.Result eval = nn.run("eval", runDir.toString(), "--best");
        assertEquals(0, eval.exit(), eval::toString);
        assertTrue(eval.out().contains("\nmodel: " + runDir.resolve("best.nnm") + " (epoch " + bestEpoch
                + ", the best validation accuracy: "), eval::toString);
        Nn.Result last = nn.run("eval", runDir.toString());
        assertTrue(last.out().contains("\nmodel: " + runDir.resolve("model.nnm") + " (epoch 8, the last finished)"),
                last::toString);
    }
}
