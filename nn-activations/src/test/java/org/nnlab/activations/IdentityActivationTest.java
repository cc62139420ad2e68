package org.nnlab.activations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

class IdentityActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return new IdentityActivation().configure(Params.defaults(new IdentityActivation()));
    }

    @Test
    void forwardAndBackward_copyTheirInputs() {
        Matrix z = Matrix.of(new float[] {-1000f, 0.25f}, new float[] {3f, 7f});
        Matrix a = new Matrix(2, 2);
        activation().forward(z, a);
        assertEquals(z, a);
        Matrix g = Matrix.of(new float[] {1f, 2f}, new float[] {3f, 4f});
        Matrix dCdz = new Matrix(2, 2);
        activation().backward(z, a, g, dCdz);
        assertEquals(g, dCdz);
    }
}
