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
import org.nnlab.api.Parameter;

/**
 * Three steps of each built-in optimizer (sgd with momentum and Nesterov's, adam with L2, adamw) on the network of
 * {@link ReferenceSgdTest}, through the engine's fused first-layer path, against an independent oracle:
 * {@code src/test/python/reference_optimizers.py} (numpy, float64, each rule as its paper and PyTorch's
 * documentation state it) wrote {@code reference/optimizer-steps.txt}. We compute in float32: the stated
 * tolerance is 2e-5 absolute on every weight and bias after three steps.
 */
class ReferenceOptimizersTest {
    private static final double TOLERANCE = 2e-5;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sgd-momentum", "sgd-nesterov", "adam-l2", "adamw"})
    void threeStepsMatchTheNumpyOracle(String name) throws IOException {
        Map<String, double[]> init = read("sgd-steps.txt");
        Map<String, double[]> ref = read("optimizer-steps.txt");
        String[] caseLine = caseLine(name);
        Map<String, Object> params = new HashMap<>();
        for (int i = 2; i < caseLine.length; i++) {
            String[] kv = caseLine[i].split("=");
            params.put(kv[0], kv[1].equals("True") ? (Object) Boolean.TRUE : (Object) Double.valueOf(kv[1]));
        }
        int[] sizes = toInts(init.get("sizes"));
        int n = (int) init.get("n")[0];
        Network network = new Network(sizes, Plugins.activation("sigmoid"), Plugins.activation("sigmoid"));
        for (int l = 1; l < sizes.length; l++) {
            DenseLayer layer = network.layers().get(l - 1);
            set(layer.weights(), init.get("init.w" + l), true);
            set(layer.biases(), init.get("init.b" + l), false);
        }
        Optimizer optimizer = Plugins.optimizer(caseLine[1], params);
        List<Parameter> parameters = network.parameters();
        Optimizer.Step step = optimizer.start(parameters, n);
        Examples examples = new Examples(sizes[0], sizes[sizes.length - 1], toFloats(init.get("x")),
                toInts(init.get("labels")));
        Backprop pass = new Backprop(network, 3);
        pass.fuseFirstLayerStep(step, 0);
        SparseExamples indexed = new SparseExamples(examples);
        for (int[] batch : List.of(new int[]{0, 1, 2}, new int[]{3, 4, 5}, new int[]{0, 1, 2})) {
            pass.gather(indexed, examples, batch, 0);
            step.begin(3, optimizer.learningRate());
            pass.forwardGathered();
            pass.backward(Plugins.loss("cross-entropy"));
            for (int p = 1; p < parameters.size(); p++) {
                step.update(p, 0, parameters.get(p).value().data().length);
            }
        }
        for (int l = 1; l < sizes.length; l++) {
            DenseLayer layer = network.layers().get(l - 1);
            assertClose(ref.get(name + ".w" + l), layer.weights(), true, name + " w" + l);
            assertClose(ref.get(name + ".b" + l), layer.biases(), false, name + " b" + l);
        }
    }

    /** Sets {@code m} from the book's orientation (outputs x inputs) when {@code transposed}. */
    private static void set(Matrix m, double[] values, boolean transposed) {
        for (int i = 0; i < values.length; i++) {
            m.data()[transposed ? index(m, i) : i] = (float) values[i];
        }
    }

    private static void assertClose(double[] expected, Matrix actual, boolean transposed, String what) {
        assertEquals(expected.length, actual.data().length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.data()[transposed ? index(actual, i) : i], TOLERANCE, what + "[" + i + "]");
        }
    }

    /** Where the book's w[j][k] (row-major index i) lives in our inputs x outputs matrix. */
    private static int index(Matrix ours, int i) {
        int inputs = ours.rows();
        return (i % inputs) * ours.cols() + i / inputs;
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

    private static String text(String file) throws IOException {
        try (InputStream in = ReferenceOptimizersTest.class.getResourceAsStream("/reference/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String[] caseLine(String name) throws IOException {
        for (String line : text("optimizer-steps.txt").split("\n")) {
            if (line.startsWith("case: " + name + " ")) {
                return line.substring("case: ".length()).split(" ");
            }
        }
        throw new AssertionError("no case " + name + " in the reference file");
    }

    private static Map<String, double[]> read(String file) throws IOException {
        Map<String, double[]> values = new HashMap<>();
        for (String line : text(file).split("\n")) {
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
