package org.nnlab.core;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Schedule;
import org.nnlab.api.UserException;

/** Takes a {@link TrainingState} from a training run after an epoch, and puts one back before training goes on. */
final class Resumption {
    private Resumption() {
    }

    /** The state after the epochs of {@code history}: every array copied. */
    static TrainingState capture(List<EpochMetrics> history, int bestEpoch, double bestValidation,
                                 List<Parameter> parameters, Optimizer.Step step, RandomStreams random) {
        List<float[]> values = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            values.add(p.value().data().clone());
        }
        List<float[]> optimizerState = new ArrayList<>();
        for (float[] array : step.state()) {
            optimizerState.add(array.clone());
        }
        return new TrainingState(history, bestEpoch, bestValidation, values, optimizerState, step.counters(),
                random.states());
    }

    /**
     * Copies {@code state} into the parameters and the optimizer's state, replays the schedule over the recorded
     * epochs, and has {@code random} continue each stream where it stood; before any stream of the training is
     * requested.
     *
     * @throws UserException when the optimizer cannot take its state back, or the state does not fit the network
     */
    static void restore(TrainingState state, List<Parameter> parameters, Optimizer optimizer, Optimizer.Step step,
                        Schedule.Run rates, RandomStreams random) {
        if (!step.savesState()) {
            throw new UserException("optimizer \"" + optimizer.name() + "\" (" + PluginFaultException.origin(optimizer)
                    + ") cannot report its state (Optimizer.Step.savesState), so a run with it cannot be resumed"
                    + " bit for bit (run it again from the start, or use a version of the plugin that saves its state)");
        }
        state.restoreParameters(parameters);
        copy("optimizer state array", state.optimizer(), step.state());
        step.restoreCounters(state.counters());
        for (EpochMetrics metrics : state.history()) {
            replay(rates, metrics);
        }
        random.restore(state.streams());
    }

    /** Copies {@code saved} into {@code live} when every size matches; else throws, having copied nothing. */
    static void copy(String what, List<float[]> saved, List<float[]> live) {
        if (saved.size() != live.size()) {
            throw new UserException("the checkpoint holds " + saved.size() + " " + what + "s, the run has "
                    + live.size() + " (the network or the optimizer changed since it was written)");
        }
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).length != live.get(i).length) {
                throw new UserException("the checkpoint's " + what + " " + (i + 1) + " holds " + saved.get(i).length
                        + " values, the run's " + live.get(i).length + " (the network changed since it was written)");
            }
        }
        for (int i = 0; i < saved.size(); i++) {
            System.arraycopy(saved.get(i), 0, live.get(i), 0, saved.get(i).length);
        }
    }

    /**
     * Tells the schedule of a recorded epoch as the trainer did when it ran it, checking that it gives the rate
     * the epoch was trained with (a schedule that does not is not deterministic, or changed).
     */
    private static void replay(Schedule.Run rates, EpochMetrics metrics) {
        int epoch = metrics.epoch();
        double learningRate = rates.learningRate(epoch);
        if (!Double.isNaN(metrics.learningRate())
                && Double.doubleToLongBits(metrics.learningRate()) != Double.doubleToLongBits(learningRate)) {
            throw new UserException("the learning rate schedule, replayed, gives " + learningRate + " for epoch "
                    + epoch + " where the run used " + metrics.learningRate() + " (the schedule changed)");
        }
        Evaluation validation = metrics.validation();
        rates.epochEnded(epoch, validation.count() == 0 ? Double.NaN : validation.accuracy());
    }
}
