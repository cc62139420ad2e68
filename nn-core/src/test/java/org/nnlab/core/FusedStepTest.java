package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.core.io.ModelFile;

/**
 * The backward pass that steps the first layer's weights as it sums their gradients gives the bits of the plain
 * pass followed by the optimizer's whole step, for every built-in optimizer, whatever the thread count.
 */
class FusedStepTest {

    @ParameterizedTest(name = "{0} {1}, hidden {2}, {3} thread(s)")
    @CsvSource(delimiter = ';', value = {
            "sgd; 0; 0; false; 30; 1", "sgd; 5; 0; false; 30; 2", "sgd; 5; 0; false; 47; 2",
            "sgd; 5; 0.9; false; 30; 2", "sgd; 0; 0.9; false; 9; 1", "sgd; 5; 0.9; true; 30; 2",
            "adam; 5; 0; false; 30; 2", "adam; 0; 0; false; 9; 1", "adamw; 0; 0; false; 30; 2",
            "adamw; 0; 0; false; 100; 1"})
    void fusedPathGivesThePlainPathsBits(String name, double lambda, double momentum, boolean nesterov, int hidden,
                                         int threads) {
        Map<String, Object> params = switch (name) {
            case "sgd" -> Map.of("learning-rate", 0.5, "l2", lambda, "momentum", momentum, "nesterov", nesterov);
            case "adam" -> Map.of("learning-rate", 0.01, "l2", lambda);
            default -> Map.of("learning-rate", 0.01, "weight-decay", 0.1);
        };
        Optimizer optimizer = Plugins.optimizer(name, params);
        int inputs = 40;
        int batch = 8;
        Network plain = network(inputs, hidden);
        Network fused = network(inputs, hidden);
        List<Parameter> plainParameters = plain.parameters();
        List<Parameter> fusedParameters = fused.parameters();
        Optimizer.Step plainStep = optimizer.start(plainParameters, 1000);
        Optimizer.Step fusedStep = optimizer.start(fusedParameters, 1000);
        Random random = new Random(hidden * 31L + threads);
        int emptyColumns = 0;
        try (WorkerPool pool = new WorkerPool(threads)) {
            Backprop plainPass = new Backprop(plain, batch);
            Backprop fusedPass = new Backprop(fused, batch, pool);
            fusedPass.fuseFirstLayerStep(fusedStep, 0);
            for (int step = 0; step < 5; step++) {
                fill(plainPass, random, inputs);
                System.arraycopy(plainPass.input().data(), 0, fusedPass.input().data(), 0, batch * inputs);
                System.arraycopy(plainPass.target().data(), 0, fusedPass.target().data(), 0, batch * 4);
                emptyColumns += emptyColumns(plainPass, inputs);

                plainPass.forward();
                plainPass.backward(Plugins.loss("cross-entropy"));
                plainStep.apply(plainParameters, batch, optimizer.learningRate());

                fusedStep.begin(batch, optimizer.learningRate());
                fusedPass.forward();
                fusedPass.backward(Plugins.loss("cross-entropy"));
                for (int p = 1; p < fusedParameters.size(); p++) {
                    fusedStep.update(p, 0, fusedParameters.get(p).value().data().length);
                }
                assertArrayEquals(ModelFile.toBytes(plain), ModelFile.toBytes(fused),
                        "step " + step + ": the fused path's model bytes are the plain path's");
            }
        }
        assertTrue(emptyColumns > 0, "some inputs are zero in a whole batch, so the zero-gradient rows are tested");
    }

    private static Network network(int inputs, int hidden) {
        Network network = new Network(new int[]{inputs, hidden, 4}, Plugins.activation("sigmoid"),
                Plugins.activation("sigmoid"));
        Initializer.SCALED_GAUSSIAN.initialize(network, new Random(3));
        return network;
    }

    /** Inputs about 80% zeros, the first four columns always zero; one-hot targets. */
    private static void fill(Backprop pass, Random random, int inputs) {
        float[] x = pass.input().data();
        for (int i = 0; i < x.length; i++) {
            x[i] = i % inputs < 4 || random.nextFloat() < 0.8f ? 0f : random.nextFloat();
        }
        float[] y = pass.target().data();
        java.util.Arrays.fill(y, 0f);
        for (int r = 0; r < pass.batchSize(); r++) {
            y[r * 4 + random.nextInt(4)] = 1f;
        }
    }

    private static int emptyColumns(Backprop pass, int inputs) {
        int count = 0;
        float[] x = pass.input().data();
        for (int k = 0; k < inputs; k++) {
            boolean empty = true;
            for (int r = 0; r < pass.batchSize(); r++) {
                empty &= x[r * inputs + k] == 0f;
            }
            count += empty ? 1 : 0;
        }
        return count;
    }
}
