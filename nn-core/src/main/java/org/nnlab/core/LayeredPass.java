package org.nnlab.core;

import java.util.Arrays;
import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Examples;
import org.nnlab.api.Layer;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;

/**
 * The forward and backward pass of a {@link LayerStack} over mini-batches of one size, every buffer allocated
 * here once. Stage i's layer writes {@code z[i]} from {@code a[i - 1]} ({@code input} for the first); its
 * activation, if any, writes {@code a[i]} (else {@code a[i]} is {@code z[i]}). Backward, {@code dCdz[i]} and
 * {@code dCda[i]} are the gradients of the cost with respect to them (BP1-BP2 with a layer's vector-Jacobian
 * product in place of {@code (w^T delta)}).
 */
final class LayeredPass {
    /** The random stream the layers' noise (dropout) is keyed by. */
    static final String NOISE_STREAM = "layers";

    private final LayerStack stack;
    private final int batchSize;
    private final Matrix input;
    private final Matrix target;
    private final Matrix[] z;
    private final Matrix[] a;
    private final Matrix[] dCdz;
    private final Matrix[] dCda;
    private final Layer.Workspace[] workspaces;
    private final Activation[] activations;
    private final LayerBatchContext[] contexts;
    /** Per stage, its activation forward split over the threads by rows; null where one call is as good. */
    private final RowSplitForward[] splits;

    LayeredPass(LayerStack stack, int batchSize, WorkerPool pool, long noiseSeed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.stack = stack;
        this.batchSize = batchSize;
        List<LayerStage> stages = stack.stages();
        int count = stages.size();
        this.input = new Matrix(batchSize, stack.input().size());
        this.target = new Matrix(batchSize, stack.output().size());
        this.z = new Matrix[count];
        this.a = new Matrix[count];
        this.dCdz = new Matrix[count];
        this.dCda = new Matrix[count];
        this.workspaces = new Layer.Workspace[count];
        this.activations = new Activation[count];
        this.contexts = new LayerBatchContext[count];
        this.splits = new RowSplitForward[count];
        for (int i = 0; i < count; i++) {
            LayerStage stage = stages.get(i);
            int width = stage.instance().output().size();
            activations[i] = stage.activation();
            z[i] = new Matrix(batchSize, width);
            dCdz[i] = new Matrix(batchSize, width);
            a[i] = activations[i] == null ? z[i] : new Matrix(batchSize, width);
            dCda[i] = activations[i] == null ? dCdz[i] : new Matrix(batchSize, width);
            workspaces[i] = stage.instance().workspace(batchSize, pool.threads());
            contexts[i] = new LayerBatchContext(pool, noiseSeed, i);
            splits[i] = RowSplitForward.of(activations[i], pool, batchSize, width);
        }
    }

    int batchSize() {
        return batchSize;
    }

    /** The input rows; fill before {@link #forward}. */
    Matrix input() {
        return input;
    }

    Matrix output() {
        return a[a.length - 1];
    }

    /** Loads examples {@code order[from .. from + batchSize())}: their features and one-hot targets. */
    void load(Examples examples, int[] order, int from) {
        int features = examples.featureCount();
        float[] source = examples.features();
        float[] x = input.data();
        float[] y = target.data();
        int classes = target.cols();
        Arrays.fill(y, 0f);
        for (int r = 0; r < batchSize; r++) {
            int example = order[from + r];
            System.arraycopy(source, example * features, x, r * features, features);
            y[r * classes + examples.label(example)] = 1f;
        }
    }

    /** The forward pass; in training mode, noise layers draw for mini-batch {@code batch} of {@code epoch}. */
    void forward(boolean training, int epoch, int batch) {
        Matrix in = input;
        for (int i = 0; i < z.length; i++) {
            contexts[i].start(training, epoch, batch);
            workspaces[i].forward(in, z[i], contexts[i]);
            if (splits[i] != null) {
                if (!splits[i].forward(z[i], a[i])) {
                    Guard.check(activations[i], "activation", "forward", a[i], z[i]);
                }
            } else if (activations[i] != null) {
                activations[i].forward(z[i], a[i]);
                Guard.check(activations[i], "activation", "forward", a[i], z[i]);
            }
            in = a[i];
        }
    }

    /**
     * Backpropagation after a training {@link #forward}: every layer writes its parameters' gradients, summed over
     * the batch. The output error is the loss's fused delta where it declares one for the last activation.
     */
    void backward(Loss loss) {
        int last = z.length - 1;
        Activation output = activations[last];
        if (output != null && loss.hasFusedDelta(output.form())) {
            loss.fusedDelta(z[last], a[last], target, dCdz[last]);
            Guard.check(loss, "loss", "fused delta", dCdz[last], a[last], target);
        } else {
            loss.gradient(a[last], target, dCda[last]);
            Guard.check(loss, "loss", "gradient", dCda[last], a[last], target);
            activationBackward(last);
        }
        for (int i = last; i >= 0; i--) {
            Matrix in = i == 0 ? input : a[i - 1];
            workspaces[i].backward(in, z[i], dCdz[i], i == 0 ? null : dCda[i - 1], contexts[i]);
            if (i > 0) {
                activationBackward(i - 1);
            }
        }
    }

    private void activationBackward(int i) {
        Activation activation = activations[i];
        if (activation != null) {
            activation.backward(z[i], a[i], dCda[i], dCdz[i]);
            Guard.check(activation, "activation", "backward", dCdz[i], z[i], dCda[i]);
        }
    }

    /** The loss summed over the batch's rows, after {@link #forward}. */
    double cost(Loss loss) {
        return loss.cost(output(), target);
    }

    /** The number of rows whose largest output is the target's class, after {@link #forward}. */
    int correct(int[] labels, int offset, int rows) {
        int count = 0;
        for (int i = 0; i < rows; i++) {
            if (Network.argmax(output(), i) == labels[offset + i]) {
                count++;
            }
        }
        return count;
    }

    LayerStack stack() {
        return stack;
    }
}
