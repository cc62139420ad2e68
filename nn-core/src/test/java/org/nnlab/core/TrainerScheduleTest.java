package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.core.io.ModelFile;

/** The trainer steps each epoch at its schedule's rate, records it, tells the schedule the result and stops with it. */
class TrainerScheduleTest {
    private static final DataSplits DATA = SyntheticData.splits(600, 200, 200, 20, 4, 1);

    private static Schedule schedule(String name, Map<String, ?> params) {
        Schedule prototype = Plugins.REGISTRY.schedule(name);
        return prototype.configure(Params.resolve(prototype, params));
    }

    private static Network network() {
        Network network = new Network(new int[]{20, 16, 4}, Plugins.activation("sigmoid"),
                Plugins.activation("sigmoid"));
        return network;
    }

    private static TrainingResult train(Network network, Schedule schedule, int epochs) {
        RandomStreams random = new RandomStreams(7);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = schedule == null
                ? new Trainer(network, Plugins.loss("cross-entropy"), Plugins.sgd(0.5, 1.0),
                        new TrainingOptions(epochs, 10, 0, false, 2))
                : new Trainer(network, Plugins.loss("cross-entropy"), Plugins.sgd(0.5, 1.0), schedule,
                        new TrainingOptions(epochs, 10, 0, false, 2));
        return trainer.train(DATA, random, TrainingListener.NONE);
    }

    @Test
    void eachEpochStepsAtItsScheduledRate_andRecordsIt() {
        TrainingResult result = train(network(), schedule("exponential", Map.of("gamma", 0.5)), 3);
        assertArrayEquals(new double[]{0.5, 0.25, 0.125},
                result.history().stream().mapToDouble(EpochMetrics::learningRate).toArray(),
                "eta0 0.5 halved each epoch, as metrics.csv will show");
        Network constant = network();
        Network halved = network();
        train(constant, null, 2);
        train(halved, schedule("exponential", Map.of("gamma", 0.5)), 2);
        assertFalse(Arrays.equals(ModelFile.toBytes(constant), ModelFile.toBytes(halved)),
                "a smaller rate in epoch 2 gives other weights");
    }

    @Test
    void theConstantScheduleGivesTheBitsOfNoSchedule() {
        Network none = network();
        Network constant = network();
        TrainingResult result = train(none, null, 2);
        train(constant, schedule("constant", Map.of()), 2);
        assertArrayEquals(ModelFile.toBytes(none), ModelFile.toBytes(constant), "same rate, same bits");
        assertEquals(0.5, result.history().get(1).learningRate(), "the optimizer's own rate is recorded too");
    }

    @Test
    void aFinishedPlateauScheduleStopsTraining() {
        TrainingResult result = train(network(), schedule("plateau", Map.of("patience", 1, "stop-divisor", 4.0)),
                200);
        assertTrue(result.stoppedEarly(), "a rate at eta0 / 4 ends the run before 200 epochs");
        EpochMetrics last = result.last();
        assertEquals(0.125, last.learningRate() / 2, 1e-15,
                "the last epoch ran at eta0 / 2; after it the rate fell to eta0 / 4 and the run ended");
    }
}
