package org.nnlab.layers;

import java.util.List;
import java.util.Objects;
import org.nnlab.api.Layer;
import org.nnlab.api.NnApi;
import org.nnlab.api.ParamSpec;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/**
 * A 2-D convolution, valid (no padding), stride 1, as network3.py's {@code ConvPoolLayer} before its pooling:
 * {@code filters} filters of {@code size x size} over every input channel, one bias per filter. An input of
 * {@code C x H x W} gives {@code filters x (H - size + 1) x (W - size + 1)}. The loops are in
 * {@link ConvWorkspace}.
 */
public final class ConvLayer implements Layer {
    public static final String NAME = "conv";
    private static final List<ParamSpec> PARAMETERS = List.of(
            ParamSpec.integer("filters", 0, "the number of filters (output channels)").required().atLeast(1),
            ParamSpec.integer("size", 0, "the side of each square filter, in pixels").required().atLeast(1));

    private final int filters;
    private final int size;

    /** The prototype. */
    public ConvLayer() {
        this(1, 1);
    }

    private ConvLayer(int filters, int size) {
        this.filters = filters;
        this.size = size;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "2-D convolution: valid, stride 1, filters x size x size over every input channel";
    }

    @Override
    public List<ParamSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public int apiVersion() {
        return NnApi.VERSION;
    }

    @Override
    public Layer configure(Params params) {
        Objects.requireNonNull(params, "params is null");
        return new ConvLayer(params.integer("filters"), params.integer("size"));
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.height() < size || input.width() < size) {
            throw Shapes.refuse("conv " + size + "x" + size + " on a " + input + " input: each side of the input"
                    + " must be at least " + size + (input.isFlat() ? " (a flat input has no image geometry: put"
                    + " conv layers before any dense layer, and give network.input: [channels, height, width]"
                    + " when the dataset has none)" : " (use a smaller size, or one pooling layer less before it)"));
        }
        return new Shape(filters, input.height() - size + 1, input.width() - size + 1);
    }

    @Override
    public Instance create(Shape input, String name) {
        return new ConvInstance(input, outputShape(input), size, name);
    }
}
