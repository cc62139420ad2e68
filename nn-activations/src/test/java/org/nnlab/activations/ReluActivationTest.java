package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

class ReluActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new ReluActivation().configure(Params.defaults(new ReluActivation()));
    }

    @Override
    public float[] nonDifferentiablePoints() {
        return new float[] {0f};
    }

    @Test
    void forward_clipsNegativesToZero() {
        Matrix a = new Matrix(1, 4);
        activation().forward(Matrix.of(new float[] {-2f, 0f, 3f, -1000f}), a);
        assertEquals(Matrix.of(new float[] {0f, 0f, 3f, 0f}), a);
    }

    @Test
    void backward_passesGradientWherePositive_andTakesZeroAtTheKink() {
        Matrix z = Matrix.of(new float[] {-2f, 0f, 3f});
        Matrix a = new Matrix(1, 3);
        activation().forward(z, a);
        Matrix dCdz = new Matrix(1, 3);
        activation().backward(z, a, Matrix.of(new float[] {5f, 6f, 7f}), dCdz);
        assertEquals(Matrix.of(new float[] {0f, 0f, 7f}), dCdz);
    }

    @Test
    void forward_keepsNaN_soADivergingRunShows() {
        Matrix a = new Matrix(1, 1);
        activation().forward(Matrix.of(new float[] {Float.NaN}), a);
        assertTrue(Float.isNaN(a.get(0, 0)));
    }
}
