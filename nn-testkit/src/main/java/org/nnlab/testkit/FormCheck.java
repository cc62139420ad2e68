package org.nnlab.testkit;

import java.util.SplittableRandom;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;

/**
 * An activation's declared {@link Activation.Form} against the formula it names, in double precision: a loss
 * fuses its output delta on the declaration alone, so a wrong one would silently train on the wrong gradient.
 */
final class FormCheck {
    private static final double TOLERANCE = 1e-5;

    private FormCheck() {
    }

    static void matchesFormula(Activation activation) {
        Activation.Form form = activation.form();
        if (form == Activation.Form.OTHER) {
            return;
        }
        for (TestBatch batch : TestBatch.SHAPES) {
            SplittableRandom rng = batch.random();
            Matrix z = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 2.0);
            Matrix a = new Matrix(batch.rows(), batch.cols());
            activation.forward(z, a);
            for (int r = 0; r < z.rows(); r++) {
                double sum = 0;
                for (int c = 0; c < z.cols(); c++) {
                    sum += Math.exp(z.get(r, c));
                }
                for (int c = 0; c < z.cols(); c++) {
                    double x = z.get(r, c);
                    double expected = switch (form) {
                        case IDENTITY -> x;
                        case LOGISTIC -> 1 / (1 + Math.exp(-x));
                        case SOFTMAX -> Math.exp(x) / sum;
                        case OTHER -> throw new AssertionError("unreachable");
                    };
                    if (!Numbers.agree(a.get(r, c), expected, TOLERANCE, 1e-7)) {
                        throw new AssertionError(activation.name() + ": declares form " + form + ", but forward at"
                                + " row " + r + " col " + c + " (z=" + Numbers.input(z.get(r, c)) + ") gave "
                                + Numbers.show(a.get(r, c)) + " where " + form + " gives " + Numbers.show(expected)
                                + " in " + batch.describe("moderate inputs") + "; declare Form.OTHER unless the"
                                + " function is exactly that one (losses fuse their output delta on it)");
                    }
                }
            }
        }
    }
}
