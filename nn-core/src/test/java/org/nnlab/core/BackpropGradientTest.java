package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Params;

/** Every weight and bias gradient of a whole network against central finite differences of the batch cost. */
class BackpropGradientTest {

    @ParameterizedTest(name = "{0} hidden, {1} output, {2} loss")
    @CsvSource({
            "sigmoid, sigmoid, quadratic",
            "sigmoid, sigmoid, cross-entropy",
            "sigmoid, softmax, log-likelihood",
            "sigmoid, softmax, quadratic",
            "tanh, sigmoid, cross-entropy",
            "tanh, identity, quadratic",
            "sigmoid, softmax, cross-entropy"})
    void gradientsMatchFiniteDifferences(String hidden, String output, String lossName) {
        Network network = new Network(new int[]{5, 4, 3, 3}, Plugins.activation(hidden), Plugins.activation(output));
        Initializer.SCALED_GAUSSIAN.initialize(network, new Random(7));
        Loss loss = Plugins.loss(lossName);
        Backprop pass = batch(network, 4, 11);
        pass.forward();
        pass.backward(loss);

        float h = 1e-2f;
        for (DenseLayer layer : network.layers()) {
            for (Matrix[] pair : List.of(new Matrix[]{layer.weights(), layer.nablaW()},
                    new Matrix[]{layer.biases(), layer.nablaB()})) {
                float[] values = pair[0].data();
                float[] analytic = pair[1].data().clone();
                for (int i = 0; i < values.length; i++) {
                    float saved = values[i];
                    values[i] = saved + h;
                    pass.forward();
                    double plus = pass.cost(loss);
                    values[i] = saved - h;
                    pass.forward();
                    double minus = pass.cost(loss);
                    values[i] = saved;
                    double numeric = (plus - minus) / (2 * h);
                    assertEquals(numeric, analytic[i], 2e-3 + 2e-2 * Math.abs(numeric),
                            hidden + "/" + output + "/" + lossName + ": gradient " + i + " of a "
                                    + pair[0].shape() + " block");
                }
            }
        }
    }

    @Test
    void fusedOutputDeltaEqualsTheGeneralPath() {
        for (String[] pair : new String[][]{{"sigmoid", "cross-entropy"}, {"softmax", "log-likelihood"}}) {
            Network network = new Network(new int[]{5, 6, 4}, Plugins.activation("sigmoid"), Plugins.activation(pair[0]));
            Initializer.SCALED_GAUSSIAN.initialize(network, new Random(3));
            Loss fused = Plugins.loss(pair[1]);
            assertTrue(fused.hasFusedDelta(network.outputActivation().form()), pair[1] + " declares a fused delta with " + pair[0]);
            Backprop pass = batch(network, 8, 5);
            pass.forward();
            pass.backward(fused);
            float[] expected = network.layers().get(0).nablaW().data().clone();
            pass.backward(new Unfused(fused));
            float[] general = network.layers().get(0).nablaW().data();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], general[i], 1e-4 + 1e-3 * Math.abs(expected[i]),
                        pair[0] + "/" + pair[1] + ": fused and general first-layer gradients agree at " + i);
            }
        }
    }

    private static Backprop batch(Network network, int rows, long seed) {
        Random random = new Random(seed);
        Backprop pass = new Backprop(network, rows);
        float[] x = pass.input().data();
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat() < 0.3f ? 0f : random.nextFloat();
        }
        for (int r = 0; r < rows; r++) {
            pass.target().set(r, random.nextInt(pass.target().cols()), 1f);
        }
        return pass;
    }

    /** The same loss without its fused delta, so the engine takes the general path. */
    private record Unfused(Loss loss) implements Loss {
        @Override
        public Loss configure(Params params) {
            return this;
        }

        @Override
        public double cost(Matrix a, Matrix y) {
            return loss.cost(a, y);
        }

        @Override
        public void gradient(Matrix a, Matrix y, Matrix dCda) {
            loss.gradient(a, y, dCda);
        }

        @Override
        public String name() {
            return loss.name();
        }

        @Override
        public String description() {
            return loss.description();
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }
    }
}
