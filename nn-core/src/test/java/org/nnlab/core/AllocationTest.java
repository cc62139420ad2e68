package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.nnlab.api.DataSplits;

/** After warm-up, a training step (load batch, forward, backward, SGD update) allocates nothing. */
class AllocationTest {
    /** Epochs trained; the first {@link #WARM_UP} are the JIT's and are not counted. */
    private static final int EPOCHS = 30;
    private static final int WARM_UP = 5;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void trainingStepsAllocateNothingAfterWarmUp(int threadCount) {
        DataSplits data = SyntheticData.splits(5000, 0, 10, 50, 10, 3);
        Network network = new Network(new int[]{50, 30, 10}, Plugins.activation("sigmoid"), Plugins.activation("softmax"));
        java.util.List<Long> bytes = EpochAllocations.train(network, data, threadCount, EPOCHS);
        assertTrue(EpochAllocations.cleanest(bytes, WARM_UP) < 1024, "an epoch's 488 training steps after warm-up"
                + " allocate (almost) nothing; bytes per epoch: " + bytes);
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
