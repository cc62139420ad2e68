package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Matrix;
import org.nnlab.api.NnApi;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.UserException;

/** A plugin that throws, or an optimizer that writes NaN, is named as the cause, with where its class comes from. */
class PluginFaultTest {
    private static final DataSplits DATA = SyntheticData.splits(200, 50, 50, 20, 4, 1);

    /** An activation whose forward pass throws once it has seen {@code calls} batches, as a buggy plugin would. */
    static final class ThrowingActivation implements Activation {
        private final Activation sigmoid = Plugins.activation("sigmoid");
        private int calls;

        @Override
        public Activation configure(Params params) {
            return this;
        }

        @Override
        public void forward(Matrix z, Matrix a) {
            if (++calls > 3) {
                throw new IllegalStateException("kaput");
            }
            sigmoid.forward(z, a);
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dCda, Matrix dCdz) {
            sigmoid.backward(z, a, dCda, dCdz);
        }

        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public String description() {
            return "throws in forward";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }
    }

    /** Plain SGD that, from its fifth step on, writes NaN into the first weight. */
    static final class NaNWritingOptimizer implements Optimizer {
        @Override
        public Optimizer configure(Params params) {
            return this;
        }

        @Override
        public double learningRate() {
            return 0.5;
        }

        @Override
        public Step start(List<Parameter> parameters, int trainingSetSize) {
            return new Step() {
                private int steps;
                private double eta;
                private int m;

                @Override
                public void begin(int batchSize, double learningRate) {
                    eta = learningRate;
                    m = batchSize;
                    if (++steps >= 5) {
                        parameters.get(0).value().data()[0] = Float.NaN;
                    }
                }

                @Override
                public void update(int parameter, int from, int to) {
                    float[] w = parameters.get(parameter).value().data();
                    float[] g = parameters.get(parameter).gradient().data();
                    for (int i = from; i < to; i++) {
                        w[i] -= (float) (eta / m) * g[i];
                    }
                }
            };
        }

        @Override
        public String name() {
            return "nan-writer";
        }

        @Override
        public String description() {
            return "writes NaN";
        }

        @Override
        public int apiVersion() {
            return NnApi.VERSION;
        }
    }

    private static UserException trainFails(Activation hidden, Optimizer optimizer) {
        Network network = new Network(new int[] {20, 16, 4}, hidden, Plugins.activation("sigmoid"));
        RandomStreams random = new RandomStreams(1);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("cross-entropy"), optimizer,
                new TrainingOptions(2, 10, 0, true));
        return assertThrows(UserException.class, () -> trainer.train(DATA, random, TrainingListener.NONE));
    }

    @Test
    void anExceptionThrownInAPluginsForward_namesThePluginAndWhereItComesFrom() {
        UserException e = trainFails(new ThrowingActivation(), Plugins.sgd(0.5, 0));
        assertInstanceOf(PluginFaultException.class, e, "a plugin's fault, not the framework's bug");
        assertEquals("activation plugin \"throwing\" is faulty: its forward threw java.lang.IllegalStateException:"
                + " kaput; fix the plugin (in " + PluginFaultException.origin(new ThrowingActivation())
                + ") or choose another activation", e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause(), "the plugin's exception is kept for --verbose");
        assertTrue(PluginFaultException.origin(new ThrowingActivation()).contains("test-classes"),
                "the plugin's classes directory or jar: " + PluginFaultException.origin(new ThrowingActivation()));
    }

    @Test
    void anOptimizerThatWritesNaN_isNamed_notTakenForDivergence() {
        UserException e = trainFails(Plugins.activation("sigmoid"), new NaNWritingOptimizer());
        assertFalse(e instanceof TrainingDivergedException, e.getMessage());
        assertTrue(e.getMessage().startsWith("epoch 1: optimizer plugin \"nan-writer\" is faulty: its step wrote NaN"
                + " into layer1.weights from finite gradients"), e.getMessage());
        assertFalse(e.getMessage().contains("learning-rate"), "no advice about the learning rate: " + e.getMessage());
    }

    @Test
    void aLearningRateTooLarge_isStillDivergence() {
        Network network = new Network(new int[] {20, 16, 4}, Plugins.activation("relu"), Plugins.activation("identity"));
        RandomStreams random = new RandomStreams(1);
        Initializer.GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("quadratic"), Plugins.sgd(50.0, 0),
                new TrainingOptions(5, 10, 0, true));
        assertThrows(TrainingDivergedException.class, () -> trainer.train(DATA, random, TrainingListener.NONE));
    }
}
