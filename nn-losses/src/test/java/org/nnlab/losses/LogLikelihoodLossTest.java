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

class LogLikelihoodLossTest implements LossContract {
    @Override
    public Loss loss() {
        return new LogLikelihoodLoss().configure(Params.defaults(new LogLikelihoodLoss()));
    }

    // Oracle: -ln a_y of the true class, in double precision.

    @Test
    void cost_isMinusLogOfTrueClass_summedOverExamples() {
        Matrix a = Matrix.of(new float[] {0.2f, 0.7f, 0.1f}, new float[] {0.5f, 0.25f, 0.25f});
        Matrix y = Matrix.of(new float[] {0f, 1f, 0f}, new float[] {1f, 0f, 0f});
        assertEquals(-Math.log(0.7f) - Math.log(0.5f), loss().cost(a, y), 1e-12, "about 1.0498");
    }

    @Test
    void cost_ofSaturatedOutputs_isZeroWhenCorrect_andFiniteWhenWrong() {
        Matrix y = Matrix.of(new float[] {1f, 0f});
        assertEquals(0.0, loss().cost(Matrix.of(new float[] {1f, 0f}), y));
        assertEquals(-Math.log(LogLikelihoodLoss.FLOOR), loss().cost(Matrix.of(new float[] {0f, 1f}), y), 1e-9,
                "-ln(1e-12) = 27.631");
    }

    @Test
    void gradient_isMinusOneOverATrueClass_andZeroElsewhere() {
        Matrix dCda = new Matrix(1, 3);
        loss().gradient(Matrix.of(new float[] {0.2f, 0.8f, 0f}), Matrix.of(new float[] {0f, 1f, 0f}), dCda);
        assertEquals(Matrix.of(new float[] {0f, -1.25f, 0f}), dCda);
    }

    @Test
    void fusesDeltaForSoftmaxOnly() {
        assertTrue(loss().hasFusedDelta(Activation.Form.SOFTMAX));
        assertFalse(loss().hasFusedDelta(Activation.Form.LOGISTIC), "with sigmoid, the general path gives y (a - 1), not a - y");
    }
}
