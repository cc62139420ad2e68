package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

class TanhActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new TanhActivation().configure(Params.defaults(new TanhActivation()));
    }

    // Oracle: Math.tanh in double precision; tanh'(z) = 1 - tanh(z)^2.

    @Test
    void forward_matchesTanh_andSaturatesWithoutNaN() {
        Matrix a = new Matrix(1, 4);
        activation().forward(Matrix.of(new float[] {0f, 1f, -1000f, 1000f}), a);
        assertEquals(Matrix.of(new float[] {0f, 0.7615942f, -1f, 1f}), a);
    }

    @Test
    void backward_isGradientTimesOneMinusASquared() {
        Matrix z = Matrix.of(new float[] {0f, 1f});
        Matrix a = new Matrix(1, 2);
        activation().forward(z, a);
        Matrix dCdz = new Matrix(1, 2);
        activation().backward(z, a, Matrix.of(new float[] {3f, 1f}), dCdz);
        assertEquals(3f, dCdz.get(0, 0));
        assertEquals(0.41997434f, dCdz.get(0, 1), 1e-6f, "1 - tanh(1)^2");
    }
}
