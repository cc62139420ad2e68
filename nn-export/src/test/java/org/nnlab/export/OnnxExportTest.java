package org.nnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;
import org.nnlab.core.DenseLayer;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;

/** The exported ONNX model, run by ONNX Runtime, gives nnlab's outputs within 1e-5 for every built-in activation. */
class OnnxExportTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    static Activation activation(String name) {
        Activation prototype = REGISTRY.activation(name);
        return prototype.configure(Params.defaults(prototype));
    }

    static Network randomNetwork(int[] sizes, String hidden, String output, long seed) {
        Network network = new Network(sizes, activation(hidden), activation(output));
        SplittableRandom random = new SplittableRandom(seed);
        for (DenseLayer layer : network.layers()) {
            for (Matrix m : new Matrix[] {layer.weights(), layer.biases()}) {
                float[] data = m.data();
                for (int i = 0; i < data.length; i++) {
                    data[i] = (float) (random.nextGaussian() / Math.sqrt(layer.inputs()));
                }
            }
        }
        return network;
    }

    /** ONNX Runtime's outputs of {@code model} for {@code rows x cols} inputs. */
    static float[][] run(byte[] model, float[] inputs, int rows, int cols) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(inputs), new long[] {rows, cols});
             OrtSession.Result result = session.run(Map.of(OnnxExport.INPUT, input))) {
            assertEquals(OnnxExport.OUTPUT, session.getOutputNames().iterator().next(), "the output's name");
            return (float[][]) result.get(0).getValue();
        }
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"sigmoid,sigmoid", "sigmoid,softmax", "tanh,softmax", "relu,identity", "identity,sigmoid"})
    void onnxRuntimeGivesOurOutputs(String hidden, String output) throws OrtException {
        Network network = randomNetwork(new int[] {50, 30, 20, 10}, hidden, output, 7);
        int rows = 200;
        float[] inputs = new float[rows * 50];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) random.nextDouble();
        }
        Matrix ours = network.predict(Matrix.wrap(rows, 50, inputs.clone()));
        float[][] theirs = run(OnnxExport.toBytes(network, "test"), inputs, rows, 50);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) {
                assertEquals(ours.get(r, c), theirs[r][c], 1e-5, "row " + r + ", output " + c);
            }
        }
    }

    @Test
    void anActivationWithNoOnnxFormIsNamed() {
        Activation plugin = new Activation() {
            @Override
            public String name() {
                return "swish";
            }

            @Override
            public String description() {
                return "a plugin's";
            }

            @Override
            public int apiVersion() {
                return org.nnlab.api.NnApi.VERSION;
            }

            @Override
            public Activation configure(Params params) {
                return this;
            }

            @Override
            public void forward(Matrix z, Matrix a) {
                a.copyFrom(z);
            }

            @Override
            public void backward(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
                gradZ.copyFrom(gradA);
            }
        };
        Network network = new Network(new int[] {3, 2}, plugin, plugin);
        UserException e = assertThrows(UserException.class, () -> OnnxExport.toBytes(network, "x"));
        assertTrue(e.getMessage().startsWith("activation \"swish\" has no ONNX form"), e.getMessage());
    }
}
