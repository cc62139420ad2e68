package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.Examples;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;

/**
 * A few SGD steps on a fixed batch against an independent oracle: {@code src/test/python/reference_sgd.py}
 * (numpy, float64, network2.py's update rule) wrote {@code reference/sgd-steps.txt}. We compute in float32, so
 * the stated tolerance is 2e-5 absolute on every weight and bias after three steps, 1e-5 relative on the cost.
 */
class ReferenceSgdTest {
    private static final double TOLERANCE = 2e-5;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sigmoid-quadratic", "sigmoid-cross-entropy-l2", "softmax-log-likelihood"})
    void threeStepsMatchTheNumpyOracle(String name) throws IOException {
        Map<String, double[]> ref = read();
        String[] caseLine = caseLine(name);
        String outputActivation = caseLine[1];
        double eta = Double.parseDouble(caseLine[3]);
        double lambda = Double.parseDouble(caseLine[4]);
        int[] sizes = toInts(ref.get("sizes"));
        int n = (int) ref.get("n")[0];

        Network network = new Network(sizes, Plugins.activation("sigmoid"), Plugins.activation(outputActivation));
        for (int l = 1; l < sizes.length; l++) {
            DenseLayer layer = network.layers().get(l - 1);
            setTransposed(layer.weights(), ref.get("init.w" + l));
            setAll(layer.biases(), ref.get("init.b" + l));
        }
        Optimizer.Step step = Plugins.sgd(eta, lambda).start(network.parameters(), n);
        var loss = Plugins.loss(caseLine[2]);
        double[] x = ref.get("x");
        int[] labels = toInts(ref.get("labels"));
        Examples examples = new Examples(sizes[0], sizes[sizes.length - 1], toFloats(x), labels);
        Backprop pass = new Backprop(network, 3);
        SparseExamples indexed = new SparseExamples(examples);
        for (int[] batch : List.of(new int[]{0, 1, 2}, new int[]{3, 4, 5}, new int[]{0, 1, 2})) {
            pass.gather(indexed, examples, batch, 0);
            pass.forwardGathered();
            pass.backward(loss);
            step.apply(network.parameters(), 3, eta);
        }

        for (int l = 1; l < sizes.length; l++) {
            DenseLayer layer = network.layers().get(l - 1);
            assertClose(ref.get(name + ".w" + l), transposed(layer.weights()), name + " w" + l);
            assertClose(ref.get(name + ".b" + l), layer.biases().data(), name + " b" + l);
        }
        double expectedCost = ref.get(name + ".total-cost")[0];
        Evaluation evaluation = new Evaluator(network, loss, Plugins.sgd(eta, lambda)).evaluate(examples);
        assertEquals(expectedCost, evaluation.cost(), 1e-5 * Math.abs(expectedCost),
                name + ": total cost (mean loss + L2 term) after three steps");
    }

    private static void assertClose(double[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE, what + "[" + i + "]");
        }
    }

    /** The book's w (outputs x inputs, row-major) into our inputs x outputs layout. */
    private static void setTransposed(Matrix weights, double[] bookW) {
        for (int j = 0; j < weights.cols(); j++) {
            for (int k = 0; k < weights.rows(); k++) {
                weights.set(k, j, (float) bookW[j * weights.rows() + k]);
            }
        }
    }

    private static float[] transposed(Matrix weights) {
        float[] out = new float[weights.rows() * weights.cols()];
        for (int j = 0; j < weights.cols(); j++) {
            for (int k = 0; k < weights.rows(); k++) {
                out[j * weights.rows() + k] = weights.get(k, j);
            }
        }
        return out;
    }

    private static void setAll(Matrix m, double[] values) {
        for (int i = 0; i < values.length; i++) {
            m.data()[i] = (float) values[i];
        }
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static int[] toInts(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    private static String text() throws IOException {
        try (InputStream in = ReferenceSgdTest.class.getResourceAsStream("/reference/sgd-steps.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String[] caseLine(String name) throws IOException {
        for (String line : text().split("\n")) {
            if (line.startsWith("case: " + name + " ")) {
                return line.substring("case: ".length()).split(" ");
            }
        }
        throw new AssertionError("no case " + name + " in the reference file");
    }

    private static Map<String, double[]> read() throws IOException {
        Map<String, double[]> values = new HashMap<>();
        for (String line : text().split("\n")) {
            if (line.startsWith("#") || line.startsWith("case:") || line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(": ");
            String[] parts = line.substring(colon + 2).trim().split(" ");
            double[] numbers = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Double.parseDouble(parts[i]);
            }
            values.put(line.substring(0, colon), numbers);
        }
        return values;
    }

}
