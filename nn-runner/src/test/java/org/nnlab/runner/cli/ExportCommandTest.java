package org.nnlab.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.google.inject.Injector;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.DataSplits;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.Matrix;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.testing.Nn;
import org.nnlab.runner.wiring.Injection;

/**
 * {@code nn export}: on the 1,000 test images of digits20, ONNX Runtime running the exported ONNX model, and a numpy
 * script loading the network2.py JSON as network2.py's {@code load} does, give the outputs eval's network gives.
 */
class ExportCommandTest {
    private static final Path NETWORK2_SCRIPT = Path.of("..", "nn-export", "src", "test", "resources", "network2",
            "predict.py");

    @TempDir
    Path dir;
    private Nn nn;
    private Path runDir;
    private float[] testFeatures;
    private Matrix ours;
    private int rows;
    private int cols;

    @BeforeEach
    void train() {
        nn = new Nn(dir.resolve("cache"));
        runDir = dir.resolve("run");
        Nn.Result result = nn.run("run", "../configs/quickstart.yaml", "--run-dir", runDir.toString(), "--quiet",
                "--set", "training.epochs=2");
        assertEquals(0, result.exit(), result::toString);
        Injector injector = TrainedRun.open(new DatasetContext(null, dir.resolve("cache")), PluginRegistry.builtIn(),
                runDir, false);
        DataSplits data = Injection.instance(injector, DataSplits.class);
        rows = data.test().count();
        cols = data.featureCount();
        assertEquals(1000, rows, "digits20's whole test split");
        testFeatures = data.test().features().clone();
        ours = Injection.instance(injector, Network.class).predict(Matrix.wrap(rows, cols, testFeatures.clone()));
    }

    @Test
    void onnxRuntimeGivesOurOutputsOnTheTestImages() throws OrtException {
        Path file = dir.resolve("quickstart.onnx");
        Nn.Result result = nn.run("export", runDir.toString(), "--format", "onnx", "-o", file.toString());
        assertEquals(0, result.exit(), result::toString);
        assertEquals("wrote " + file + ": ONNX (IR 7, opset 13); input \"input\" float [N, 400], output \"output\""
                + " float [N, 10]\n", result.out());
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(file.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(testFeatures), new long[] {rows, cols});
             OrtSession.Result outputs = session.run(Map.of("input", input))) {
            assertEquals(Map.of("input", "20x20", "pixel-scale", "255", "classes", "0,1,2,3,4,5,6,7,8,9",
                    "prepare", "fit 15, centre mass"), session.getMetadata().getCustomMetadata(),
                    "what predicting needs travels in metadata_props");
            float[][] theirs = (float[][]) outputs.get(0).getValue();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < 10; c++) {
                    assertEquals(ours.get(r, c), theirs[r][c], 1e-5, "test image " + r + ", output " + c);
                }
            }
        }
    }

    @Test
    void network2JsonLoadsInNumpyAndPredictsTheSame() throws IOException, InterruptedException {
        assumeTrue(pythonWithNumpy(), "python3 with numpy is not installed");
        Nn.Result result = nn.run("export", runDir.toString(), "--format", "network2-json");
        assertEquals(0, result.exit(), result::toString);
        Path json = runDir.resolve("model.json");
        assertEquals("wrote " + json + ": network2.py JSON; sizes [400, 30, 10]\n", result.out());
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                text.append(c == 0 ? "" : " ").append(Double.toString(testFeatures[r * cols + c]));
            }
            text.append('\n');
        }
        Path inputs = Files.writeString(dir.resolve("inputs.txt"), text);
        Process p = new ProcessBuilder("python3", NETWORK2_SCRIPT.toString(), json.toString(), inputs.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor(), "the numpy script ran");
        assertEquals(rows, lines.size());
        int samePrediction = 0;
        for (int r = 0; r < rows; r++) {
            String[] values = lines.get(r).split(" ");
            int best = 0;
            for (int c = 0; c < 10; c++) {
                double theirs = Double.parseDouble(values[c]);
                assertEquals(ours.get(r, c), theirs, 1e-5, "test image " + r + ", output " + c);
                best = theirs > Double.parseDouble(values[best]) ? c : best;
            }
            samePrediction += best == Network.argmax(ours, r) ? 1 : 0;
        }
        assertEquals(rows, samePrediction, "the same predicted class for every test image");
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        Nn.Result result = nn.run("export", runDir.toString(), "--format", "tflite");
        assertEquals(ExitCodes.USAGE, result.exit(), result::toString);
        assertTrue(result.err().contains("--format: unknown format \"tflite\" (valid: network2-json, onnx)"),
                result::toString);
    }

    private static boolean pythonWithNumpy() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
