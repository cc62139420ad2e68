package org.nnlab.testkit;

import java.util.SplittableRandom;
import org.nnlab.api.Activation;
import org.nnlab.api.Matrix;

/** Forward and backward outputs of one seeded batch, written into matrices pre-filled with a stale value. */
record ActivationOutputs(Matrix a, Matrix dCdz) {

    static ActivationOutputs of(Activation activation, TestBatch batch, float[] largeInputs, float stale) {
        SplittableRandom rng = batch.random();
        Matrix z = RandomMatrices.withLargeValues(rng, batch.rows(), batch.cols(), largeInputs);
        Matrix g = RandomMatrices.normal(rng, batch.rows(), batch.cols(), 1.0);
        Matrix a = RandomMatrices.filled(batch.rows(), batch.cols(), stale);
        activation.forward(z, a);
        Matrix clean = a.copy();
        Matrix dCdz = RandomMatrices.filled(batch.rows(), batch.cols(), stale);
        activation.backward(z, clean, g, dCdz);
        return new ActivationOutputs(clean, dCdz);
    }
}
