package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.nnlab.api.DataSplits;

/** After warm-up, a layered training step (load, forward, backward through every layer, SGD) allocates nothing. */
class LayeredAllocationTest {
    private static final int EPOCHS = 6;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void layeredTrainingStepsAllocateNothingAfterWarmUp(int threadCount) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DataSplits data = SyntheticData.splits(3000, 0, 10, 36, 4, 3);
        Network network = LayeredTrainingTest.convNet();
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
        assertTrue(bytes < 1024, "288 layered training steps after warm-up allocate (almost) nothing, measured "
                + bytes + " bytes");
    }
}
