package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.nnlab.api.DataSplits;

/** After warm-up, a training step (load batch, forward, backward, SGD update) allocates nothing. */
class AllocationTest {
    /**
     * Enough epochs for the JIT to have compiled the kernels on every thread before the last is measured, in a JVM
     * that has compiled the layered tests' shapes first (at six, 2 of about 10 module runs still allocated).
     */
    private static final int EPOCHS = 12;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void trainingStepsAllocateNothingAfterWarmUp(int threadCount) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DataSplits data = SyntheticData.splits(5000, 0, 10, 50, 10, 3);
        Network network = new Network(new int[]{50, 30, 10}, Plugins.activation("sigmoid"), Plugins.activation("softmax"));
        RandomStreams random = new RandomStreams(1);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        long[] measured = new long[2];
        long thread = Thread.currentThread().getId();
        TrainingListener probe = new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int batches) {
                if (epoch == EPOCHS && batch == 10) {
                    measured[0] = threads.getThreadAllocatedBytes(thread);
                } else if (epoch == EPOCHS && batch == batches - 1) {
                    measured[1] = threads.getThreadAllocatedBytes(thread);
                }
            }
        };
        new Trainer(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.1, 5.0),
                new TrainingOptions(EPOCHS, 10, 0, false, threadCount)).train(data, random, probe);
        long bytes = measured[1] - measured[0];
        assertTrue(bytes < 1024, "488 training steps after warm-up allocate (almost) nothing, measured " + bytes + " bytes");
    }

    @org.junit.jupiter.api.Test
    void evaluatingASetAgainAllocatesNoWorkspace() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DataSplits data = SyntheticData.splits(2000, 0, 1200, 50, 10, 3);
        Network network = new Network(new int[]{50, 30, 10}, Plugins.activation("sigmoid"), Plugins.activation("softmax"));
        Initializer.SCALED_GAUSSIAN.initialize(network, new RandomStreams(1).stream("init"));
        Evaluator evaluator = new Evaluator(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.1, 5.0));
        for (int i = 0; i < 200; i++) {
            evaluator.evaluate(data.test());
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 20; i++) {
            evaluator.evaluate(data.test());
        }
        long bytes = threads.getThreadAllocatedBytes(thread) - before;
        // the result objects only (about 150 bytes an evaluation); a chunk's outputs copied would be 20,000
        assertTrue(bytes < 20 * 512, "20 evaluations of 1,200 examples (three chunks each) after warm-up allocate"
                + " no workspace, measured " + bytes + " bytes");
    }
}
