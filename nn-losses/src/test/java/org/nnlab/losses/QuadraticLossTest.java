package org.nnlab.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.LossContract;

class QuadraticLossTest implements LossContract {
    @Override
    public Loss loss() {
        return new QuadraticLoss().configure(Params.defaults(new QuadraticLoss()));
    }

    @Test
    void cost_isHalfSquaredDistance_summedOverExamples() {
        Matrix a = Matrix.of(new float[] {1f, 0f}, new float[] {0.5f, 0.5f});
        Matrix y = Matrix.of(new float[] {0f, 0f}, new float[] {0f, 1f});
        assertEquals(0.5 * 1 + 0.5 * (0.25 + 0.25), loss().cost(a, y), 1e-12);
    }

    @Test
    void gradient_isAMinusY() {
        Matrix dCda = new Matrix(1, 2);
        loss().gradient(Matrix.of(new float[] {0.75f, 0.5f}), Matrix.of(new float[] {1f, 0f}), dCda);
        assertEquals(Matrix.of(new float[] {-0.25f, 0.5f}), dCda);
    }

    @Test
    void fusesDeltaForLinearOutputOnly() {
        assertTrue(loss().hasFusedDelta(Activation.Form.IDENTITY));
        assertFalse(loss().hasFusedDelta(Activation.Form.LOGISTIC), "with sigmoid, delta is (a - y) sigma'(z), not a - y");
        assertFalse(loss().hasFusedDelta(Activation.Form.SOFTMAX));
    }
}
