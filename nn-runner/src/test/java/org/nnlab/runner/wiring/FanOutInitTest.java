package org.nnlab.runner.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;
import org.nnlab.core.Initializer;
import org.nnlab.core.LayerStack;
import org.nnlab.core.LayerStackBuilder;
import org.nnlab.layers.ConvLayer;
import org.nnlab.layers.DenseLayer;
import org.nnlab.layers.MaxPoolLayer;

/** {@code fan-out}, network3's init: weights N(0, 1/n_out), n_out of a conv layer divided by the pool after it. */
class FanOutInitTest {
    @Test
    void drawsWeightsWithNetwork3sDeviation_andBiasesN01() {
        LayerStack stack = LayerStackBuilder.build(new Shape(1, 28, 28), List.of(
                item(new ConvLayer(), Map.of("filters", 20, "size", 5), "layer1"),
                item(new MaxPoolLayer(), Map.of("size", 2), "layer2"),
                item(new DenseLayer(), Map.of("units", 100), "layer3")));
        assertEquals(125, LayeredNetworks.fanOut(stack, 0), "20*5*5/(2*2)");
        assertEquals(100, LayeredNetworks.fanOut(stack, 2), "the dense layer's units");
        Random random = new Random(7);
        for (int i : new int[] {0, 2}) {
            Layer.Instance instance = stack.stages().get(i).instance();
            Initializer.byKey("fan-out").initialize(instance, LayeredNetworks.fanOut(stack, i), random);
            double wanted = 1 / Math.sqrt(LayeredNetworks.fanOut(stack, i));
            assertEquals(wanted, sd(instance.parameters().get(0).value().data()), wanted * 0.08,
                    "layer " + (i + 1) + "'s weights N(0, 1/n_out)");
            assertEquals(1.0, sd(instance.parameters().get(1).value().data()), i == 0 ? 0.5 : 0.2,
                    "layer " + (i + 1) + "'s biases N(0, 1)");
        }
    }

    private static LayerStackBuilder.Item item(Layer prototype, Map<String, Object> raw, String label) {
        Params params = Params.resolve(prototype, raw);
        return new LayerStackBuilder.Item(prototype.configure(params), params, null, label);
    }

    private static double sd(float[] values) {
        double sum = 0;
        double squares = 0;
        for (float v : values) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / values.length;
        return Math.sqrt(squares / values.length - mean * mean);
    }
}
