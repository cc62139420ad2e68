package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Shape;

/** After warm-up, a layered training step (load, forward, backward through every layer, SGD) allocates nothing. */
class LayeredAllocationTest {
    private static final int EPOCHS = 12;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void layeredTrainingStepsAllocateNothingAfterWarmUp(int threadCount) {
        long bytes = allocatedInLastEpoch(LayeredTrainingTest.convNet(), SyntheticData.splits(3000, 0, 10, 36, 4, 3),
                threadCount);
        assertTrue(bytes < 1024, "288 layered training steps after 11 epochs of warm-up allocate (almost) nothing, measured "
                + bytes + " bytes");
    }

    /**
     * network3's shapes, narrowed: a 24-wide conv output (two rows at a time) and its pool (eight windows per
     * vector), an 8-wide one (four rows at a time), a dense layer wide enough for the two-row weight-gradient
     * block, the batch's rows in lanes for dC/da.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void network3ShapedStepsAllocateNothingAfterWarmUp(int threadCount) {
        Network network = new Network(LayerStackBuilder.build(new Shape(1, 28, 28), List.of(
                LayeredTrainingTest.item("conv", Map.of("filters", 2, "size", 5), "relu"),
                LayeredTrainingTest.item("max-pool", Map.of("size", 2), null),
                LayeredTrainingTest.item("conv", Map.of("filters", 4, "size", 5), "relu"),
                LayeredTrainingTest.item("max-pool", Map.of("size", 2), null),
                LayeredTrainingTest.item("dense", Map.of("units", 40), "sigmoid"),
                LayeredTrainingTest.item("dense", Map.of("units", 10), "softmax"))));
        long bytes = allocatedInLastEpoch(network, SyntheticData.splits(1000, 0, 10, 784, 10, 3), threadCount);
        assertTrue(bytes < 1024, "89 training steps of a network3-shaped stack after 11 epochs of warm-up allocate (almost)"
                + " nothing, measured " + bytes + " bytes");
    }

    /** The bytes the calling thread allocates from batch 10 of the last epoch to its last batch. */
    private static long allocatedInLastEpoch(Network network, DataSplits data, int threadCount) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
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
        return measured[1] - measured[0];
    }
}
