package org.nnlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnlab.api.DataSplits;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Params;
import org.nnlab.api.Schedule;
import org.nnlab.api.UserException;
import org.nnlab.core.io.ModelFile;

/**
 * A run stopped after epoch k and continued from its checkpoint ends with the bits of a run never stopped: weights,
 * every epoch's figures, best epoch and early stop, for optimizers with state and a schedule with state.
 */
class TrainerResumeTest {
    private static final DataSplits DATA = SyntheticData.splits(300, 100, 100, 12, 3, 5);
    private static final int EPOCHS = 12;

    /** Keeps every state handed to it; resumes from the one given. */
    private static final class Kept implements Checkpoints {
        final List<TrainingState> saved = new ArrayList<>();
        final TrainingState from;

        Kept(TrainingState from) {
            this.from = from;
        }

        @Override
        public Optional<TrainingState> resumeFrom() {
            return Optional.ofNullable(from);
        }

        @Override
        public void save(TrainingState state) {
            saved.add(state);
        }
    }

    private record Setup(Optimizer optimizer, Schedule schedule, int patience) {
    }

    private static Setup setup(String name) {
        return switch (name) {
            case "momentum" -> new Setup(Plugins.optimizer("sgd", Map.of("learning-rate", 0.5, "l2", 0.5,
                    "momentum", 0.9)), schedule("constant", Map.of()), 0);
            case "nesterov" -> new Setup(Plugins.optimizer("sgd", Map.of("learning-rate", 0.3, "momentum", 0.8,
                    "nesterov", true)), schedule("exponential", Map.of("gamma", 0.9)), 0);
            case "adam" -> new Setup(Plugins.optimizer("adam", Map.of("learning-rate", 0.01, "l2", 0.1)),
                    schedule("constant", Map.of()), 0);
            case "plateau" -> new Setup(Plugins.sgd(2.0, 0.0), schedule("plateau", Map.of("patience", 1,
                    "stop-divisor", 64.0)), 0);
            case "early-stopping" -> new Setup(Plugins.sgd(3.0, 0.0), schedule("constant", Map.of()), 2);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Schedule schedule(String name, Map<String, ?> params) {
        Schedule prototype = Plugins.REGISTRY.schedule(name);
        return prototype.configure(Params.resolve(prototype, params));
    }

    private static Network network() {
        return new Network(new int[]{12, 10, 3}, Plugins.activation("sigmoid"), Plugins.activation("softmax"));
    }

    private static TrainingResult train(Network network, Setup setup, Kept checkpoints) {
        RandomStreams random = new RandomStreams(11);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        Trainer trainer = new Trainer(network, Plugins.loss("log-likelihood"), setup.optimizer(), setup.schedule(),
                new TrainingOptions(EPOCHS, 10, setup.patience(), true, 2));
        return trainer.train(DATA, random, TrainingListener.NONE, checkpoints);
    }

    @ParameterizedTest
    @ValueSource(strings = {"momentum", "nesterov", "adam", "plateau", "early-stopping"})
    void aResumedRunEndsWithTheBitsOfARunNeverStopped(String name) {
        Network whole = network();
        Kept wholeCheckpoints = new Kept(null);
        TrainingResult expected = train(whole, setup(name), wholeCheckpoints);
        int epochs = expected.history().size();
        assertTrue(epochs >= 3, "the run has epochs to stop between: " + epochs);
        int saved = wholeCheckpoints.saved.size();
        assertEquals(expected.stoppedEarly() ? epochs - 1 : epochs, saved,
                "one checkpoint per epoch trained, but the one that ends training early");

        for (int k : new int[]{1, saved / 2, saved}) {
            Network resumed = network();
            Kept checkpoints = new Kept(wholeCheckpoints.saved.get(k - 1));
            TrainingResult actual = train(resumed, setup(name), checkpoints);
            assertArrayEquals(ModelFile.toBytes(whole), ModelFile.toBytes(resumed),
                    name + ": the weights after resuming at epoch " + k + " are the uninterrupted run's");
            assertEquals(expected.history(), withTimes(actual.history(), expected.history()),
                    name + ": every epoch's figures from " + k);
            assertEquals(expected.bestEpoch(), actual.bestEpoch(), name + ": best epoch");
            assertEquals(expected.stoppedEarly(), actual.stoppedEarly(), name + ": early stop");
            assertEquals(saved - k, checkpoints.saved.size(), "only epochs trained are checkpointed");
        }
        if (name.equals("plateau")) {
            assertTrue(expected.stoppedEarly(), "the plateau schedule's state ended the run");
        }
        if (name.equals("early-stopping")) {
            assertTrue(expected.stoppedEarly(), "patience ended the run");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"adam"})
    void aStateOfAnotherNetworkIsRefused(String name) {
        Kept source = new Kept(null);
        train(network(), setup(name), source);
        Network other = new Network(new int[]{12, 9, 3}, Plugins.activation("sigmoid"), Plugins.activation("softmax"));
        RandomStreams random = new RandomStreams(11);
        Trainer trainer = new Trainer(other, Plugins.loss("log-likelihood"), setup(name).optimizer(),
                new TrainingOptions(EPOCHS, 10, 0, false, 1));
        UserException e = assertThrows(UserException.class,
                () -> trainer.train(DATA, random, TrainingListener.NONE, new Kept(source.saved.get(0))));
        assertTrue(e.getMessage().contains("the network changed"), e.getMessage());
    }

    /** {@code actual} with the timing columns of {@code expected}, which no two runs share. */
    private static List<EpochMetrics> withTimes(List<EpochMetrics> actual, List<EpochMetrics> expected) {
        List<EpochMetrics> out = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            EpochMetrics m = actual.get(i);
            EpochMetrics e = i < expected.size() ? expected.get(i) : m;
            out.add(new EpochMetrics(m.epoch(), m.train(), m.validation(), m.test(), e.trainSeconds(),
                    e.evalSeconds(), m.learningRate()));
        }
        return out;
    }
}
