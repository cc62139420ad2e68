package org.nnlab.runner.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.testing.RunFiles;

/**
 * The issue's YAML (configs/ch3-cross-entropy-l2.yaml), on a small subset, run twice and with 1 and 2 threads:
 * identical metrics.csv apart from the seconds, and identical model bytes.
 */
class ReproducibilityTest {
    private static final Path ISSUE_YAML = Path.of("..", "configs", "ch3-cross-entropy-l2.yaml");

    @TempDir
    Path dir;

    private void assertReproducible(Nn nn, String... overrides) throws IOException {
        List<Path> runs = new ArrayList<>();
        for (String threads : List.of("1", "1", "2")) {
            Path runDir = dir.resolve("run-" + runs.size());
            List<String> args = new ArrayList<>(List.of("run", ISSUE_YAML.toString(), "--run-dir", runDir.toString(),
                    "--threads", threads, "--quiet"));
            for (String override : overrides) {
                args.add("--set");
                args.add(override);
            }
            Nn.Result result = nn.run(args.toArray(String[]::new));
            assertEquals(0, result.exit(), result::toString);
            runs.add(runDir);
        }
        for (Path other : runs.subList(1, runs.size())) {
            assertEquals(RunFiles.metricsWithoutSeconds(runs.get(0)), RunFiles.metricsWithoutSeconds(other),
                    "the same metrics in " + other);
            assertArrayEquals(Files.readAllBytes(runs.get(0).resolve("model.nnm")),
                    Files.readAllBytes(other.resolve("model.nnm")), "the same model bytes in " + other);
        }
    }

    @Test
    void onTheToyDataset() throws IOException {
        assertReproducible(new Nn(dir.resolve("cache")), "dataset.name=toy", "dataset.train=300",
                "network.layers=[16, 100, 4]", "training.epochs=3");
    }

    @Test
    void onTheEmbeddedDigits20() throws IOException {
        assumeTrue(PluginRegistry.builtIn().names(PluginKind.DATASET).contains("digits20"), "digits20 is not built");
        assertReproducible(new Nn(dir.resolve("cache")), "dataset.name=digits20", "network.layers=[400, 100, 10]",
                "training.epochs=2");
    }

    @Test
    void onAnMnistSubset() throws IOException {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "mnist")), "NN_DATA_DIR/mnist is not set up");
        assertReproducible(new Nn(dir.resolve("cache")).withDataRoot(Path.of(root)), "dataset.limit=1000",
                "dataset.download=false", "dataset.validation=1000", "training.epochs=1");
    }
}
