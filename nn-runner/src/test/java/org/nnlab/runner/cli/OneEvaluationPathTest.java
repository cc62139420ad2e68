package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Examples;
import org.nnlab.core.Evaluator;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.eval.Classifier;
import org.nnlab.runner.eval.ConfusionMatrix;
import org.nnlab.runner.testing.Nn;

/**
 * The trainer's accuracy and every command's come from one forward pass and one class decision: {@code nn eval}
 * reports exactly the test accuracy summary.json recorded (last epoch, and the best epoch's with --best) for a
 * sizes-form and a layer-list network, and tied outputs give the same class to the trainer, eval and predict.
 */
class OneEvaluationPathTest {
    @TempDir
    Path dir;

    @Test
    void evalReportsTheRecordedTestAccuracy_ofASizesFormNetwork() {
        Path run = train("sizes", "network.layers=[400, 15, 10]", "training.epochs=3");
        assertEvalMatchesSummary(run);
    }

    @Test
    void evalReportsTheRecordedTestAccuracy_ofALayerListNetwork() throws IOException {
        Path config = Files.writeString(dir.resolve("conv.yaml"), """
                name: conv
                seed: 3
                dataset: {name: digits20, validation: 500}
                network:
                  input: [1, 20, 20]
                  layers:
                    - {conv: {filters: 3, size: 5}, activation: relu}
                    - {max-pool: 2}
                    - {dense: 10, activation: softmax}
                loss: log-likelihood
                optimizer: {name: sgd, learning-rate: 0.05}
                training: {epochs: 2, batch-size: 10}
                """);
        Path run = dir.resolve("conv");
        Nn.Result result = new Nn(dir.resolve("cache")).run("run", config.toString(), "--run-dir", run.toString(),
                "--quiet");
        assertEquals(0, result.exit(), result::toString);
        assertEvalMatchesSummary(run);
    }

    @Test
    void tiedOutputs_areTheFirstClass_forTheTrainerEvalAndPredict() {
        // all weights and biases 0: every output is sigmoid(0) = 0.5, a tie of all four classes
        PluginRegistry plugins = PluginRegistry.builtIn();
        Network network = new Network(new int[]{6, 5, 4}, plugins.activation("sigmoid"),
                plugins.activation("sigmoid"));
        Random random = new Random(5);
        float[] x = new float[40 * 6];
        int[] labels = new int[40];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 4;
            for (int k = 0; k < 6; k++) {
                x[i * 6 + k] = random.nextFloat();
            }
        }
        Examples examples = new Examples(6, 4, x, labels);
        double trainer = new Evaluator(network, plugins.loss("quadratic"), plugins.optimizer("sgd"))
                .evaluate(examples).accuracy();
        ConfusionMatrix eval = new Classifier(network).evaluate(examples);
        assertEquals(40, eval.count(0, 0) + eval.count(1, 0) + eval.count(2, 0) + eval.count(3, 0),
                "every example is class 0");
        assertEquals(0.25, trainer, "the trainer counts class 0 right too");
        assertEquals(eval.accuracy(), trainer);
        float[] outputs = new Classifier(network).outputs(new float[]{1, 0, 1, 0, 1, 0});
        assertTrue(PredictCommand.line(Path.of("x.png"), outputs, false).startsWith("x.png: 0 (25.0%)"),
                "predict says class 0");
    }

    private Path train(String name, String... overrides) {
        Path run = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("run",
                "../configs/quickstart.yaml", "--run-dir", run.toString(), "--quiet"));
        for (String override : overrides) {
            args.add("--set");
            args.add(override);
        }
        Nn.Result result = new Nn(dir.resolve("cache")).run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result::toString);
        return run;
    }

    private void assertEvalMatchesSummary(Path run) {
        Nn nn = new Nn(dir.resolve("cache"));
        RunResult summary = RunResult.read(run);
        Nn.Result last = nn.run("eval", run.toString());
        assertEquals(0, last.exit(), last::toString);
        assertTrue(last.out().contains(accuracy(summary.testAccuracy())), summary + " in " + last);
        Nn.Result best = nn.run("eval", "--best", run.toString());
        assertEquals(0, best.exit(), best::toString);
        assertTrue(best.out().contains(accuracy(summary.bestEpochTestAccuracy())), summary + " in " + best);
    }

    private static String accuracy(double accuracy) {
        return String.format(Locale.ROOT, "accuracy %.2f%% (%d correct)", 100 * accuracy, Math.round(accuracy * 1000));
    }
}
