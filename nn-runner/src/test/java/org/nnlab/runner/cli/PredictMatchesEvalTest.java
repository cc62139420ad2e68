package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.Injector;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.wiring.Injection;

/**
 * predict = eval on training-format images: every image of a test split, written as an 8-bit grey PNG and given to
 * {@code nn predict}, gets the class and probabilities that eval's own forward pass over the split gives it.
 */
class PredictMatchesEvalTest {
    @TempDir
    Path dir;

    @Test
    void onTheWholeDigits20TestSplit() throws IOException {
        Nn nn = new Nn(dir.resolve("cache"));
        Path runDir = train(nn, null, "dataset.name=digits20", "dataset.validation=500", "network.layers=[400, 30, 10]",
                "training.epochs=2");
        assertPredictEqualsEval(nn, runDir, null, 1000);
    }

    @Test
    void onTheWholeMnistTestSplit() throws IOException {
        String root = System.getenv("NN_DATA_DIR");
        assumeTrue(root != null && Files.isDirectory(Path.of(root, "mnist")), "NN_DATA_DIR/mnist is not set up");
        Nn nn = new Nn(dir.resolve("cache")).withDataRoot(Path.of(root));
        Path runDir = train(nn, Path.of(root), "dataset.name=mnist", "dataset.limit=2000", "dataset.download=false",
                "network.layers=[784, 30, 10]", "training.epochs=2");
        assertPredictEqualsEval(nn, runDir, Path.of(root), 10_000);
    }

    private Path train(Nn nn, Path dataRoot, String... overrides) {
        Path runDir = dir.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", "../configs/quickstart.yaml", "--run-dir",
                runDir.toString(), "--quiet"));
        for (String override : overrides) {
            args.add("--set");
            args.add(override);
        }
        Nn.Result result = nn.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result::toString);
        return runDir;
    }

    private void assertPredictEqualsEval(Nn nn, Path runDir, Path dataRoot, int testCount) throws IOException {
        Injector injector = TrainedRun.open(new DatasetContext(dataRoot, dir.resolve("cache")),
                PluginRegistry.builtIn(), runDir, false);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        Network network = Injection.instance(injector, Network.class);
        Examples test = data.test();
        assertEquals(testCount, test.count(), "the whole test split");

        List<String> args = new ArrayList<>(List.of("predict", runDir.toString()));
        StringBuilder expected = new StringBuilder();
        boolean softmax = "softmax".equals(network.outputActivation().name());
        int features = test.featureCount();
        int correct = 0;
        for (int from = 0; from < test.count(); from += 500) {
            int rows = Math.min(500, test.count() - from);
            float[] chunk = new float[rows * features];
            System.arraycopy(test.features(), from * features, chunk, 0, chunk.length);
            Matrix outputs = network.predict(Matrix.wrap(rows, features, chunk));
            for (int r = 0; r < rows; r++) {
                Path png = writePng(test, from + r, data.imageWidth(), data.imageHeight());
                args.add(png.toString());
                float[] row = new float[outputs.cols()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = outputs.get(r, c);
                }
                expected.append(PredictCommand.line(png, row, softmax));
                correct += Network.argmax(outputs, r) == test.label(from + r) ? 1 : 0;
            }
        }
        Nn.Result predicted = nn.run(args.toArray(String[]::new));
        assertEquals(0, predicted.exit(), () -> predicted.toString().substring(0, 2000));
        assertEquals(expected.toString(), predicted.out(), "predict's class and probabilities are eval's");

        Nn.Result eval = nn.run("eval", runDir.toString());
        String accuracy = String.format(Locale.ROOT, "accuracy %.2f%% (%d correct)", 100.0 * correct / test.count(),
                correct);
        assertTrue(eval.out().contains(accuracy), "eval counts the same " + correct + " right: " + eval);
    }

    /** Example {@code i} as an 8-bit grey PNG: level {@code round(feature * 255)}, which the datasets read back. */
    private Path writePng(Examples examples, int i, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, Math.round(examples.features()[i * width * height + y * width + x] * 255));
            }
        }
        Path file = dir.resolve("png").resolve(String.format(Locale.ROOT, "%05d-%d.png", i, examples.label(i)));
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
