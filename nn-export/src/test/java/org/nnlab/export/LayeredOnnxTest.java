package org.nnlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OrtException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.core.LayerStackBuilder;
import org.nnlab.core.Network;
import org.nnlab.host.PluginRegistry;

/** A layer list exported to ONNX (Conv, MaxPool, Flatten, MatMul), run by ONNX Runtime, gives nnlab's outputs. */
class LayeredOnnxTest {
    private static final PluginRegistry REGISTRY = PluginRegistry.builtIn();

    private static LayerStackBuilder.Item item(String name, Map<String, ?> raw, String activation) {
        Layer prototype = REGISTRY.layer(name);
        Params params = Params.resolve(prototype, raw);
        return new LayerStackBuilder.Item(prototype.configure(params), params,
                activation == null ? null : OnnxExportTest.activation(activation), name);
    }

    @Test
    void aConvPoolDenseNetwork_runsInOnnxRuntime_withOurOutputs() throws OrtException {
        Network network = new Network(LayerStackBuilder.build(new Shape(2, 10, 8), List.of(
                item("conv", Map.of("filters", 3, "size", 3), "relu"),
                item("max-pool", Map.of("size", 2), null),
                item("dense", Map.of("units", 7), "sigmoid"),
                item("dropout", Map.of("rate", 0.5), null),
                item("dense", Map.of("units", 4), "softmax"))));
        SplittableRandom random = new SplittableRandom(5);
        for (Parameter p : network.parameters()) {
            float[] v = p.value().data();
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (random.nextGaussian() * 0.5);
            }
        }
        int rows = 6;
        float[] inputs = new float[rows * 160];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) random.nextDouble();
        }
        Matrix ours = network.predict(Matrix.wrap(rows, 160, inputs.clone()));
        float[][] theirs = OnnxExportTest.run(OnnxExport.toBytes(network, "layered"), inputs, rows, 160);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(ours.get(r, c), theirs[r][c], 1e-5, "row " + r + ", output " + c);
            }
        }
    }
}
