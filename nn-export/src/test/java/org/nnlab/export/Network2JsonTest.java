package org.nnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnlab.api.Matrix;
import org.nnlab.api.UserException;
import org.nnlab.core.Network;

/** network2.py's JSON, read by a numpy script that loads it as network2.py's {@code load} does. */
class Network2JsonTest {
    @TempDir
    Path dir;

    /** Whether python3 with numpy can be run here. */
    static boolean pythonWithNumpy() {
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

    /** The outputs the numpy script gives for {@code rows} examples of {@code inputs}. */
    static double[][] numpyOutputs(Path json, float[] inputs, int rows, Path dir) throws IOException,
            InterruptedException {
        int cols = inputs.length / rows;
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                text.append(c == 0 ? "" : " ").append(Double.toString(inputs[r * cols + c]));
            }
            text.append('\n');
        }
        Path inputFile = Files.writeString(dir.resolve("inputs.txt"), text);
        Path script = dir.resolve("predict.py");
        try (var in = Network2JsonTest.class.getResourceAsStream("/network2/predict.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process p = new ProcessBuilder("python3", script.toString(), json.toString(), inputFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, p.waitFor(), "the numpy script ran");
        double[][] outputs = new double[lines.size()][];
        for (int r = 0; r < lines.size(); r++) {
            outputs[r] = java.util.Arrays.stream(lines.get(r).split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
        return outputs;
    }

    @Test
    void numpyLoadsItAndPredictsTheSame() throws IOException, InterruptedException {
        assumeTrue(pythonWithNumpy(), "python3 with numpy is not installed");
        Network network = OnnxExportTest.randomNetwork(new int[] {40, 25, 10}, "sigmoid", "sigmoid", 3);
        Path json = Files.writeString(dir.resolve("net.json"), Network2Json.toJson(network, "cross-entropy"));
        int rows = 100;
        float[] inputs = new float[rows * 40];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) random.nextDouble();
        }
        Matrix ours = network.predict(Matrix.wrap(rows, 40, inputs.clone()));
        double[][] theirs = numpyOutputs(json, inputs, rows, dir);
        assertEquals(rows, theirs.length);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) {
                assertEquals(ours.get(r, c), theirs[r][c], 1e-5, "row " + r + ", output " + c);
            }
        }
    }

    @Test
    void onlySigmoidNetworksAndNetwork2Costs() {
        Network softmax = OnnxExportTest.randomNetwork(new int[] {4, 3}, "sigmoid", "softmax", 1);
        UserException e = assertThrows(UserException.class, () -> Network2Json.toJson(softmax, "log-likelihood"));
        assertTrue(e.getMessage().startsWith("activation \"softmax\" cannot be written for network2.py"),
                e.getMessage());
        Network sigmoid = OnnxExportTest.randomNetwork(new int[] {4, 3}, "sigmoid", "sigmoid", 1);
        e = assertThrows(UserException.class, () -> Network2Json.toJson(sigmoid, "log-likelihood"));
        assertTrue(e.getMessage().startsWith("loss \"log-likelihood\" has no network2.py cost class"), e.getMessage());
        assertTrue(Network2Json.toJson(sigmoid, "quadratic").endsWith("\"cost\": \"QuadraticCost\"}\n"));
    }
}
