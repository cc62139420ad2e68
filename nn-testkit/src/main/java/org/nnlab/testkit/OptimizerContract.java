package org.nnlab.testkit;

import static org.nnlab.testkit.Checks.assertBitIdentical;
import static org.nnlab.testkit.Checks.require;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;

/**
 * The contract of an {@link Optimizer}. Implement {@link #optimizer()} in a test class and every default test
 * runs against it on a quadratic bowl, {@code C = c/2 ||w - target||^2} per example, whose summed gradient
 * over a batch of {@code m} examples is {@code m c (w - target)}: steps approach the minimum, a zero gradient
 * leaves a non-decaying parameter alone, runs are deterministic, two {@code start} calls keep separate state,
 * the penalty is finite and non-negative, and the checks of {@link PluginContract}.
 *
 * <p>Each bowl has a decaying parameter ("weights") and a non-decaying one ("biases"). Override
 * {@link #bowlCurvature()} when the optimizer's configured step size does not suit curvature 0.1.
 */
public interface OptimizerContract extends PluginContract {
    /** Steps taken on the bowl. */
    int STEPS = 200;
    /** Examples per mini-batch; the gradient the engine writes is summed over them. */
    int BATCH_SIZE = 10;

    /** The optimizer under test, configured. */
    Optimizer optimizer();

    /** {@code n} given to {@link Optimizer#start}; weight decay scales with {@code 1/n}. */
    default int trainingSetSize() {
        return 50_000;
    }

    /** The curvature {@code c} of the bowl; plain SGD with step size {@code eta} converges when {@code eta c < 2}. */
    default double bowlCurvature() {
        return 0.1;
    }

    @Override
    default Plugin plugin() {
        return optimizer();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return optimizer().configure(params);
    }

    @Test
    default void stepsApproachTheMinimumOfABowl() {
        Bowl bowl = new Bowl(1);
        double before = bowl.distance();
        Optimizer.Step step = optimizer().start(bowl.parameters(), trainingSetSize());
        for (int i = 0; i < STEPS; i++) {
            bowl.writeGradients(bowlCurvature());
            step.apply(BATCH_SIZE);
        }
        double after = bowl.distance();
        require(Double.isFinite(after) && after < 0.9 * before, optimizer().name() + ": after " + STEPS
                + " steps on a bowl of curvature " + bowlCurvature() + " (batch " + BATCH_SIZE + ", n "
                + trainingSetSize() + ") the distance to the minimum went from " + Numbers.show(before) + " to "
                + Numbers.show(after) + "; expected below " + Numbers.show(0.9 * before)
                + " (override bowlCurvature() if the step size does not suit the bowl)");
    }

    @Test
    default void zeroGradientLeavesNonDecayingParameterUnchanged() {
        Matrix value = RandomMatrices.normal(new SplittableRandom(2), 3, 4, 1.0);
        Matrix before = value.copy();
        Parameter biases = new Parameter("bowl.biases", value, new Matrix(3, 4), false);
        Optimizer.Step step = optimizer().start(List.of(biases), trainingSetSize());
        for (int i = 0; i < 10; i++) {
            step.apply(BATCH_SIZE);
        }
        assertBitIdentical(before, value, optimizer().name()
                + ": 10 steps with a zero gradient changed a parameter that does not decay");
    }

    @Test
    default void isDeterministic() {
        Bowl first = runAlone(3);
        Bowl second = runAlone(3);
        for (int p = 0; p < first.parameters().size(); p++) {
            assertBitIdentical(first.parameters().get(p).value(), second.parameters().get(p).value(),
                    optimizer().name() + ": two runs from the same start and gradients gave different "
                            + first.parameters().get(p).name());
        }
    }

    @Test
    default void keepsSeparateStatePerStart() {
        Bowl alone = runAlone(4);
        Bowl interleaved = new Bowl(4);
        Bowl other = new Bowl(5);
        Optimizer.Step step = optimizer().start(interleaved.parameters(), trainingSetSize());
        Optimizer.Step otherStep = optimizer().start(other.parameters(), trainingSetSize());
        for (int i = 0; i < STEPS; i++) {
            other.writeGradients(3 * bowlCurvature());
            otherStep.apply(BATCH_SIZE);
            interleaved.writeGradients(bowlCurvature());
            step.apply(BATCH_SIZE);
        }
        for (int p = 0; p < alone.parameters().size(); p++) {
            assertBitIdentical(alone.parameters().get(p).value(), interleaved.parameters().get(p).value(),
                    optimizer().name() + ": a run interleaved with another start() gave different "
                            + alone.parameters().get(p).name() + " than the same run alone; each Step must own"
                            + " its state");
        }
    }

    @Test
    default void penaltyIsFiniteAndNonNegative() {
        Bowl bowl = new Bowl(6);
        double penalty = optimizer().penalty(bowl.parameters(), trainingSetSize());
        require(Double.isFinite(penalty) && penalty >= 0, optimizer().name() + ": penalty of random parameters"
                + " is " + penalty + "; expected a finite number >= 0");
    }

    private Bowl runAlone(long seed) {
        Bowl bowl = new Bowl(seed);
        Optimizer.Step step = optimizer().start(bowl.parameters(), trainingSetSize());
        for (int i = 0; i < STEPS; i++) {
            bowl.writeGradients(bowlCurvature());
            step.apply(BATCH_SIZE);
        }
        return bowl;
    }
}
