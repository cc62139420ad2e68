package org.nnlab.optimizers;

import java.util.List;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * Adam's rule (Kingma and Ba 2015, Algorithm 1) over ranges of elements, with its moment estimates; with L2 added
 * to the gradient (Adam) or with decoupled weight decay (AdamW, Loshchilov and Hutter 2019, Algorithm 2).
 *
 * <table>
 *   <caption>Symbols and fields</caption>
 *   <tr><th>paper</th><th>here</th></tr>
 *   <tr><td>&alpha;</td><td>the step's learning rate</td></tr>
 *   <tr><td>&beta;<sub>1</sub>, &beta;<sub>2</sub>, &epsilon;</td><td>{@code beta1}, {@code beta2}, {@code epsilon}</td></tr>
 *   <tr><td>g<sub>t</sub></td><td>the mean gradient over the mini-batch, sum / m, plus (lambda / n) w for Adam's L2</td></tr>
 *   <tr><td>m<sub>t</sub>, v<sub>t</sub></td><td>{@code first}, {@code second}</td></tr>
 *   <tr><td>1 - &beta;<sup>t</sup></td><td>{@code correction1}, {@code correction2}</td></tr>
 * </table>
 *
 * <p>Per element: {@code g = sum / m + rate w; m <- beta1 m + (1 - beta1) g; v <- beta2 v + (1 - beta2) g^2;
 * w <- keep w - (alpha / c1) m / (sqrt(v) / sqrt(c2) + epsilon)} (the paper's "more efficient" order, as
 * PyTorch computes it), where {@code keep = 1 - alpha decay} for AdamW's weights and 1 otherwise, and
 * {@code rate = lambda / n} for Adam's weights and 0 otherwise. An element with a zero gradient still moves: its
 * moments decay and it keeps stepping; {@link #updateZeroGradient} computes it without reading the gradient,
 * with the same bits ({@code 0 + rate w} for {@code 0 / m + rate w}).
 */
final class AdamStep implements Optimizer.Step {
    private final float[][] values;
    private final float[][] gradients;
    private final float[][] first;
    private final float[][] second;
    private final boolean[] decays;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    /** Adam's L2 lambda / n, added to the weights' gradient. */
    private final float l2Rate;
    /** AdamW's decoupled decay, scaled by the learning rate each step. */
    private final double weightDecay;
    private int t;
    private float inverseBatch;
    /** alpha / (1 - beta1^t). */
    private float stepSize;
    /** 1 / sqrt(1 - beta2^t). */
    private float inverseRoot2;
    private float keep;

    AdamStep(List<Parameter> parameters, int trainingSetSize, double beta1, double beta2, double epsilon,
             double lambda, double weightDecay) {
        int count = parameters.size();
        values = new float[count][];
        gradients = new float[count][];
        first = new float[count][];
        second = new float[count][];
        decays = new boolean[count];
        for (int p = 0; p < count; p++) {
            values[p] = parameters.get(p).value().data();
            gradients[p] = parameters.get(p).gradient().data();
            first[p] = new float[values[p].length];
            second[p] = new float[values[p].length];
            decays[p] = parameters.get(p).decays();
        }
        this.beta1 = (float) beta1;
        this.beta2 = (float) beta2;
        this.epsilon = (float) epsilon;
        this.l2Rate = (float) (lambda / trainingSetSize);
        this.weightDecay = weightDecay;
    }

    /** The moments m and v of every parameter, and the step count t. */
    @Override
    public boolean savesState() {
        return true;
    }

    @Override
    public List<float[]> state() {
        List<float[]> arrays = new java.util.ArrayList<>(2 * first.length);
        arrays.addAll(List.of(first));
        arrays.addAll(List.of(second));
        return arrays;
    }

    @Override
    public long[] counters() {
        return new long[] {t};
    }

    @Override
    public void restoreCounters(long[] counters) {
        if (counters.length != 1 || counters[0] < 0 || counters[0] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Adam keeps one step count, got " + java.util.Arrays.toString(counters));
        }
        t = (int) counters[0];
    }

    @Override
    public void begin(int batchSize, double learningRate) {
        t++;
        inverseBatch = (float) (1.0 / batchSize);
        stepSize = (float) (learningRate / (1.0 - Math.pow(beta1, t)));
        inverseRoot2 = (float) (1.0 / Math.sqrt(1.0 - Math.pow(beta2, t)));
        keep = (float) (1.0 - learningRate * weightDecay);
    }

    @Override
    public void update(int parameter, int from, int to) {
        step(parameter, from, to, false);
    }

    @Override
    public void updateZeroGradient(int parameter, float[] gradient, int from, int to) {
        step(parameter, from, to, true);
    }

    private void step(int parameter, int from, int to, boolean zeroGradient) {
        float[] w = values[parameter];
        float[] sum = gradients[parameter];
        float[] m = first[parameter];
        float[] v = second[parameter];
        float rate = decays[parameter] ? l2Rate : 0f;
        float decay = decays[parameter] ? keep : 1f;
        float b1 = beta1;
        float b2 = beta2;
        float size = stepSize;
        float root = inverseRoot2;
        float eps = epsilon;
        float inverse = inverseBatch;
        for (int i = from; i < to; i++) {
            float g = (zeroGradient ? 0f : sum[i] * inverse) + rate * w[i];
            m[i] = b1 * m[i] + (1f - b1) * g;
            v[i] = b2 * v[i] + (1f - b2) * (g * g);
            float denominator = (float) Math.sqrt(v[i]) * root + eps;
            w[i] = decay * w[i] - size * m[i] / denominator;
        }
    }
}
