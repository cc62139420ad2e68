package org.nnlab.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.activations.SoftmaxActivation;
import org.nnlab.api.Activation;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.LossContract;

class CrossEntropyLossTest implements LossContract {
    @Override
    public Loss loss() {
        return new CrossEntropyLoss().configure(Params.defaults(new CrossEntropyLoss()));
    }

    // Oracle: -[y ln a + (1 - y) ln(1 - a)] per output unit, in double precision.

    @Test
    void cost_sumsBinaryTermsOverUnits() {
        Matrix a = Matrix.of(new float[] {0.8f, 0.3f});
        Matrix y = Matrix.of(new float[] {1f, 0f});
        assertEquals(-Math.log(0.8f) - Math.log(1 - 0.3f), loss().cost(a, y), 1e-12, "about 0.57982");
    }

    @Test
    void cost_ofSaturatedCorrectOutput_isExactlyZero() {
        assertEquals(0.0, loss().cost(Matrix.of(new float[] {1f, 0f}), Matrix.of(new float[] {1f, 0f})));
    }

    @Test
    void cost_ofSaturatedWrongOutput_isFinite() {
        double cost = loss().cost(Matrix.of(new float[] {0f, 1f}), Matrix.of(new float[] {1f, 0f}));
        assertEquals(-2 * Math.log(CrossEntropyLoss.FLOOR), cost, 1e-9, "two terms of -ln(1e-12) = 27.631");
    }

    @Test
    void gradient_isAMinusYOverAOneMinusA() {
        Matrix dCda = new Matrix(1, 2);
        loss().gradient(Matrix.of(new float[] {0.8f, 0.3f}), Matrix.of(new float[] {1f, 0f}), dCda);
        assertEquals(-1.25f, dCda.get(0, 0), 1e-6f, "(0.8 - 1) / (0.8 * 0.2)");
        assertEquals(1.4285715f, dCda.get(0, 1), 1e-6f, "0.3 / (0.3 * 0.7)");
    }

    @Test
    void gradient_ofSaturatedOutputs_isFinite_andZeroWhenCorrect() {
        Matrix dCda = new Matrix(1, 4);
        loss().gradient(Matrix.of(new float[] {1f, 0f, 0f, 1f}), Matrix.of(new float[] {1f, 0f, 1f, 0f}), dCda);
        assertEquals(Matrix.of(new float[] {0f, 0f, -1e12f, 1e12f}), dCda);
    }

    @Test
    void fusesDeltaForSigmoidOnly() {
        assertTrue(loss().hasFusedDelta(Activation.Form.LOGISTIC));
        assertFalse(loss().hasFusedDelta(Activation.Form.SOFTMAX));
        assertFalse(loss().hasFusedDelta(Activation.Form.IDENTITY));
    }

    @Test
    void withSoftmax_generalPathIsNotAMinusY() {
        // a = softmax(0, 0, 0) = 1/3 each, y = (1, 0, 0). g = (a - y) / (a (1 - a)) = (-3, 1.5, 1.5),
        // sum a g = 0, so dC/dz = a g = (-1, 0.5, 0.5), while a - y = (-2/3, 1/3, 1/3).
        SoftmaxActivation softmax = new SoftmaxActivation();
        Matrix z = new Matrix(1, 3);
        Matrix a = new Matrix(1, 3);
        softmax.forward(z, a);
        Matrix dCda = new Matrix(1, 3);
        loss().gradient(a, Matrix.of(new float[] {1f, 0f, 0f}), dCda);
        Matrix dCdz = new Matrix(1, 3);
        softmax.backward(z, a, dCda, dCdz);
        float[] expected = {-1f, 0.5f, 0.5f};
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], dCdz.get(0, c), 1e-6f, "col " + c);
        }
    }
}
