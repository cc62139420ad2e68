package org.nnlab.testkit;

import static org.nnlab.testkit.Checks.at;
import static org.nnlab.testkit.Checks.firstNonFinite;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;

/**
 * A loss's fused output delta against the general path, {@code backward(z, a, gradient(a, y))}, for one
 * activation it declares: equal on moderate inputs with one-hot targets, and finite on saturated inputs.
 */
final class FusedDeltaCheck {
    /** Relative tolerance: both paths are exact, so only float rounding separates them. */
    private static final double TOLERANCE = 1e-4;
    private static final float[] LARGE_INPUTS = {-1000f, -100f, -30f, 30f, 100f, 1000f};

    private FusedDeltaCheck() {
    }

    static Stream<DynamicTest> tests(Loss loss, Activation prototype) {
        Activation activation = prototype.configure(Params.defaults(prototype));
        String pair = loss.name() + " with " + activation.name();
        return Stream.of(
                DynamicTest.dynamicTest(pair + ": fused delta equals gradient then backward",
                        () -> matchesGeneralPath(loss, activation)),
                DynamicTest.dynamicTest(pair + ": fused delta stays finite on saturated inputs",
                        () -> staysFinite(loss, activation)));
    }

    static void matchesGeneralPath(Loss loss, Activation activation) {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 2.0);
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation.forward(z, a);
            Matrix dCda = new Matrix(batch.rows(), batch.cols());
            loss.gradient(a, y, dCda);
            Matrix general = new Matrix(batch.rows(), batch.cols());
            activation.backward(z, a, dCda, general);
            Matrix fused = RandomMatrices.filled(batch.rows(), batch.cols(), Float.NaN);
            loss.fusedDelta(z, a, y, fused);
            for (int i = 0; i < z.data().length; i++) {
                float f = fused.data()[i];
                float g = general.data()[i];
                if (!Numbers.agree(f, g, TOLERANCE, 1e-6)) {
                    throw new AssertionError(loss.name() + " with " + activation.name() + ": fused delta at "
                            + at(z, i) + " (z=" + Numbers.input(z.data()[i]) + ", a=" + Numbers.input(a.data()[i])
                            + ", y=" + Numbers.input(y.data()[i]) + ") gave " + Numbers.show(f)
                            + ", gradient then backward gave " + Numbers.show(g) + " in "
                            + batch.describe("moderate inputs") + "; hasFusedDelta(" + activation.form()
                            + ") must be true only where the fused delta is exact");
                }
            }
        }
    }

    static void staysFinite(Loss loss, Activation activation) {
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), LARGE_INPUTS);
            Matrix y = RandomMatrices.oneHot(rng, batch.rows(), batch.cols());
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation.forward(z, a);
            Matrix fused = new Matrix(batch.rows(), batch.cols());
            loss.fusedDelta(z, a, y, fused);
            int i = firstNonFinite(fused);
            if (i >= 0) {
                throw new AssertionError(loss.name() + " with " + activation.name() + ": fused delta gave "
                        + fused.data()[i] + " at " + at(z, i) + " (z=" + z.data()[i] + ") in "
                        + batch.describe("large inputs"));
            }
        }
    }
}
