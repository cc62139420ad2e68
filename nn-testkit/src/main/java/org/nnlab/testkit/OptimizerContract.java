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
 * an update split into ranges (as the engine's fused backward pass makes it) and a zero-gradient update give the
 * bits of a whole update, the penalty is finite and non-negative, a rule that saves its state continues bit for
 * bit from it, and the checks of {@link PluginContract}.
 *
 * <p>Each bowl has a decaying parameter ("weights") and a non-decaying one ("biases"), starting about 0.1 from
 * their targets per element, so rules whose step does not scale with the gradient (Adam at its usual learning
 * rate 0.001) reach the minimum too. Override {@link #bowlCurvature()} when a gradient-proportional step size
 * does not suit curvature 0.1, or {@link #bowlSteps()} when the rule needs more steps.
 */
public interface OptimizerContract extends PluginContract {
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

    /** Steps taken on the bowl. */
    default int bowlSteps() {
        return 200;
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
        for (int i = 0; i < bowlSteps(); i++) {
            bowl.writeGradients(bowlCurvature());
            apply(step, bowl.parameters());
        }
        double after = bowl.distance();
        require(Double.isFinite(after) && after < 0.5 * before, optimizer().name() + ": after " + bowlSteps()
                + " steps on a bowl of curvature " + bowlCurvature() + " (batch " + BATCH_SIZE + ", n "
                + trainingSetSize() + ", learning rate " + optimizer().learningRate() + ") the distance to the"
                + " minimum went from " + Numbers.show(before) + " to " + Numbers.show(after) + "; expected below "
                + Numbers.show(0.5 * before) + " (if the steps go the right way but are too small or too large,"
                + " override bowlCurvature() for a step that scales with the gradient, or bowlSteps())");
    }

    @Test
    default void zeroGradientLeavesNonDecayingParameterUnchanged() {
        Matrix value = RandomMatrices.normal(new SplittableRandom(2), 3, 4, 1.0);
        Matrix before = value.copy();
        List<Parameter> biases = List.of(new Parameter("bowl.biases", value, new Matrix(3, 4), false));
        Optimizer.Step step = optimizer().start(biases, trainingSetSize());
        for (int i = 0; i < 10; i++) {
            apply(step, biases);
        }
        assertBitIdentical(before, value, optimizer().name()
                + ": 10 steps with a zero gradient changed a parameter that does not decay");
    }

    @Test
    default void isDeterministic() {
        Bowl first = runAlone(3);
        Bowl second = runAlone(3);
        requireSameValues(first, second, ": two runs from the same start and gradients gave different ", "");
    }

    @Test
    default void keepsSeparateStatePerStart() {
        Bowl alone = runAlone(4);
        Bowl interleaved = new Bowl(4);
        Bowl other = new Bowl(5);
        Optimizer.Step step = optimizer().start(interleaved.parameters(), trainingSetSize());
        Optimizer.Step otherStep = optimizer().start(other.parameters(), trainingSetSize());
        for (int i = 0; i < bowlSteps(); i++) {
            other.writeGradients(3 * bowlCurvature());
            apply(otherStep, other.parameters());
            interleaved.writeGradients(bowlCurvature());
            apply(step, interleaved.parameters());
        }
        requireSameValues(alone, interleaved, ": a run interleaved with another start() gave different ",
                " than the same run alone; each Step must own its state");
    }

    /**
     * The engine's fused backward pass updates the first layer's weights a few rows at a time, in ranges of its
     * choosing and not in order, with rows of zero gradient through {@link Optimizer.Step#updateZeroGradient}
     * (whose gradient the engine has not written): each element's update must depend on that element alone.
     */
    @Test
    default void updateInRangesGivesTheBitsOfAWholeUpdate() {
        Bowl whole = runAlone(7);
        Bowl ranges = new Bowl(7);
        Bowl zeroRows = new Bowl(7);
        SplittableRandom split = new SplittableRandom(8);
        Optimizer.Step rangeStep = optimizer().start(ranges.parameters(), trainingSetSize());
        Optimizer.Step zeroStep = optimizer().start(zeroRows.parameters(), trainingSetSize());
        for (int i = 0; i < bowlSteps(); i++) {
            ranges.writeGradients(bowlCurvature());
            rangeStep.begin(BATCH_SIZE, optimizer().learningRate());
            for (int p = ranges.parameters().size() - 1; p >= 0; p--) {
                int length = ranges.parameters().get(p).value().data().length;
                int cut = split.nextInt(length + 1);
                rangeStep.update(p, cut, length);
                rangeStep.update(p, 0, cut);
            }
        }
        requireSameValues(whole, ranges, ": updates of ranges, later elements first, gave different ",
                " than whole updates; an element's update must depend on that element alone");
        Bowl plain = new Bowl(9);
        zeroRows = new Bowl(9);
        Optimizer.Step plainStep = optimizer().start(plain.parameters(), trainingSetSize());
        zeroStep = optimizer().start(zeroRows.parameters(), trainingSetSize());
        for (int i = 0; i < bowlSteps(); i++) {
            plain.writeGradients(bowlCurvature());
            zeroRows.writeGradients(bowlCurvature());
            int zeroFrom = i % 3 * 4;
            plain.zeroGradient(zeroFrom, zeroFrom + 4);
            // the engine does not write a zero-gradient range: what is there must not matter
            java.util.Arrays.fill(zeroRows.parameters().get(0).gradient().data(), zeroFrom, zeroFrom + 4, Float.NaN);
            apply(plainStep, plain.parameters());
            zeroStep.begin(BATCH_SIZE, optimizer().learningRate());
            zeroStep.update(0, 0, zeroFrom);
            zeroStep.updateZeroGradient(0, zeroRows.parameters().get(0).gradient().data(), zeroFrom, zeroFrom + 4);
            zeroStep.update(0, zeroFrom + 4, 12);
            zeroStep.update(1, 0, 4);
        }
        requireSameValues(plain, zeroRows, ": updateZeroGradient on a row of zero gradients gave different ",
                " than update; it must give update's bits (and move any state update moves)");
    }

    @Test
    default void penaltyIsFiniteAndNonNegative() {
        Bowl bowl = new Bowl(6);
        double penalty = optimizer().penalty(bowl.parameters(), trainingSetSize());
        require(Double.isFinite(penalty) && penalty >= 0, optimizer().name() + ": penalty of random parameters"
                + " is " + penalty + "; expected a finite number >= 0");
    }

    /**
     * A rule that {@link Optimizer.Step#savesState saves its state} continues bit for bit from it: half the steps,
     * then the parameters, {@code state()} arrays and counters copied into a fresh {@code start}, then the other
     * half, give the bits of all the steps in one run (what {@code nn run --resume} relies on).
     */
    @Test
    default void continuesBitForBitFromItsSavedState() {
        Bowl whole = new Bowl(6);
        Optimizer.Step step = optimizer().start(whole.parameters(), trainingSetSize());
        if (!step.savesState()) {
            return;
        }
        int half = bowlSteps() / 2;
        for (int i = 0; i < half; i++) {
            whole.writeGradients(bowlCurvature());
            apply(step, whole.parameters());
        }
        List<float[]> state = step.state().stream().map(float[]::clone).toList();
        long[] counters = step.counters().clone();
        Bowl resumed = new Bowl(6);
        for (int p = 0; p < whole.parameters().size(); p++) {
            float[] from = whole.parameters().get(p).value().data();
            System.arraycopy(from, 0, resumed.parameters().get(p).value().data(), 0, from.length);
        }
        Optimizer.Step fresh = optimizer().start(resumed.parameters(), trainingSetSize());
        List<float[]> live = fresh.state();
        require(live.size() == state.size(), optimizer().name() + ": state() gave " + state.size() + " arrays after "
                + half + " steps and " + live.size() + " after start(); expected the same arrays, live");
        for (int a = 0; a < state.size(); a++) {
            require(live.get(a).length == state.get(a).length, optimizer().name() + ": state array " + a
                    + " changed length between steps");
            System.arraycopy(state.get(a), 0, live.get(a), 0, state.get(a).length);
        }
        fresh.restoreCounters(counters);
        for (int i = half; i < bowlSteps(); i++) {
            whole.writeGradients(bowlCurvature());
            apply(step, whole.parameters());
            resumed.writeGradients(bowlCurvature());
            apply(fresh, resumed.parameters());
        }
        requireSameValues(whole, resumed, ": a run continued from its saved state gave different ",
                " than the run never stopped; state() must return every array the rule keeps (live, not copies),"
                        + " and counters() every number");
    }

    private void apply(Optimizer.Step step, List<Parameter> parameters) {
        step.apply(parameters, BATCH_SIZE, optimizer().learningRate());
    }

    private void requireSameValues(Bowl expected, Bowl actual, String what, String hint) {
        for (int p = 0; p < expected.parameters().size(); p++) {
            assertBitIdentical(expected.parameters().get(p).value(), actual.parameters().get(p).value(),
                    optimizer().name() + what + expected.parameters().get(p).name() + hint);
        }
    }

    private Bowl runAlone(long seed) {
        Bowl bowl = new Bowl(seed);
        Optimizer.Step step = optimizer().start(bowl.parameters(), trainingSetSize());
        for (int i = 0; i < bowlSteps(); i++) {
            bowl.writeGradients(bowlCurvature());
            apply(step, bowl.parameters());
        }
        return bowl;
    }
}
