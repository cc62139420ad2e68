package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.nnlab.api.Shape;

/** After warm-up, a layered training step (load, forward, backward through every layer, SGD) allocates nothing. */
class LayeredAllocationTest {
    /** Epochs trained; the first {@link #WARM_UP} are the JIT's and are not counted. */
    private static final int EPOCHS = 30;
    private static final int WARM_UP = 5;

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} thread(s)")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void layeredTrainingStepsAllocateNothingAfterWarmUp(int threadCount) {
        List<Long> bytes = EpochAllocations.train(LayeredTrainingTest.convNet(),
                SyntheticData.splits(3000, 0, 10, 36, 4, 3), threadCount, EPOCHS);
        assertTrue(EpochAllocations.cleanest(bytes, WARM_UP) < 1024, "an epoch's 288 layered training steps after"
                + " warm-up allocate (almost) nothing; bytes per epoch: " + bytes);
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
        List<Long> bytes = EpochAllocations.train(network, SyntheticData.splits(1000, 0, 10, 784, 10, 3), threadCount,
                EPOCHS);
        assertTrue(EpochAllocations.cleanest(bytes, WARM_UP) < 1024, "an epoch's 89 training steps of a network3-shaped"
                + " stack after warm-up allocate (almost) nothing; bytes per epoch: " + bytes);
    }
}
