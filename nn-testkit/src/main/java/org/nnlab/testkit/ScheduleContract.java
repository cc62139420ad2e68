package org.nnlab.testkit;

import static org.nnlab.testkit.Checks.require;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.api.Schedule;

/**
 * The contract of a learning-rate {@link Schedule}. Implement {@link #schedule()} and every default test runs:
 * over a run of {@link #EPOCHS} epochs, fed validation accuracies that rise and then stall, each epoch's rate is
 * positive and finite; two runs from the same start give the same rates; two runs started side by side keep their
 * own state; and the checks of {@link PluginContract}.
 */
public interface ScheduleContract extends PluginContract {
    /** Epochs of each run. */
    int EPOCHS = 60;
    /** The optimizer's rate the runs start from. */
    double INITIAL_RATE = 0.5;

    /** The schedule under test, configured. */
    Schedule schedule();

    @Override
    default Plugin plugin() {
        return schedule();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return schedule().configure(params);
    }

    @Test
    default void everyRateIsPositiveAndFinite() {
        double[] rates = rates(schedule().start(INITIAL_RATE, EPOCHS));
        for (int e = 0; e < rates.length; e++) {
            require(rates[e] > 0 && Double.isFinite(rates[e]), schedule().name() + ": epoch " + (e + 1)
                    + " of a run from rate " + INITIAL_RATE + " has rate " + rates[e] + "; expected a positive number");
        }
    }

    @Test
    default void isDeterministic() {
        double[] first = rates(schedule().start(INITIAL_RATE, EPOCHS));
        double[] second = rates(schedule().start(INITIAL_RATE, EPOCHS));
        for (int e = 0; e < first.length; e++) {
            require(Double.compare(first[e], second[e]) == 0, schedule().name() + ": two runs fed the same"
                    + " accuracies gave epoch " + (e + 1) + " rates " + first[e] + " and " + second[e]);
        }
    }

    @Test
    default void keepsSeparateStatePerStart() {
        double[] alone = rates(schedule().start(INITIAL_RATE, EPOCHS));
        Schedule.Run run = schedule().start(INITIAL_RATE, EPOCHS);
        Schedule.Run other = schedule().start(INITIAL_RATE, EPOCHS);
        for (int epoch = 1; epoch <= alone.length; epoch++) {
            other.learningRate(epoch);
            other.epochEnded(epoch, 1.0 - 1.0 / epoch);
            double rate = run.learningRate(epoch);
            require(Double.compare(rate, alone[epoch - 1]) == 0, schedule().name() + ": a run interleaved with"
                    + " another start() gave epoch " + epoch + " rate " + rate + ", alone " + alone[epoch - 1]
                    + "; each Run must own its state");
            run.epochEnded(epoch, accuracy(epoch));
            if (run.finished()) {
                break;
            }
        }
    }

    /** The rates of a run fed {@link #accuracy}, until it finishes (the rest of the array stays at the last rate). */
    private static double[] rates(Schedule.Run run) {
        double[] rates = new double[EPOCHS];
        int epoch = 1;
        for (; epoch <= EPOCHS; epoch++) {
            rates[epoch - 1] = run.learningRate(epoch);
            run.epochEnded(epoch, accuracy(epoch));
            if (run.finished()) {
                break;
            }
        }
        for (int e = epoch; e < EPOCHS; e++) {
            rates[e] = rates[epoch - 1];
        }
        return rates;
    }

    /** Validation accuracy that rises for 10 epochs, then stalls. */
    private static double accuracy(int epoch) {
        return Math.min(epoch, 10) / 20.0 + 0.4;
    }
}
