package org.example.nnplugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;
import org.nnlab.api.Params;
import org.nnlab.testkit.ActivationContract;

/** The contract from nn-testkit (gradient checks, saturation, determinism, naming, parameters), and values. */
class SwishActivationTest implements ActivationContract {
    @Override
    public Activation activation() {
        return configured(Map.of());
    }

    private static Activation configured(Map<String, Object> yaml) {
        SwishActivation prototype = new SwishActivation();
        return prototype.configure(Params.resolve(prototype, yaml));
    }

    // Oracle: z / (1 + e^(-beta z)) and its derivative, in double precision with Python's math module.

    @Test
    void forward_isZTimesSigmoidOfZ() {
        Matrix a = new Matrix(1, 5);
        activation().forward(Matrix.of(new float[] {0f, 1f, -1f, 2.5f, -3f}), a);
        double[] expected = {0.0, 0.7310585786300049, -0.2689414213699951, 2.3103545499468914, -0.14227761953270035};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], a.get(0, c), 1e-6, "swish at column " + c);
        }
    }

    @Test
    void backward_isGradientTimesExactDerivative() {
        Matrix z = Matrix.of(new float[] {0f, 1f, -1f, -3f});
        Matrix a = new Matrix(1, 4);
        activation().forward(z, a);
        Matrix dCdz = new Matrix(1, 4);
        activation().backward(z, a, Matrix.of(new float[] {2f, 1f, 1f, 1f}), dCdz);
        double[] expected = {2 * 0.5, 0.9276705118714869, 0.07232948812851325, -0.08810410601516962};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], dCdz.get(0, c), 1e-6, "dC/dz at column " + c);
        }
    }

    @Test
    void beta_sharpensTheGate() {
        Activation sharp = configured(Map.of("beta", 10));
        Matrix a = new Matrix(1, 2);
        sharp.forward(Matrix.of(new float[] {1f, -0.5f}), a);
        assertEquals(0.9999546021312976, a.get(0, 0), 1e-6, "1 * sigma(10)");
        assertEquals(-0.0033464254621424277, a.get(0, 1), 1e-6, "-0.5 * sigma(-5)");
    }
}
