package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * The SGD rule over ranges of elements, with its velocity.
 *
 * <p>Without momentum, weights follow Nielsen (93), {@code w <- (1 - eta lambda / n) w - (eta / m) sum grad},
 * biases (94), {@code b <- b - (eta / m) sum grad}: biases are not decayed. With momentum (ch. 3,
 * "momentum-based gradient descent") {@code v <- mu v - (eta / m) sum grad - (eta lambda / n) w; w <- w + v},
 * which is (93) again when mu = 0; Nesterov's variant then steps {@code w <- w + mu v - (eta / m) sum grad -
 * (eta lambda / n) w}. Each product and difference is rounded on its own (no fused multiply-add), in the order
 * written here, so every range split gives the same bits.
 */
final class SgdStep implements Optimizer.Step {
    private final float[][] values;
    private final float[][] gradients;
    private final boolean[] decays;
    /** Per parameter, or null for all when there is no momentum. */
    private final float[][] velocity;
    private final int trainingSetSize;
    private final double lambda;
    private final float mu;
    private final boolean nesterov;
    /** eta / m of the current step. */
    private float step;
    /** 1 - eta lambda / n of the current step. */
    private float decay;
    /** eta lambda / n of the current step. */
    private float decayRate;

    SgdStep(List<Parameter> parameters, int trainingSetSize, double lambda, double mu, boolean nesterov) {
        int count = parameters.size();
        this.values = new float[count][];
        this.gradients = new float[count][];
        this.decays = new boolean[count];
        this.velocity = mu == 0 ? null : new float[count][];
        for (int p = 0; p < count; p++) {
            Parameter parameter = parameters.get(p);
            values[p] = parameter.value().data();
            gradients[p] = parameter.gradient().data();
            decays[p] = parameter.decays();
            if (velocity != null) {
                velocity[p] = new float[values[p].length];
            }
        }
        this.trainingSetSize = trainingSetSize;
        this.lambda = lambda;
        this.mu = (float) mu;
        this.nesterov = nesterov;
    }

    /** Plain SGD keeps nothing between steps; momentum keeps the velocity. */
    @Override
    public boolean savesState() {
        return true;
    }

    @Override
    public List<float[]> state() {
        return velocity == null ? List.of() : List.of(velocity);
    }

    @Override
    public void begin(int batchSize, double learningRate) {
        step = (float) (learningRate / batchSize);
        decay = (float) (1.0 - learningRate * lambda / trainingSetSize);
        decayRate = (float) (learningRate * lambda / trainingSetSize);
    }

    @Override
    public void update(int parameter, int from, int to) {
        float[] w = values[parameter];
        float[] g = gradients[parameter];
        if (velocity != null) {
            float rate = decays[parameter] ? decayRate : 0f;
            if (nesterov) {
                nesterov(w, g, velocity[parameter], rate, from, to);
            } else {
                momentum(w, g, velocity[parameter], rate, from, to, false);
            }
            return;
        }
        float s = step;
        if (!decays[parameter] || decay == 1f) {
            for (int i = from; i < to; i++) {
                w[i] -= s * g[i];
            }
        } else {
            float d = decay;
            for (int i = from; i < to; i++) {
                w[i] = d * w[i] - s * g[i];
            }
        }
    }

    /**
     * Without momentum, {@code decay w - step 0} is {@code decay w}, bit for bit, and biases stay: the gradient is
     * not read, so not written either.
     */
    @Override
    public void updateZeroGradient(int parameter, float[] gradient, int from, int to) {
        if (nesterov) {
            nesterovZeroGradient(w(parameter), velocity[parameter], decays[parameter] ? decayRate : 0f, from, to);
            return;
        }
        if (velocity != null) {
            // mu v - step 0 - rate w is mu v - rate w, bit for bit: step 0 is +0, and x - (+0) is x
            momentum(w(parameter), gradient, velocity[parameter], decays[parameter] ? decayRate : 0f, from, to, true);
            return;
        }
        if (decays[parameter] && decay != 1f) {
            float[] w = values[parameter];
            float d = decay;
            for (int i = from; i < to; i++) {
                w[i] = d * w[i];
            }
        }
    }

    private void momentum(float[] w, float[] g, float[] v, float rate, int from, int to, boolean zeroGradient) {
        float m = mu;
        float s = step;
        if (zeroGradient) {
            for (int i = from; i < to; i++) {
                v[i] = m * v[i] - rate * w[i];
                w[i] += v[i];
            }
            return;
        }
        for (int i = from; i < to; i++) {
            v[i] = m * v[i] - s * g[i] - rate * w[i];
            w[i] += v[i];
        }
    }

    private float[] w(int parameter) {
        return values[parameter];
    }

    /**
     * {@link #nesterov} on a zero gradient without reading it: {@code step * g} is +0 for every g = +0 (step is
     * positive), so the push is {@code 0f + rate w}, written so (not {@code rate w}, which differs when it is -0).
     */
    private void nesterovZeroGradient(float[] w, float[] v, float rate, int from, int to) {
        float m = mu;
        for (int i = from; i < to; i++) {
            float push = 0f + rate * w[i];
            v[i] = m * v[i] - push;
            w[i] += m * v[i] - push;
        }
    }

    private void nesterov(float[] w, float[] g, float[] v, float rate, int from, int to) {
        float m = mu;
        float s = step;
        for (int i = from; i < to; i++) {
            float push = s * g[i] + rate * w[i];
            v[i] = m * v[i] - push;
            w[i] += m * v[i] - push;
        }
    }
}
