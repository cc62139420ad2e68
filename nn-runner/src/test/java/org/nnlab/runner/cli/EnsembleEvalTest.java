package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Injector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.wiring.Injection;

/**
 * {@code nn eval RUN1 RUN2 RUN3}: three small digits20 runs of different seeds; each model's accuracy is what
 * {@code nn eval RUN} says of it alone, and the vote's accuracy is the one computed here from each model's own
 * outputs; a batch directory means its finished runs; mixed test data or class counts are refused.
 */
class EnsembleEvalTest {
    @TempDir
    static Path dir;

    private static Nn nn;
    private static final List<Path> RUNS = new ArrayList<>();

    @BeforeAll
    static void train() {
        nn = new Nn(dir.resolve("cache"));
        for (int seed = 1; seed <= 3; seed++) {
            Path runDir = dir.resolve("batch").resolve("run-" + seed);
            Nn.Result result = nn.run("run", "../configs/quickstart.yaml", "--run-dir", runDir.toString(), "--quiet",
                    "--set", "seed=" + seed, "--set", "network.layers=[400, 12, 10]", "--set", "training.epochs=1");
            assertEquals(0, result.exit(), result::toString);
            RUNS.add(runDir);
        }
    }

    @Test
    void eachModelsAccuracyAndTheVote_asComputedFromEachModelAlone() {
        Nn.Result result = nn.run(args("eval"));
        assertEquals(0, result.exit(), result::toString);
        for (Path run : RUNS) {
            Nn.Result alone = nn.run("eval", run.toString());
            String accuracy = alone.out().replaceAll("(?s).*?(accuracy [0-9.]+% \\(\\d+ correct\\)).*", "$1");
            assertTrue(result.out().contains(run + "  " + accuracy), run + " " + accuracy + " in " + result);
        }
        String vote = String.format(Locale.ROOT, "accuracy %.2f%% (%d correct)", 100.0 * votedRight() / 1000,
                votedRight());
        assertTrue(result.out().contains("ensemble (plurality vote; a tie goes to the tied class with the largest"
                + " summed output, then to the lowest class index): " + vote), vote + " in " + result);
        assertTrue(result.out().contains("confusion matrix"), result::toString);
    }

    @Test
    void aBatchDirectory_meansItsFinishedRuns() throws IOException {
        Path batch = dir.resolve("batch");
        Files.writeString(batch.resolve("batch.yaml"), "batch: three\n");
        Path unfinished = Files.createDirectories(batch.resolve("run-4"));
        Files.copy(RUNS.get(0).resolve(RunRecorder.CONFIG), unfinished.resolve(RunRecorder.CONFIG));
        Nn.Result byBatch = nn.run("eval", batch.toString());
        Nn.Result byRuns = nn.run(args("eval"));
        assertEquals(0, byBatch.exit(), byBatch::toString);
        assertEquals(byRuns.out(), byBatch.out());
        assertFalse(byBatch.out().contains("run-4"), byBatch::toString);
    }

    @Test
    void runsOfDifferentTestData_areRefusedByName() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        for (Path file : Files.list(RUNS.get(2)).toList()) {
            if (Files.isRegularFile(file)) {
                Files.copy(file, other.resolve(file.getFileName()));
            }
        }
        Path provenance = other.resolve(RunRecorder.PROVENANCE);
        String text = Files.readString(provenance);
        String changed = text.replaceFirst("\"test\": *1000", "\"test\": 999");
        assertFalse(text.equals(changed), "the test count is recorded: " + text);
        Files.writeString(provenance, changed);
        Nn.Result result = nn.run("eval", RUNS.get(0).toString(), other.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains(RUNS.get(0) + " and " + other + " were evaluated on different test data:"
                + " test examples 1000 against 999"), result::toString);
        assertTrue(result.err().contains("give runs trained on the same dataset settings"), result::toString);
    }

    @Test
    void runsOfDifferentClassCounts_areRefused() throws IOException {
        Path config = Files.writeString(dir.resolve("toy.yaml"), """
                name: toy3
                dataset: {name: toy, classes: 3}
                network: {layers: [16, 8, 3]}
                loss: cross-entropy
                optimizer: sgd
                training: {epochs: 1}
                """);
        Path toy3 = dir.resolve("toy3");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", toy3.toString(), "--quiet").exit());
        Path toy4 = dir.resolve("toy4");
        assertEquals(0, nn.run("run", config.toString(), "--run-dir", toy4.toString(), "--quiet", "--set",
                "dataset.classes=4", "--set", "network.layers=[16, 8, 4]").exit());
        Nn.Result result = nn.run("eval", toy3.toString(), toy4.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains(toy3 + " and " + toy4 + " were evaluated on different test data: classes"
                + " 3 against 4"), result::toString);
    }

    @Test
    void aRunWithoutAModel_isNamed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.copy(RUNS.get(0).resolve(RunRecorder.CONFIG), empty.resolve(RunRecorder.CONFIG));
        Nn.Result result = nn.run("eval", RUNS.get(0).toString(), empty.toString());
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains(empty + ": no model yet"), result::toString);
    }

    private static String[] args(String command) {
        List<String> args = new ArrayList<>(List.of(command));
        RUNS.forEach(r -> args.add(r.toString()));
        return args.toArray(String[]::new);
    }

    /** The examples the three models' vote gets right, from each model's outputs computed here. */
    private static int votedRight() {
        List<Matrix> outputs = new ArrayList<>();
        Examples test = null;
        for (Path run : RUNS) {
            Injector injector = TrainedRun.open(new DatasetContext(null, dir.resolve("cache")),
                    PluginRegistry.builtIn(), run, false);
            test = Injection.instance(injector, DataSplits.class).test();
            float[] features = test.features().clone();
            outputs.add(Injection.instance(injector, Network.class)
                    .predict(Matrix.wrap(test.count(), test.featureCount(), features)));
        }
        int right = 0;
        for (int i = 0; i < test.count(); i++) {
            int[] votes = new int[10];
            double[] sums = new double[10];
            for (Matrix m : outputs) {
                votes[Network.argmax(m, i)]++;
                for (int c = 0; c < 10; c++) {
                    sums[c] += m.get(i, c);
                }
            }
            int best = 0;
            for (int c = 1; c < 10; c++) {
                if (votes[c] > votes[best] || votes[c] == votes[best] && sums[c] > sums[best]) {
                    best = c;
                }
            }
            right += best == test.label(i) ? 1 : 0;
        }
        return right;
    }
}
