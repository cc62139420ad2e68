package org.example.nnplugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.LossContract;

/** The contract from nn-testkit (gradient checks, saturation, sum over examples, naming, parameters), and values. */
class FocalLossTest implements LossContract {
    private static final Matrix A = Matrix.of(new float[] {0.8f, 0.3f});
    private static final Matrix Y = Matrix.of(new float[] {1f, 0f});

    @Override
    public Loss loss() {
        return configured(Map.of());
    }

    private static Loss configured(Map<String, Object> yaml) {
        FocalLoss prototype = new FocalLoss();
        return prototype.configure(Params.resolve(prototype, yaml));
    }

    // Oracle: -[y (1 - a)^gamma ln a + (1 - y) a^gamma ln(1 - a)] and its derivative, in double precision with
    // Python's math module, for a = (0.8, 0.3), y = (1, 0).

    @Test
    void cost_downWeightsNearlyRightOutputs() {
        assertEquals(0.0410264870070543, loss().cost(A, Y), 1e-7, "gamma 2: 0.2^2 (-ln 0.8) + 0.3^2 (-ln 0.7)");
        assertEquals(0.29515174238799136, configured(Map.of("gamma", 0.5)).cost(A, Y), 1e-7, "gamma 0.5");
    }

    @Test
    void gammaZero_isCrossEntropy() {
        assertEquals(0.5798184952529422, configured(Map.of("gamma", 0)).cost(A, Y), 1e-7, "-ln 0.8 - ln 0.7");
    }

    @Test
    void gradient_matchesTheDerivative() {
        Matrix dCda = new Matrix(1, 2);
        loss().gradient(A, Y, dCda);
        assertEquals(-0.13925742052568385, dCda.get(0, 0), 1e-6, "dC/da where y = 1");
        assertEquals(0.34257639493466807, dCda.get(0, 1), 1e-6, "dC/da where y = 0");
    }

    @Test
    void saturatedOutputs_costExactlyZeroWhenRight_andFiniteWhenWrong() {
        Matrix y = Matrix.of(new float[] {1f, 0f});
        assertEquals(0.0, loss().cost(Matrix.of(new float[] {1f, 0f}), y), "a saturated right output costs 0");
        double wrong = loss().cost(Matrix.of(new float[] {0f, 1f}), y);
        assertEquals(-2 * Math.log(FocalLoss.FLOOR), wrong, 1e-9, "two terms of -ln(1e-12), weights 1");
        Matrix dCda = new Matrix(1, 2);
        loss().gradient(Matrix.of(new float[] {0f, 1f}), y, dCda);
        assertTrue(dCda.allFinite(), "the gradient of saturated wrong outputs stays finite: " + dCda);
    }
}
