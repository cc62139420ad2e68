package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

class SigmoidActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new SigmoidActivation().configure(Params.defaults(new SigmoidActivation()));
    }

    // Oracle: 1 / (1 + e^-z) in double precision, rounded to float.

    @Test
    void forward_matchesLogisticFunction() {
        Matrix a = new Matrix(1, 4);
        activation().forward(Matrix.of(new float[] {0f, 2f, -2f, 0.5f}), a);
        double[] expected = {0.5, 0.8807970779778823, 0.11920292202211755, 0.6224593312018546};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], a.get(0, c), 1e-7, "col " + c);
        }
    }

    @Test
    void forward_saturatesToExactly0And1_withoutNaN() {
        Matrix a = new Matrix(1, 4);
        activation().forward(Matrix.of(new float[] {-1000f, 1000f, -Float.MAX_VALUE, Float.MAX_VALUE}), a);
        assertEquals(Matrix.of(new float[] {0f, 1f, 0f, 1f}), a);
    }

    @Test
    void backward_isGradientTimesAOneMinusA() {
        Matrix z = Matrix.of(new float[] {0f, 2f});
        Matrix a = new Matrix(1, 2);
        activation().forward(z, a);
        Matrix dCdz = new Matrix(1, 2);
        activation().backward(z, a, Matrix.of(new float[] {2f, 1f}), dCdz);
        assertEquals(0.5f, dCdz.get(0, 0), "2 * 0.5 * 0.5");
        assertEquals(0.104994f, dCdz.get(0, 1), 1e-6f, "sigma'(2) = 0.104994");
    }
}
