package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Layer;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Shape;

/** The layered form trains through the same Trainer: it learns, and its bits depend on the seed alone. */
class LayeredTrainingTest {
    /** Four noisy prototypes of 36 features, read as 1x6x6 images. */
    private static final DataSplits DATA = SyntheticData.splits(600, 200, 200, 36, 4, 1);

    static Layer layer(String name, Map<String, ?> params) {
        Layer prototype = Plugins.REGISTRY.layer(name);
        return prototype.configure(Params.resolve(prototype, params));
    }

    static LayerStackBuilder.Item item(String name, Map<String, ?> params, String activation) {
        Layer prototype = Plugins.REGISTRY.layer(name);
        return new LayerStackBuilder.Item(layer(name, params), Params.resolve(prototype, params),
                activation == null ? null : Plugins.activation(activation), name);
    }

    /** conv 3x3x3 relu, max-pool 2, dense 16 sigmoid, dropout 0.3, dense 4 softmax. */
    static Network convNet() {
        return new Network(LayerStackBuilder.build(new Shape(1, 6, 6), List.of(
                item("conv", Map.of("filters", 3, "size", 3), "relu"),
                item("max-pool", Map.of("size", 2), null),
                item("dense", Map.of("units", 16), "sigmoid"),
                item("dropout", Map.of("rate", 0.3), null),
                item("dense", Map.of("units", 4), "softmax"))));
    }

    private static TrainingResult train(Network network, long seed, int threads) {
        RandomStreams random = new RandomStreams(seed);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        return new Trainer(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.3, 1.0),
                new TrainingOptions(3, 7, 0, true, threads)).train(DATA, random, TrainingListener.NONE);
    }

    private static List<Matrix> values(Network network) {
        List<Matrix> values = new ArrayList<>();
        for (Parameter p : network.parameters()) {
            values.add(p.value().copy());
        }
        return values;
    }

    private static List<EpochMetrics> withoutTimes(TrainingResult result) {
        return result.history().stream()
                .map(m -> new EpochMetrics(m.epoch(), m.train(), m.validation(), m.test(), 0, 0)).toList();
    }

    @Test
    void aConvNetLearns_andOneTwoAndThreeThreadsGiveTheSameBits() {
        Network one = convNet();
        TrainingResult reference = train(one, 42, 1);
        assertTrue(reference.last().test().accuracy() > 0.9,
                "a small conv net learns four noisy prototypes to > 90%, got " + reference.last().test());
        for (int threads : new int[] {2, 3}) {
            Network other = convNet();
            TrainingResult result = train(other, 42, threads);
            assertEquals(values(one), values(other), threads + " threads give the parameters of 1 thread");
            assertEquals(withoutTimes(reference), withoutTimes(result), threads + " threads give the metrics of 1");
        }
    }

    /**
     * A parameter of {@link ParameterSteps#SPLIT} elements or more is stepped by all the threads in parts: the same
     * bits as one thread, for a rule without state, with momentum and with Adam's moments, in the layered form and
     * in the dense form (whose first layer steps itself, so there the second layer's weights are the large ones).
     */
    @Test
    void aLargeParameterSteppedInParts_givesTheBitsOfOneThread() {
        int layeredUnits = ParameterSteps.SPLIT / 36 + 1;
        int denseUnits = ParameterSteps.SPLIT / 4 + 1;
        for (Optimizer optimizer : List.of(Plugins.sgd(0.3, 1.0),
                Plugins.optimizer("sgd", Map.of("learning-rate", 0.1, "momentum", 0.9)),
                Plugins.optimizer("adam", Map.of()))) {
            for (boolean layered : new boolean[] {true, false}) {
                List<Matrix> reference = null;
                for (int threads : new int[] {1, 2, 3}) {
                    Network network = layered
                            ? new Network(LayerStackBuilder.build(new Shape(1, 6, 6), List.of(
                                    item("dense", Map.of("units", layeredUnits), "sigmoid"),
                                    item("dense", Map.of("units", 4), "softmax"))))
                            : new Network(new int[] {36, denseUnits, 4}, Plugins.activation("sigmoid"),
                                    Plugins.activation("softmax"));
                    RandomStreams random = new RandomStreams(7);
                    Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
                    new Trainer(network, Plugins.loss("log-likelihood"), optimizer,
                            new TrainingOptions(2, 10, 0, false, threads)).train(DATA, random, TrainingListener.NONE);
                    assertTrue(network.parameters().stream()
                            .anyMatch(p -> p.value().data().length >= ParameterSteps.SPLIT));
                    if (reference == null) {
                        reference = values(network);
                    } else {
                        assertEquals(reference, values(network), optimizer.name() + (layered ? ", layered, " : ", dense, ")
                                + threads + " threads");
                    }
                }
            }
        }
    }

    @Test
    void anAllDenseLayerListComputesWhatTheDenseFormDoes() {
        Activation sigmoid = Plugins.activation("sigmoid");
        Network dense = new Network(new int[] {36, 12, 4}, sigmoid, sigmoid);
        Initializer.SCALED_GAUSSIAN.initialize(dense, new RandomStreams(5).stream("init"));
        Network layered = new Network(LayerStackBuilder.build(Shape.flat(36), List.of(
                item("dense", Map.of("units", 12), "sigmoid"), item("dense", Map.of("units", 4), "sigmoid"))));
        List<Parameter> from = dense.parameters();
        List<Parameter> to = layered.parameters();
        for (int p = 0; p < from.size(); p++) {
            to.get(p).value().copyFrom(from.get(p).value());
        }
        Matrix x = Matrix.wrap(20, 36, java.util.Arrays.copyOf(DATA.test().features(), 20 * 36));
        Matrix expected = dense.predict(x);
        Matrix actual = layered.predict(x);
        for (int i = 0; i < expected.data().length; i++) {
            assertEquals(expected.data()[i], actual.data()[i], 1e-5, "output " + i);
        }
    }
}
