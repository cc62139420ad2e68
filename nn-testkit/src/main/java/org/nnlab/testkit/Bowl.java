package org.nnlab.testkit;

import java.util.List;
import java.util.SplittableRandom;
import org.nnlab.api.Matrix;
import org.nnlab.api.Parameter;

/**
 * A quadratic bowl {@code C = c/2 ||w - target||^2} per example over a decaying 3x4 "weights" and a
 * non-decaying 1x4 "biases", starting at seeded random values and aiming at targets about 0.1 from them.
 */
final class Bowl {
    private final List<Parameter> parameters;
    private final List<Matrix> targets;

    Bowl(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Parameter weights = new Parameter("bowl.weights", RandomMatrices.normal(rng, 3, 4, 1.0), new Matrix(3, 4),
                true);
        Parameter biases = new Parameter("bowl.biases", RandomMatrices.normal(rng, 1, 4, 1.0), new Matrix(1, 4),
                false);
        parameters = List.of(weights, biases);
        targets = List.of(offset(weights.value(), RandomMatrices.normal(rng, 3, 4, 0.1)),
                offset(biases.value(), RandomMatrices.normal(rng, 1, 4, 0.1)));
    }

    private static Matrix offset(Matrix start, Matrix offset) {
        float[] target = offset.data();
        for (int i = 0; i < target.length; i++) {
            target[i] += start.data()[i];
        }
        return offset;
    }

    /** Sets the weights' gradient elements {@code from..to} to zero, as for inputs that are zero in a batch. */
    void zeroGradient(int from, int to) {
        java.util.Arrays.fill(parameters.get(0).gradient().data(), from, to, 0f);
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** Writes {@code m c (w - target)}, the gradient summed over a batch of {@link OptimizerContract#BATCH_SIZE}. */
    void writeGradients(double curvature) {
        for (int p = 0; p < parameters.size(); p++) {
            float[] w = parameters.get(p).value().data();
            float[] gradient = parameters.get(p).gradient().data();
            float[] target = targets.get(p).data();
            for (int i = 0; i < w.length; i++) {
                gradient[i] = (float) (OptimizerContract.BATCH_SIZE * curvature * ((double) w[i] - target[i]));
            }
        }
    }

    /** Euclidean distance of all parameters to their targets. */
    double distance() {
        double sum = 0.0;
        for (int p = 0; p < parameters.size(); p++) {
            float[] w = parameters.get(p).value().data();
            float[] target = targets.get(p).data();
            for (int i = 0; i < w.length; i++) {
                double d = (double) w[i] - target[i];
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
    }
}
