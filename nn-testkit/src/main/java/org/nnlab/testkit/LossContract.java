package org.nnlab.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnlab.testkit.Checks.assertBitIdentical;
import static org.nnlab.testkit.Checks.at;
import static org.nnlab.testkit.Checks.firstNonFinite;
import static org.nnlab.testkit.Checks.require;
import static org.nnlab.testkit.Checks.requireNoFailure;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;
import org.nnlab.host.PluginKind;
import org.nnlab.host.PluginRegistry;

/**
 * The contract of a {@link Loss}. Implement {@link #loss()} in a test class and every default test runs
 * against it: the gradient against central finite differences of the cost, the cost as a sum over examples,
 * zero cost for a perfect prediction, finiteness on saturated outputs, the fused delta against the general
 * path for every activation on the class path that it declares, determinism, overwriting stale output,
 * leaving inputs unchanged, and the checks of {@link PluginContract}.
 *
 * <p>Outputs {@code a} are probabilities in (0, 1), targets one-hot rows and, unless
 * {@link #acceptsSoftTargets()} says otherwise, values in [0, 1].
 */
public interface LossContract extends PluginContract {

    /** The loss under test, configured. */
    Loss loss();

    /** Whether targets other than one-hot rows, with values in [0, 1], are meaningful for this loss. */
    default boolean acceptsSoftTargets() {
        return true;
    }

    /** Relative tolerance of the gradient checks; a tenth of it is the absolute floor near 0. */
    default double gradientTolerance() {
        return 1e-2;
    }

    @Override
    default Plugin plugin() {
        return loss();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return loss().configure(params);
    }

    @Test
    default void gradientMatchesFiniteDifferences_oneHotTargets() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            requireNoFailure(FiniteDifferences.checkLoss(loss(), a, y, gradientTolerance(),
                    batch.describe("one-hot targets")));
        }
    }

    @Test
    default void gradientMatchesFiniteDifferences_softTargets() {
        Assumptions.assumeTrue(acceptsSoftTargets(), loss().name() + " takes one-hot targets only");
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.uniform(rng, batch.rows(), batch.cols());
            requireNoFailure(FiniteDifferences.checkLoss(loss(), a, y, gradientTolerance(),
                    batch.describe("soft targets")));
        }
    }

    @Test
    default void costIsSumOverExamples() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            double total = loss().cost(a, y);
            double sumOfRows = 0.0;
            for (int r = 0; r < batch.rows(); r++) {
                sumOfRows += loss().cost(RandomMatrices.row(a, r), RandomMatrices.row(y, r));
            }
            require(Numbers.agree(total, sumOfRows, 1e-6, 0), loss().name() + ": cost of "
                    + batch.describe("outputs") + " is " + Numbers.show(total) + ", but its rows cost "
                    + Numbers.show(sumOfRows) + " together; cost() must return the sum over examples, not the mean"
                    + " (the caller divides by n)");
        }
    }

    @Test
    default void costIsNonNegative_andZeroForPerfectPrediction() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            double cost = loss().cost(a, y);
            require(cost >= 0, loss().name() + ": cost of " + batch.describe("outputs") + " is " + cost
                    + "; a cost must not be negative");
            double perfect = loss().cost(y.copy(), y);
            require(Math.abs(perfect) <= 1e-6, loss().name() + ": an output equal to its one-hot target costs "
                    + perfect + " in " + batch.describe("targets") + "; expected 0 (0 ln 0 counts as 0)");
        }
    }

    @Test
    default void staysFiniteOnSaturatedOutputs() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.extremeProbabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            requireFinite(a, y, batch);
            if (acceptsSoftTargets()) {
                requireFinite(a, RandomMatrices.uniform(rng, batch.rows(), batch.cols()), batch);
            }
        }
    }

    @Test
    default void declaresNoFusedDeltaForUnknownActivation() {
        require(!loss().hasFusedDelta(Activation.Form.OTHER), loss().name()
                + ": hasFusedDelta must be true only for the activation forms where the fused delta is exact, never"
                + " for Form.OTHER");
    }

    @TestFactory
    default Stream<DynamicTest> fusedDeltaMatchesGeneralPath() {
        PluginRegistry registry = PluginRegistry.builtIn();
        Assumptions.assumeFalse(registry.names(PluginKind.ACTIVATION).isEmpty(), "no activation plugins on the"
                + " test class path, so fused deltas cannot be checked; add the activations as a test dependency");
        return registry.names(PluginKind.ACTIVATION).stream()
                .filter(name -> loss().hasFusedDelta(registry.activation(name).form()))
                .flatMap(name -> FusedDeltaCheck.tests(loss(), registry.activation(name)));
    }

    @Test
    default void isDeterministic() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            assertEquals(Double.doubleToLongBits(loss().cost(a, y)), Double.doubleToLongBits(loss().cost(a, y)),
                    loss().name() + ": the same input gave different costs in " + batch.describe("outputs"));
            assertBitIdentical(gradient(a, y, 0f), gradient(a, y, 0f), loss().name()
                    + ": the same input gave different gradients in " + batch.describe("outputs"));
        }
    }

    @Test
    default void overwritesStaleOutput() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            Matrix clean = gradient(a, y, 0f);
            for (float stale : new float[] {Float.NaN, 7f}) {
                assertBitIdentical(clean, gradient(a, y, stale), loss().name() + ": gradient depends on what the"
                        + " output matrix held before (" + stale + " instead of 0), in " + batch.describe("outputs"));
            }
        }
    }

    @Test
    default void leavesInputsUnchanged() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix a = RandomMatrices.probabilities(rng, batch.rows(), batch.cols());
            Matrix y = RandomMatrices.uniform(rng, batch.rows(), batch.cols());
            Matrix aBefore = a.copy();
            Matrix yBefore = y.copy();
            loss().cost(a, y);
            gradient(a, y, 0f);
            assertBitIdentical(aBefore, a, loss().name() + ": cost or gradient changed its input a");
            assertBitIdentical(yBefore, y, loss().name() + ": cost or gradient changed its input y");
        }
    }

    private Matrix gradient(Matrix a, Matrix y, float stale) {
        Matrix dCda = RandomMatrices.filled(a.rows(), a.cols(), stale);
        loss().gradient(a, y, dCda);
        return dCda;
    }

    private void requireFinite(Matrix a, Matrix y, TestBatch batch) {
        double cost = loss().cost(a, y);
        require(Double.isFinite(cost), loss().name() + ": cost is " + cost + " for " + batch.describe(
                "saturated outputs (0, 1, subnormal, tiny)") + "; it must stay finite");
        Matrix dCda = gradient(a, y, 0f);
        int i = firstNonFinite(dCda);
        if (i >= 0) {
            throw new AssertionError(loss().name() + ": gradient gave " + dCda.data()[i] + " at " + at(dCda, i)
                    + " (a=" + a.data()[i] + ", y=" + y.data()[i] + ") in " + batch.describe("saturated outputs"));
        }
    }
}
