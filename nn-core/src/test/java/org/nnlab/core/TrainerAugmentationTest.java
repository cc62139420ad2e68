package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Augmentation;
import org.nnlab.api.DataSplits;
import org.nnlab.core.io.ModelFile;

/** The trainer trains each epoch on what the data's augmentation writes, from the {@code augment} stream. */
class TrainerAugmentationTest {
    private static final DataSplits DATA = SyntheticData.splits(300, 100, 100, 20, 4, 3);

    /** Adds a small offset that depends on the seed, the epoch and the value's place. */
    private static final Augmentation NUDGE = (source, target, seed, epoch) -> {
        float[] x = source.features();
        for (int i = 0; i < x.length; i++) {
            target[i] = x[i] + (float) (((seed ^ (31L * epoch + i)) & 7) - 3.5) * 0.05f;
        }
    };

    private static byte[] train(Optional<Augmentation> augmentation, int threads) {
        DataSplits data = new DataSplits(DATA.train(), DATA.validation(), DATA.test(), 0, 0, List.of(), augmentation);
        Network network = new Network(new int[] {20, 12, 4}, Plugins.activation("sigmoid"),
                Plugins.activation("softmax"));
        RandomStreams random = new RandomStreams(5);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        new Trainer(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.5, 0),
                new TrainingOptions(3, 10, 0, true, threads)).train(data, random, TrainingListener.NONE);
        return ModelFile.toBytes(network);
    }

    @Test
    void anAugmentationThatCopies_trainsTheSameBitsAsNone() {
        Augmentation copy = (source, target, seed, epoch) ->
                System.arraycopy(source.features(), 0, target, 0, target.length);
        assertArrayEquals(train(Optional.empty(), 1), train(Optional.of(copy), 1));
    }

    @Test
    void theAugmentedExamplesAreWhatIsTrainedOn_sameBitsForAnyThreadCount() {
        byte[] plain = train(Optional.empty(), 1);
        byte[] nudged = train(Optional.of(NUDGE), 1);
        assertFalse(Arrays.equals(plain, nudged), "training saw the changed examples");
        assertArrayEquals(nudged, train(Optional.of(NUDGE), 2), "2 threads give the bits of 1");
    }

    @Test
    void calledOncePerEpochInOrder_withTheAugmentStreamsSeed() {
        List<String> calls = new ArrayList<>();
        train(Optional.of((source, target, seed, epoch) -> {
            calls.add(seed + "/" + epoch);
            System.arraycopy(source.features(), 0, target, 0, target.length);
        }), 1);
        long seed = new RandomStreams(5).streamSeed(EpochExamples.AUGMENT_STREAM);
        assertEquals(List.of(seed + "/1", seed + "/2", seed + "/3"), calls);
    }
}
