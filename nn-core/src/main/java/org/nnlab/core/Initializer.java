package org.nnlab.core;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nnlab.api.Layer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Suggestions;
import org.nnlab.api.UserException;

/**
 * How a network's weights and biases start. Each draws, layer by layer, all weights (in the book's order,
 * output j then input k) and then all biases from one {@link Random}.
 */
public enum Initializer {
    /** Weights N(0, 1/n_in), biases N(0, 1): network2.py's default_weight_initializer (Nielsen ch. 3). */
    SCALED_GAUSSIAN("scaled-gaussian", 1.0, 1.0),
    /** Weights and biases N(0, 1): network.py's initializer (Nielsen ch. 1). */
    GAUSSIAN("gaussian", 0.0, 1.0),
    /** Glorot/Xavier normal: weights N(0, 2/(n_in + n_out)), biases 0. */
    XAVIER("xavier", 2.0, 0.0),
    /** He normal, for ReLU: weights N(0, 2/n_in), biases 0. */
    HE("he", 2.0, 0.0),
    /**
     * Weights N(0, 1/n_out), biases N(0, 1): network3.py's layers, where a conv layer's n_out is
     * filters*size*size divided by the area of the max-pool after it (given by the caller).
     */
    FAN_OUT("fan-out", 1.0, 1.0),
    /** Weights and biases 0, drawing nothing: network3.py's softmax layer. */
    ZEROS("zeros", 0.0, 0.0);

    private final String key;
    private final double scale;
    private final double biasSd;

    Initializer(String key, double scale, double biasSd) {
        this.key = key;
        this.scale = scale;
        this.biasSd = biasSd;
    }

    /** The kebab-case key used in YAML. */
    public String key() {
        return key;
    }

    /** The initializer named {@code key}, or a {@link UserException} listing the valid keys. */
    public static Initializer byKey(String key) {
        for (Initializer i : values()) {
            if (i.key.equals(key)) {
                return i;
            }
        }
        throw new UserException(Suggestions.unknown("initializer", key, keys()));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Initializer::key).toList();
    }

    /** Fills every layer of {@code network} from {@code random}. */
    public void initialize(Network network, Random random) {
        if (network.layerStack().isPresent()) {
            for (LayerStage stage : network.layerStack().get().stages()) {
                initialize(stage.instance(), random);
            }
            return;
        }
        for (DenseLayer layer : network.layers()) {
            double weightSd = switch (this) {
                case ZEROS -> 0.0;
                case SCALED_GAUSSIAN -> 1.0 / Math.sqrt(layer.inputs());
                case FAN_OUT -> 1.0 / Math.sqrt(layer.outputs());
                case GAUSSIAN -> 1.0;
                case XAVIER -> Math.sqrt(scale / (layer.inputs() + layer.outputs()));
                case HE -> Math.sqrt(scale / layer.inputs());
            };
            float[] w = layer.weights().data();
            for (int j = 0; j < layer.outputs(); j++) {
                for (int k = 0; k < layer.inputs(); k++) {
                    w[k * layer.outputs() + j] = (float) (random.nextGaussian() * weightSd);
                }
            }
            float[] b = layer.biases().data();
            for (int j = 0; j < b.length; j++) {
                b[j] = biasSd == 0 ? 0f : (float) (random.nextGaussian() * biasSd);
            }
        }
    }

    /**
     * Fills one layer's parameters from {@code random}, each in its storage order: the weights (parameters that
     * {@linkplain Parameter#decays() decay}) from the layer's fan-in and fan-out, as for a dense layer, then
     * the biases.
     */
    public void initialize(Layer.Instance layer, Random random) {
        initialize(layer, layer.fanOut(), random);
    }

    /** As {@link #initialize(Layer.Instance, Random)}, with {@code fanOut} in place of the layer's own. */
    public void initialize(Layer.Instance layer, int fanOut, Random random) {
        if (this == ZEROS) {
            return;
        }
        for (boolean weights : new boolean[]{true, false}) {
            for (Parameter parameter : layer.parameters()) {
                if (parameter.decays() != weights) {
                    continue;
                }
                double sd = weights ? weightSd(layer.fanIn(), fanOut) : biasSd;
                float[] values = parameter.value().data();
                for (int i = 0; i < values.length; i++) {
                    values[i] = sd == 0 ? 0f : (float) (random.nextGaussian() * sd);
                }
            }
        }
    }

    private double weightSd(int fanIn, int fanOut) {
        return switch (this) {
            case SCALED_GAUSSIAN -> 1.0 / Math.sqrt(fanIn);
            case FAN_OUT -> 1.0 / Math.sqrt(fanOut);
            case GAUSSIAN -> 1.0;
            case XAVIER -> Math.sqrt(scale / (fanIn + fanOut));
            case HE -> Math.sqrt(scale / fanIn);
            case ZEROS -> 0.0;
        };
    }
}
