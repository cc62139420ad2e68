package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

class SoftmaxActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new SoftmaxActivation().configure(Params.defaults(new SoftmaxActivation()));
    }

    // Oracle: e^z_j / sum_k e^z_k in double precision.

    @Test
    void forward_normalisesEachRowSeparately() {
        Matrix a = new Matrix(2, 3);
        activation().forward(Matrix.of(new float[] {1f, 2f, 3f}, new float[] {0f, 0f, 0f}), a);
        float[] first = {0.09003057f, 0.24472847f, 0.66524096f};
        for (int c = 0; c < 3; c++) {
            assertEquals(first[c], a.get(0, c), 1e-7f, "row 0 col " + c);
            assertEquals(1f / 3, a.get(1, c), 1e-7f, "row 1 col " + c);
        }
    }

    @Test
    void forward_rowsSumToOne_evenForHugeInputs() {
        Matrix a = new Matrix(2, 3);
        activation().forward(Matrix.of(new float[] {1000f, 1000f, -1000f}, new float[] {88f, 89f, 90f}), a);
        assertEquals(0.5f, a.get(0, 0));
        assertEquals(0.5f, a.get(0, 1));
        assertEquals(0f, a.get(0, 2));
        for (int r = 0; r < 2; r++) {
            assertEquals(1.0, (double) a.get(r, 0) + a.get(r, 1) + a.get(r, 2), 1e-6, "row " + r + " sums to 1");
        }
        assertEquals(0.66524096f, a.get(1, 2), 1e-7f, "shifting a row by 87 changes nothing");
    }

    @Test
    void backward_isExactVectorJacobianProduct() {
        // a = (1/2, 1/2), g = (1, 0): sum a g = 1/2, so dC/dz = a (g - 1/2) = (1/4, -1/4).
        Matrix z = Matrix.of(new float[] {3f, 3f});
        Matrix a = new Matrix(1, 2);
        activation().forward(z, a);
        Matrix dCdz = new Matrix(1, 2);
        activation().backward(z, a, Matrix.of(new float[] {1f, 0f}), dCdz);
        assertEquals(Matrix.of(new float[] {0.25f, -0.25f}), dCdz);
    }
}
