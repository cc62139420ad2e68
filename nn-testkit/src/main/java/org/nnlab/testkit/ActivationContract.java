package org.nnlab.testkit;

import static org.nnlab.testkit.Checks.assertBitIdentical;
import static org.nnlab.testkit.Checks.at;
import static org.nnlab.testkit.Checks.firstNonFinite;
import static org.nnlab.testkit.Checks.requireNoFailure;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.api.Plugin;

/**
 * The contract of an {@link Activation}. Implement {@link #activation()} in a test class and every default
 * test runs against it: backward against central finite differences (moderate and saturated inputs),
 * finiteness on saturated inputs, rows as independent examples, determinism, overwriting stale output,
 * leaving inputs unchanged, a declared {@link Activation.Form} against its formula, and the checks of
 * {@link PluginContract}.
 *
 * <p>Inputs come from fixed seeds over batches of 1x1, 3x2, 8x10 and 4x33. Override the hooks
 * {@link #nonDifferentiablePoints()}, {@link #largeInputs()} and {@link #gradientTolerance()} when the
 * activation needs it.
 */
public interface ActivationContract extends PluginContract {

    /** The activation under test, configured. */
    Activation activation();

    /** Inputs where the activation has no derivative (relu: 0); gradient checks keep {@code z} away from them. */
    default float[] nonDifferentiablePoints() {
        return new float[0];
    }

    /** Large-magnitude inputs mixed into the saturation checks. */
    default float[] largeInputs() {
        return new float[] {-1000f, -100f, -30f, 30f, 100f, 1000f};
    }

    /** Relative tolerance of the gradient checks; a tenth of it is the absolute floor near 0. */
    default double gradientTolerance() {
        return 1e-2;
    }

    @Override
    default Plugin plugin() {
        return activation();
    }

    @Override
    default Plugin configurePlugin(Params params) {
        return activation().configure(params);
    }

    @Test
    default void declaredFormMatchesItsFormula() {
        FormCheck.matchesFormula(activation());
    }

    @Test
    default void backwardMatchesFiniteDifferences() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = awayFromKinks(RandomMatrices.normal(rng, batch.rows(), batch.cols(), 2.0));
            Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
            requireNoFailure(FiniteDifferences.checkActivation(activation(), z, g, gradientTolerance(),
                    batch.describe("moderate inputs")));
        }
    }

    @Test
    default void backwardMatchesFiniteDifferencesOnSaturatedInputs() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = awayFromKinks(RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), largeInputs()));
            Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
            requireNoFailure(FiniteDifferences.checkActivation(activation(), z, g, gradientTolerance(),
                    batch.describe("large inputs")));
        }
    }

    @Test
    default void staysFiniteOnSaturatedInputs() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), largeInputs());
            Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation().forward(z, a);
            requireFinite(a, z, "forward", batch);
            Matrix dCdz = new Matrix(batch.rows(), batch.cols());
            activation().backward(z, a, g, dCdz);
            requireFinite(dCdz, z, "backward", batch);
        }
    }

    @Test
    default void treatsRowsAsIndependentExamples() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), largeInputs());
            Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation().forward(z, a);
            Matrix dCdz = new Matrix(batch.rows(), batch.cols());
            activation().backward(z, a, g, dCdz);
            for (int r = 0; r < batch.rows(); r++) {
                Matrix zRow = RandomMatrices.row(z, r);
                Matrix aRow = new Matrix(1, batch.cols());
                activation().forward(zRow, aRow);
                Matrix dRow = new Matrix(1, batch.cols());
                activation().backward(zRow, aRow, RandomMatrices.row(g, r), dRow);
                for (int c = 0; c < batch.cols(); c++) {
                    if (!Numbers.agree(a.get(r, c), aRow.get(0, c), 1e-6, 0)
                            || !Numbers.agree(dCdz.get(r, c), dRow.get(0, c), 1e-6, 0)) {
                        throw new AssertionError(activation().name() + ": row " + r + " of " + batch.describe(
                                "inputs") + " gives a=" + a.get(r, c) + ", dC/dz=" + dCdz.get(r, c) + " at col " + c
                                + ", but alone gives a=" + aRow.get(0, c) + ", dC/dz=" + dRow.get(0, c)
                                + "; each row is an example and must not depend on the others");
                    }
                }
            }
        }
    }

    @Test
    default void isDeterministic() {
        for (TestBatch batch : TestBatch.SHAPES) {
            ActivationOutputs first = ActivationOutputs.of(activation(), batch, largeInputs(), 0f);
            ActivationOutputs second = ActivationOutputs.of(activation(), batch, largeInputs(), 0f);
            String what = activation().name() + ": the same input gave different ";
            assertBitIdentical(first.a(), second.a(), what + "forward outputs in " + batch.describe("inputs"));
            assertBitIdentical(first.dCdz(), second.dCdz(), what + "backward outputs in " + batch.describe("inputs"));
        }
    }

    @Test
    default void overwritesStaleOutput() {
        for (TestBatch batch : TestBatch.SHAPES) {
            ActivationOutputs clean = ActivationOutputs.of(activation(), batch, largeInputs(), 0f);
            for (float stale : new float[] {Float.NaN, 7f}) {
                ActivationOutputs dirty = ActivationOutputs.of(activation(), batch, largeInputs(), stale);
                String what = activation().name() + ": output depends on what the output matrix held before ("
                        + stale + " instead of 0), ";
                assertBitIdentical(clean.a(), dirty.a(), what + "forward, in " + batch.describe("inputs"));
                assertBitIdentical(clean.dCdz(), dirty.dCdz(), what + "backward, in " + batch.describe("inputs"));
            }
        }
    }

    @Test
    default void leavesInputsUnchanged() {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), largeInputs());
            Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
            Matrix zBefore = z.copy();
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation().forward(z, a);
            assertBitIdentical(zBefore, z, activation().name() + ": forward changed its input z");
            Matrix aBefore = a.copy();
            Matrix gBefore = g.copy();
            activation().backward(z, a, g, new Matrix(batch.rows(), batch.cols()));
            assertBitIdentical(zBefore, z, activation().name() + ": backward changed its input z");
            assertBitIdentical(aBefore, a, activation().name() + ": backward changed its input a");
            assertBitIdentical(gBefore, g, activation().name() + ": backward changed its input dC/da");
        }
    }

    private Matrix awayFromKinks(Matrix z) {
        double margin = 3 * FiniteDifferences.ACTIVATION_STEP;
        float[] data = z.data();
        for (float kink : nonDifferentiablePoints()) {
            for (int i = 0; i < data.length; i++) {
                if (Math.abs(data[i] - kink) < margin) {
                    data[i] = (float) (kink + (data[i] >= kink ? margin : -margin));
                }
            }
        }
        return z;
    }

    private void requireFinite(Matrix m, Matrix z, String pass, TestBatch batch) {
        int i = firstNonFinite(m);
        if (i >= 0) {
            throw new AssertionError(activation().name() + ": " + pass + " gave " + m.data()[i] + " at " + at(m, i)
                    + " (z=" + z.data()[i] + ") in " + batch.describe("large inputs"));
        }
    }
}
