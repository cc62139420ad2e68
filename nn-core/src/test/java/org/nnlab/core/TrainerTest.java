package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;
import org.nnlab.core.io.ModelFile;

class TrainerTest {
    private static final DataSplits DATA = SyntheticData.splits(600, 200, 200, 20, 4, 1);

    private static Network network(int... sizes) {
        return new Network(sizes, Plugins.activation("sigmoid"), Plugins.activation("sigmoid"));
    }

    private static TrainingResult train(Network network, long seed, double eta, double lambda, int epochs,
                                        int patience, TrainingListener listener) {
        RandomStreams random = new RandomStreams(seed);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("cross-entropy"), Plugins.sgd(eta, lambda),
                new TrainingOptions(epochs, 10, patience, true));
        return trainer.train(DATA, random, listener);
    }

    @Test
    void learnsASeparableProblem() {
        TrainingResult result = train(network(20, 16, 4), 42, 0.5, 1.0, 10, 0, TrainingListener.NONE);
        assertTrue(result.last().test().accuracy() > 0.9,
                "a 20-16-4 network learns four noisy prototypes to > 90% test accuracy, got " + result.last().test());
        assertEquals(10, result.history().size());
    }

    @Test
    void sameSeedGivesBitIdenticalMetricsAndModel() {
        Network a = network(20, 16, 4);
        Network b = network(20, 16, 4);
        TrainingResult ra = train(a, 42, 0.5, 1.0, 3, 0, TrainingListener.NONE);
        TrainingResult rb = train(b, 42, 0.5, 1.0, 3, 0, TrainingListener.NONE);
        assertArrayEquals(ModelFile.toBytes(a), ModelFile.toBytes(b), "same seed, same model bytes");
        for (int e = 0; e < 3; e++) {
            assertEquals(ra.history().get(e).train(), rb.history().get(e).train(), "epoch " + (e + 1) + " train");
            assertEquals(ra.history().get(e).test(), rb.history().get(e).test(), "epoch " + (e + 1) + " test");
        }
        Network c = network(20, 16, 4);
        train(c, 43, 0.5, 1.0, 3, 0, TrainingListener.NONE);
        assertFalse(java.util.Arrays.equals(ModelFile.toBytes(a), ModelFile.toBytes(c)), "another seed, another model");
    }

    /**
     * Small layers run whole on one thread; 20-300-16-4 at batch 10 also splits the hidden activation (3,000
     * values) and the later layers' loops between threads.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "20-{0}-16-4, batch {1}")
    @org.junit.jupiter.params.provider.CsvSource({"40, 7", "300, 10"})
    void threadCountDoesNotChangeASingleBit(int hidden, int batch) {
        byte[] reference = null;
        List<EpochMetrics> referenceHistory = null;
        for (int threads : new int[]{1, 2, 3}) {
            Network network = new Network(new int[]{20, hidden, 16, 4}, Plugins.activation("tanh"), Plugins.activation("softmax"));
            RandomStreams random = new RandomStreams(9);
            Initializer.XAVIER.initialize(network, random.stream("init"));
            TrainingResult result = new Trainer(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.3, 2.0),
                    new TrainingOptions(3, batch, 0, true, threads)).train(DATA, random, TrainingListener.NONE);
            byte[] bytes = ModelFile.toBytes(network);
            List<EpochMetrics> history = result.history().stream()
                    .map(m -> new EpochMetrics(m.epoch(), m.train(), m.validation(), m.test(), 0, 0)).toList();
            if (reference == null) {
                reference = bytes;
                referenceHistory = history;
            } else {
                assertArrayEquals(reference, bytes, threads + " threads give the model bytes of 1 thread");
                assertEquals(referenceHistory, history, threads + " threads give the metrics of 1 thread");
            }
        }
    }

    /**
     * With two threads the worker steps its half's first-layer rows without terms (inputs zero in the whole
     * batch) while the caller runs the later layers, and the rest in the backward pass; one thread steps them all in
     * the backward pass. Inputs here are mostly zeros, some always, so such rows occur in every batch, and every
     * built-in rule, with state (momentum, moments) and decay, gives the same bits either way.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {"sgd; {l2: 2}",
            "sgd; {l2: 2, momentum: 0.9}", "sgd; {momentum: 0.9, nesterov: true}", "adam; {l2: 2}",
            "adamw; {weight-decay: 0.1}"})
    void optimizersStepRowsWithoutTermsToTheSameBitsOnAnyThreadCount(String name, String settings) {
        java.util.Random random = new java.util.Random(17);
        DataSplits sparse = new DataSplits(sparseExamples(300, random), sparseExamples(50, random),
                sparseExamples(50, random), 0, 0, List.of());
        byte[] reference = null;
        for (int threads : new int[]{1, 2}) {
            Network network = network(30, 12, 4);
            RandomStreams streams = new RandomStreams(3);
            Initializer.SCALED_GAUSSIAN.initialize(network, streams.stream("init"));
            new Trainer(network, Plugins.loss("cross-entropy"), Plugins.optimizer(name, settings),
                    new TrainingOptions(3, 6, 0, false, threads)).train(sparse, streams, TrainingListener.NONE);
            byte[] bytes = ModelFile.toBytes(network);
            if (reference == null) {
                reference = bytes;
            } else {
                assertArrayEquals(reference, bytes, name + " " + settings + ": 2 threads give 1 thread's model bytes");
            }
        }
    }

    /** 30 features, the first three and the last three always zero, the others zero 85% of the time. */
    private static org.nnlab.api.Examples sparseExamples(int count, java.util.Random random) {
        int features = 30;
        float[] x = new float[count * features];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(4);
            for (int f = 3; f < features - 3; f++) {
                boolean on = random.nextFloat() < (f % 4 == labels[i] ? 0.5f : 0.1f);
                x[i * features + f] = on ? random.nextFloat() : 0f;
            }
        }
        return new org.nnlab.api.Examples(features, 4, x, labels);
    }

    /**
     * Every optimizer takes the fused path, the built-in SGD and one written as a plugin author would (its own
     * code, only the SPI seen): the same rule must give the same model bits.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "hidden {0}, l2 {1}, momentum {2}, {3} thread(s)")
    @org.junit.jupiter.params.provider.CsvSource({"40, 0, 0, 1", "40, 2, 0, 1", "40, 2, 0, 2", "5, 0, 0, 1",
            "5, 2, 0, 2", "40, 2, 0.9, 2", "5, 0, 0.5, 1"})
    void pluginOptimizerWithTheSameRuleGivesTheBuiltInsBits(int hidden, double lambda, double momentum, int threads) {
        byte[][] models = new byte[2][];
        for (int variant = 0; variant < 2; variant++) {
            Network network = network(20, hidden, 4);
            RandomStreams random = new RandomStreams(5);
            Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
            org.nnlab.api.Optimizer optimizer = variant == 0
                    ? Plugins.optimizer("sgd", java.util.Map.of("learning-rate", 0.5, "l2", lambda, "momentum", momentum))
                    : new PluginStyleSgd(0.5, lambda, momentum);
            new Trainer(network, Plugins.loss("cross-entropy"), optimizer, new TrainingOptions(2, 7, 0, false, threads))
                    .train(DATA, random, TrainingListener.NONE);
            models[variant] = ModelFile.toBytes(network);
        }
        assertArrayEquals(models[0], models[1], "built-in sgd and a plugin's copy of its rule: same model bytes");
    }

    @Test
    void stopsEarlyWhenValidationAccuracyStopsImproving() {
        TrainingResult result = train(network(20, 16, 4), 42, 0.5, 1.0, 200, 3, TrainingListener.NONE);
        assertTrue(result.stoppedEarly(), "200 epochs on an easy problem with patience 3 stop early");
        assertEquals(result.bestEpoch() + 3, result.history().size(), "stops 3 epochs after the best one");
    }

    @Test
    void divergenceIsAUserErrorNamingTheEpochAndTheFix() {
        Network network = new Network(new int[]{20, 16, 4}, Plugins.activation("relu"), Plugins.activation("identity"));
        RandomStreams random = new RandomStreams(1);
        Initializer.GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("quadratic"), Plugins.sgd(50.0, 0),
                new TrainingOptions(5, 10, 0, true));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> trainer.train(DATA, random, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("epoch 1") && e.getMessage().contains("smaller learning-rate"),
                "message names the epoch and suggests a smaller learning rate: " + e.getMessage());
    }

    @Test
    void aPluginThatReturnsNaNForFiniteInputIsNamed() {
        org.nnlab.api.Activation sigmoid = Plugins.activation("sigmoid");
        org.nnlab.api.Activation faulty = new org.nnlab.api.Activation() {
            @Override
            public org.nnlab.api.Activation configure(org.nnlab.api.Params params) {
                return this;
            }

            @Override
            public void forward(org.nnlab.api.Matrix z, org.nnlab.api.Matrix a) {
                sigmoid.forward(z, a);
                a.set(z.rows() - 1, 2, Float.NaN);
            }

            @Override
            public void backward(org.nnlab.api.Matrix z, org.nnlab.api.Matrix a, org.nnlab.api.Matrix dCda,
                                 org.nnlab.api.Matrix dCdz) {
                sigmoid.backward(z, a, dCda, dCdz);
            }

            @Override
            public String name() {
                return "leaky-nan";
            }

            @Override
            public String description() {
                return "returns NaN";
            }

            @Override
            public int apiVersion() {
                return org.nnlab.api.NnApi.VERSION;
            }
        };
        Network network = new Network(new int[]{20, 16, 4}, faulty, Plugins.activation("sigmoid"));
        RandomStreams random = new RandomStreams(1);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("cross-entropy"), Plugins.sgd(0.5, 0),
                new TrainingOptions(2, 10, 0, true));
        UserException e = assertThrows(UserException.class, () -> trainer.train(DATA, random, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("\"leaky-nan\" is faulty") && e.getMessage().contains("epoch 1")
                        && e.getMessage().contains("forward returned NaN at row 9, column 2"),
                "the message names the plugin, the epoch, the call and the place: " + e.getMessage());
    }

    @Test
    void layerSizesThatDoNotFitTheDataAreRejectedBeforeTraining() {
        Network network = network(784, 30, 10);
        List<Integer> epochs = new ArrayList<>();
        UserException e = assertThrows(UserException.class, () -> train(network, 1, 0.5, 0, 1, 0,
                new TrainingListener() {
                    @Override
                    public void epochStarted(int epoch, int total, int batches) {
                        epochs.add(epoch);
                    }
                }));
        assertTrue(epochs.isEmpty(), "no epoch starts");
        assertEquals(2, e.problems().size(), "both the input and the output size are wrong: " + e.getMessage());
        assertTrue(e.getMessage().contains("784") && e.getMessage().contains("20 inputs")
                && e.getMessage().contains("[20, 30, 4]"), e.getMessage());
    }

    @Test
    void listenersHearEveryBatchAndEpoch() {
        List<String> events = new ArrayList<>();
        train(network(20, 8, 4), 1, 0.5, 0, 2, 0, new TrainingListener() {
            @Override
            public void epochStarted(int epoch, int total, int batches) {
                events.add("start " + epoch + "/" + total + " " + batches);
            }

            @Override
            public void epochEnded(EpochMetrics metrics) {
                events.add("end " + metrics.epoch());
            }
        });
        assertEquals(List.of("start 1/2 60", "end 1", "start 2/2 60", "end 2"), events);
    }
}
