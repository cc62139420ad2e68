package org.nnlab.testkit;

import static org.nnlab.testkit.Numbers.agree;
import static org.nnlab.testkit.Numbers.input;
import static org.nnlab.testkit.Numbers.show;

import java.util.Optional;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;

/**
 * Central finite differences against the analytic gradients of activations and losses, computed in double
 * from the plugins' float outputs. Each check returns the first disagreement as a message naming the plugin,
 * the element, its input and both values, or nothing when all agree.
 *
 * <p>Rows are examples, so each row is differentiated on its own as a 1-row batch; a plugin that mixes
 * rows therefore fails here too. The perturbed inputs are rounded to float and the difference quotient
 * divides by the step actually taken.
 */
final class FiniteDifferences {
    /**
     * Step in {@code z}. Absolute, not relative to {@code |z|}: softmax is invariant under a shift of a row,
     * so near {@code z = 1000} it still bends on the scale of 1, and a relative step would be 10.
     */
    static final double ACTIVATION_STEP = 1e-2;

    /** Step in {@code a}, as a fraction of its distance to the nearer of 0 and 1 (the logarithms' poles). */
    static final double LOSS_STEP = 1e-2;

    private FiniteDifferences() {
    }

    /**
     * Compares {@code backward(z, a, g)} with the derivative of {@code L(z) = sum g * f(z)} for every element.
     *
     * @param batch what {@code z} is, for the message, e.g. "an 8x10 batch of moderate inputs (seed 3)"
     */
    static Optional<String> checkActivation(Activation activation, Matrix z, Matrix g, double tolerance,
                                            String batch) {
        int rows = z.rows();
        int cols = z.cols();
        Matrix a = new Matrix(rows, cols);
        activation.forward(z, a);
        Matrix dCdz = new Matrix(rows, cols);
        activation.backward(z, a, g, dCdz);
        Matrix plus = new Matrix(1, cols);
        Matrix minus = new Matrix(1, cols);
        Disagreements found = new Disagreements();
        for (int r = 0; r < rows; r++) {
            Matrix zRow = RandomMatrices.row(z, r);
            for (int c = 0; c < cols; c++) {
                float z0 = zRow.get(0, c);
                float zPlus = (float) (z0 + ACTIVATION_STEP);
                float zMinus = (float) (z0 - ACTIVATION_STEP);
                zRow.set(0, c, zPlus);
                activation.forward(zRow, plus);
                zRow.set(0, c, zMinus);
                activation.forward(zRow, minus);
                zRow.set(0, c, z0);
                double width = (double) zPlus - zMinus;
                double lossPlus = 0.0;
                double lossMinus = 0.0;
                double rounding = 0.0;
                for (int k = 0; k < cols; k++) {
                    double gk = g.get(r, k);
                    lossPlus += gk * plus.get(0, k);
                    lossMinus += gk * minus.get(0, k);
                    rounding += Math.abs(gk) * (Math.ulp(plus.get(0, k)) + Math.ulp(minus.get(0, k)));
                }
                double numeric = (lossPlus - lossMinus) / width;
                double analytic = dCdz.get(r, c);
                if (!agree(analytic, numeric, tolerance, rounding / width)) {
                    found.add(activation.name() + ": dC/dz at row " + r + " col " + c + " (z=" + input(z0)
                            + "): backward gave " + show(analytic) + ", finite difference gave " + show(numeric));
                }
            }
        }
        return found.report(rows * cols, batch);
    }

    /** Compares {@code gradient(a, y)} with the derivative of {@code cost(a, y)} for every element. */
    static Optional<String> checkLoss(Loss loss, Matrix a, Matrix y, double tolerance, String batch) {
        int rows = a.rows();
        int cols = a.cols();
        Matrix dCda = new Matrix(rows, cols);
        loss.gradient(a, y, dCda);
        Disagreements found = new Disagreements();
        for (int r = 0; r < rows; r++) {
            Matrix aRow = RandomMatrices.row(a, r);
            Matrix yRow = RandomMatrices.row(y, r);
            for (int c = 0; c < cols; c++) {
                float a0 = aRow.get(0, c);
                double step = LOSS_STEP * Math.max(1e-3, Math.min(Math.abs(a0), Math.abs(1.0 - a0)));
                float aPlus = (float) (a0 + step);
                float aMinus = (float) (a0 - step);
                aRow.set(0, c, aPlus);
                double costPlus = loss.cost(aRow, yRow);
                aRow.set(0, c, aMinus);
                double costMinus = loss.cost(aRow, yRow);
                aRow.set(0, c, a0);
                double width = (double) aPlus - aMinus;
                double numeric = (costPlus - costMinus) / width;
                double rounding = 4 * Math.ulp(Math.max(Math.abs(costPlus), Math.abs(costMinus))) / width;
                double analytic = dCda.get(r, c);
                if (!agree(analytic, numeric, tolerance, rounding)) {
                    found.add(loss.name() + ": dC/da at row " + r + " col " + c + " (a=" + input(a0) + ", y="
                            + input(yRow.get(0, c)) + "): gradient gave " + show(analytic)
                            + ", finite difference gave " + show(numeric));
                }
            }
        }
        return found.report(rows * cols, batch);
    }

    /** The first disagreement, and how many there were. */
    private static final class Disagreements {
        private String first;
        private int count;

        void add(String message) {
            if (first == null) {
                first = message;
            }
            count++;
        }

        Optional<String> report(int elements, String batch) {
            if (first == null) {
                return Optional.empty();
            }
            return Optional.of(first + " (" + count + " of " + elements + " elements disagree, in " + batch + ")");
        }
    }
}
