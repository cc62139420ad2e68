package org.nnlab.runner.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Layer;
import org.nnlab.api.Problem;
import org.nnlab.api.Shape;
import org.nnlab.api.UserException;
import org.nnlab.core.Initializer;
import org.nnlab.core.LayerStack;
import org.nnlab.core.LayerStackBuilder;
import org.nnlab.core.LayerStage;
import org.nnlab.core.Network;
import org.nnlab.runner.config.LayerSpec;
import org.nnlab.runner.config.NetworkSpec;

/**
 * The layer-list form of the network: its layers configured, their shapes checked one by one against the data's
 * geometry (problems at each item's {@code network.layers[i]}), and each layer's parameters drawn in turn from
 * the {@code init} stream with its own initialiser or {@code network.init}.
 */
public final class LayeredNetworks {
    private LayeredNetworks() {
    }

    /** The network of {@code spec}'s layer list for {@code data}, its weights drawn from {@code init}. */
    public static Network build(NetworkSpec spec, DataSplits data, Random init) {
        Shape input = inputShape(spec, data);
        List<LayerStackBuilder.Item> items = new ArrayList<>();
        for (LayerSpec layer : spec.stack()) {
            Layer configured = layer.layer().configured(Layer.class);
            Activation activation = layer.activation() == null ? null : layer.activation().configured(Activation.class);
            items.add(new LayerStackBuilder.Item(configured, layer.layer().params(), activation, layer.path()));
        }
        LayerStack stack = LayerStackBuilder.build(input, items);
        LayerSpec last = spec.stack().get(spec.stack().size() - 1);
        if (!stack.output().isFlat() || stack.output().size() != data.classCount()) {
            throw new UserException(last.path(), "the last layer gives " + stack.output() + " values per example"
                    + " but the dataset has " + data.classCount() + " classes; end with e.g. {dense: "
                    + data.classCount() + ", activation: softmax}");
        }
        if (spec.initFrom().isPresent()) {
            Network network = new Network(stack);
            InitFrom.copyLayered(spec.initFrom().get(), spec, network);
            return network;
        }
        for (int i = 0; i < stack.stages().size(); i++) {
            LayerStage stage = stack.stages().get(i);
            String key = spec.stack().get(i).init() == null ? spec.init() : spec.stack().get(i).init();
            Initializer.byKey(key).initialize(stage.instance(), fanOut(stack, i), init);
        }
        return new Network(stack);
    }

    /**
     * Stage {@code i}'s fan-out, divided by the area of a {@code max-pool} right after it (network3's n_out:
     * filters*size*size/(pool area) for a conv layer); the layer's own otherwise.
     */
    static int fanOut(LayerStack stack, int i) {
        int fanOut = stack.stages().get(i).instance().fanOut();
        if (i + 1 < stack.stages().size() && stack.stages().get(i + 1).layer().name().equals("max-pool")) {
            Layer.Instance pool = stack.stages().get(i + 1).instance();
            return Math.max(1, fanOut / (pool.input().size() / pool.output().size()));
        }
        return fanOut;
    }

    /** {@code network.input}, or the dataset's image as one channel, or its features as a flat vector. */
    static Shape inputShape(NetworkSpec spec, DataSplits data) {
        List<Integer> given = spec.input();
        if (given.isEmpty()) {
            return data.imageWidth() > 0 ? new Shape(1, data.imageHeight(), data.imageWidth())
                    : Shape.flat(data.featureCount());
        }
        Shape shape = given.size() == 1 ? Shape.flat(given.get(0)) : new Shape(given.get(0), given.get(1), given.get(2));
        if (shape.size() != data.featureCount()) {
            String image = data.imageWidth() > 0 ? "[1, " + data.imageHeight() + ", " + data.imageWidth() + "]"
                    : "[" + data.featureCount() + "]";
            throw new UserException(List.of(new Problem("network.input", "an input of " + shape + " has "
                    + shape.size() + " values but the dataset has " + data.featureCount() + " per example; use "
                    + image + " or leave network.input out")));
        }
        return shape;
    }
}
