package org.nnlab.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nnlab.api.Activation;
import org.nnlab.api.Layer;
import org.nnlab.api.Params;
import org.nnlab.api.Problem;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;

/**
 * Builds a {@link LayerStack} from configured layers, checking shapes layer by layer: the first layer that
 * cannot take its input is reported at its path with the layer's own reason and the shape it got.
 */
public final class LayerStackBuilder {
    /**
     * One layer to build.
     *
     * @param layer      a configured layer
     * @param params     what it was configured with
     * @param activation applied to its output, or null
     * @param path       where the user wrote it, for messages (e.g. {@code network.layers[2]})
     */
    public record Item(Layer layer, Params params, Activation activation, String path) {
        public Item {
            Objects.requireNonNull(layer, "layer is null");
            Objects.requireNonNull(path, "path is null");
        }
    }

    private LayerStackBuilder() {
    }

    /** The stack over examples of shape {@code input}, its stages named {@code layer1}, {@code layer2}, ... */
    public static LayerStack build(Shape input, List<Item> items) {
        List<LayerStage> stages = new ArrayList<>();
        Shape shape = input;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Shape in = shape;
            Shape out;
            try {
                out = PluginContext.call(item.layer(), () -> item.layer().outputShape(in));
            } catch (UserException e) {
                List<Problem> problems = new ArrayList<>();
                for (Problem p : e.problems()) {
                    problems.add(new Problem(item.path(), p.message()));
                }
                throw new UserException(problems);
            }
            String label = "layer" + (stages.size() + 1);
            Layer.Instance instance = PluginContext.call(item.layer(), () -> item.layer().create(in, label));
            if (!instance.input().equals(in) || !instance.output().equals(out)) {
                throw new IllegalStateException("layer " + item.layer().name() + " created " + instance.input() + " -> "
                        + instance.output() + " for " + in + " -> " + out);
            }
            stages.add(new LayerStage(item.layer(), item.params(), instance, item.activation(), label));
            shape = out;
        }
        return new LayerStack(input, stages);
    }
}
