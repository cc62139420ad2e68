package org.nnlab.core;

import java.util.List;
import org.nnlab.api.Activation;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Matrix;
import org.nnlab.api.Optimizer;

/**
 * The forward pass and backpropagation (BP1-BP4, Nielsen ch. 2) of one {@link Network} over mini-batches of a
 * fixed size, with every matrix it needs allocated once here: a training step allocates nothing.
 *
 * <table>
 *   <caption>Symbols and fields (one row per example; layer l = 1..L, a[0] is the input)</caption>
 *   <tr><th>book</th><th>here</th></tr>
 *   <tr><td>a<sup>l</sup></td><td>{@code a[l]}</td></tr>
 *   <tr><td>z<sup>l</sup></td><td>{@code z[l]}</td></tr>
 *   <tr><td>&delta;<sup>l</sup></td><td>{@code delta[l]}</td></tr>
 *   <tr><td>&nabla;<sub>a</sub>C, and (w<sup>l+1</sup>)<sup>T</sup>&delta;<sup>l+1</sup></td><td>{@code dCda[l]}</td></tr>
 *   <tr><td>y</td><td>{@code target} (one-hot rows)</td></tr>
 * </table>
 */
public final class Backprop {
    private final Network network;
    private final int batchSize;
    private final Matrix[] a;
    private final Matrix[] z;
    private final Matrix[] delta;
    private final Matrix[] dCda;
    private final Matrix target;
    /**
     * The non-zero entries of the input a^0, as two halves of its columns (see {@link Kernels#affine}); hidden
     * layers' activations are dense and used as they are.
     */
    private final SparseRows[] inputHalves;
    /** The first layer's sum over the second half of the inputs, added to z[1]. */
    private final Matrix secondHalf;
    /** Zeros the second half's sum starts from, in place of the biases the first half adds. */
    private final Matrix zeroBiases;
    /**
     * The first layer's forward pass over the halves, indexing each from a gathered batch, from the dense input
     * for training (by column too) or for inference: three bodies, so each call site keeps one steady profile.
     */
    private final WorkerPool.RangeBody forwardGatheredHalves;
    private final WorkerPool.RangeBody forwardDenseHalves;
    private final WorkerPool.RangeBody inferDenseHalves;
    /**
     * With a fused step, the first layer's rows whose inputs are zero in the whole batch stepped by a worker
     * thread after its half of the forward pass, while the caller runs the later layers: their step reads no
     * delta, and no later layer reads their weights. Null without a fused step.
     */
    private WorkerPool.RangeBody stepRowsWithoutTerms;
    /**
     * With a fused step and two threads, the caller steps the first half's rows without terms while it waits for
     * the worker's half of the forward pass (usually the longer: MNIST's lower half has more ink), one run of rows
     * at a time; null without a fused step.
     */
    private WorkerPool.WaitingWork stepFirstHalfWhileWaiting;
    /**
     * Per half h, the row below which its rows without terms have been stepped since its forward pass, by the
     * thread that also runs its backward pass; {@code inputHalves[h].from} when none have.
     */
    private final int[] steppedWithoutTermsTo = new int[2];
    private SparseExamples gatherFrom;
    /** Whether the gathered batch is for training, so its input is also indexed by column. */
    private boolean gatherForTraining;
    private int[] gatherOrder;
    private int gatherFirst;
    private final int layerCount;
    private final WorkerPool pool;
    private final WorkerPool.RangeBody[] affine;
    private final WorkerPool.RangeBody[] weightGradient;
    private final WorkerPool.RangeBody[] backpropagate;
    /** Each layer's activation applied per thread's rows, or null where one call on the batch is better. */
    private final RowSplitForward[] activateByParts;
    /** W<sup>T</sup> of each layer after the first, refreshed before BP2 uses it. */
    private final Matrix[] weightsTransposed;

    /** Workspaces for single-threaded use (prediction, tests). */
    public Backprop(Network network, int batchSize) {
        this(network, batchSize, WorkerPool.SINGLE);
    }

    /** Workspaces whose dense loops are split over {@code pool}'s threads; results do not depend on the count. */
    Backprop(Network network, int batchSize, WorkerPool pool) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.network = network;
        this.batchSize = batchSize;
        int[] sizes = network.sizes();
        this.layerCount = sizes.length - 1;
        this.a = new Matrix[sizes.length];
        this.z = new Matrix[sizes.length];
        this.delta = new Matrix[sizes.length];
        this.dCda = new Matrix[sizes.length];
        int half = SparseRows.half(sizes[0]);
        this.inputHalves = new SparseRows[]{new SparseRows(batchSize, sizes[0], 0, half),
                new SparseRows(batchSize, sizes[0], half, sizes[0])};
        resetSteppedWithoutTerms();
        a[0] = new Matrix(batchSize, sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            a[l] = new Matrix(batchSize, sizes[l]);
            z[l] = new Matrix(batchSize, sizes[l]);
            delta[l] = new Matrix(batchSize, sizes[l]);
            dCda[l] = new Matrix(batchSize, sizes[l]);
        }
        this.target = new Matrix(batchSize, sizes[layerCount]);
        this.secondHalf = new Matrix(batchSize, sizes[1]);
        this.zeroBiases = new Matrix(1, sizes[1]);
        // each half of the inputs indexed and summed over the whole batch by one thread (Kernels.affine)
        this.forwardGatheredHalves = (from, to) -> {
            for (int h = from; h < to; h++) {
                inputHalves[h].gather(gatherFrom, gatherOrder, gatherFirst, batchSize, gatherForTraining);
                affineHalf(h);
            }
        };
        this.forwardDenseHalves = (from, to) -> {
            for (int h = from; h < to; h++) {
                inputHalves[h].build(a[0], true);
                affineHalf(h);
            }
        };
        this.inferDenseHalves = (from, to) -> {
            for (int h = from; h < to; h++) {
                inputHalves[h].build(a[0], false);
                affineHalf(h);
            }
        };
        this.pool = pool;
        this.affine = new WorkerPool.RangeBody[sizes.length];
        this.weightGradient = new WorkerPool.RangeBody[sizes.length];
        this.backpropagate = new WorkerPool.RangeBody[sizes.length];
        this.weightsTransposed = new Matrix[sizes.length];
        this.activateByParts = new RowSplitForward[sizes.length];
        for (int l = 1; l < sizes.length; l++) {
            DenseLayer layer = network.layers().get(l - 1);
            Matrix input = a[l - 1];
            Matrix zl = z[l];
            Matrix deltaL = delta[l];
            Matrix below = dCda[l - 1];
            if (l == 1) {
                weightGradient[l] = (from, to) -> {
                    for (int h = from; h < to; h++) {
                        SparseRows in = inputHalves[h];
                        Kernels.weightGradient(in, deltaL, layer.nablaW(), in.from, in.to);
                    }
                };
            } else {
                affine[l] = (from, to) -> Kernels.affineDense(input, layer.weights(), layer.biases(), zl, from, to);
                weightGradient[l] = (from, to) -> Kernels.weightGradientDense(input, deltaL, layer.nablaW(), from, to);
            }
            activateByParts[l] = RowSplitForward.of(network.activation(l - 1), pool, batchSize, sizes[l]);
            if (l > 1) {
                Matrix transposed = new Matrix(layer.outputs(), layer.inputs());
                Matrix zero = new Matrix(1, layer.inputs());
                weightsTransposed[l] = transposed;
                backpropagate[l] = (from, to) -> Kernels.backpropagate(transposed, zero, deltaL, below, from, to);
            }
        }
    }

    /**
     * Makes {@link #backward} also apply {@code step} to the first layer's weights, parameter number
     * {@code parameter} of the step, a few rows at a time as their gradients are summed
     * ({@link Kernels#weightGradientStepped}): the same bits as the step's separate pass over the whole gradient,
     * without writing and re-reading it from memory. Safe because nothing after the first layer's weight gradient
     * reads its weights; the caller must begin the step before {@link #backward} and not update that parameter
     * again.
     */
    void fuseFirstLayerStep(Optimizer.Step step, int parameter) {
        DenseLayer first = network.layers().get(0);
        Matrix deltaOne = delta[1];
        weightGradient[1] = (from, to) -> {
            for (int h = from; h < to; h++) {
                SparseRows in = inputHalves[h];
                int early = steppedWithoutTermsTo[h];
                steppedWithoutTermsTo[h] = in.from;
                Kernels.weightGradientStepped(in, deltaOne, first.nablaW(), step, parameter, in.from, early,
                        Kernels.FusedRows.WITH_TERMS);
                Kernels.weightGradientStepped(in, deltaOne, first.nablaW(), step, parameter, early, in.to,
                        Kernels.FusedRows.ALL);
            }
        };
        stepFirstHalfWhileWaiting = () -> {
            SparseRows in = inputHalves[0];
            if (steppedWithoutTermsTo[0] >= in.to) {
                return false;
            }
            steppedWithoutTermsTo[0] = Kernels.stepNextRowsWithoutTerms(in, first.nablaW(), step, parameter,
                    steppedWithoutTermsTo[0], in.to);
            return true;
        };
        stepRowsWithoutTerms = (from, to) -> {
            for (int h = from; h < to; h++) {
                SparseRows in = inputHalves[h];
                Kernels.weightGradientStepped(in, null, first.nablaW(), step, parameter, in.from, in.to,
                        Kernels.FusedRows.WITHOUT_TERMS);
                steppedWithoutTermsTo[h] = in.to;
            }
        };
    }

    public int batchSize() {
        return batchSize;
    }

    /** The input rows a<sup>0</sup>; fill before {@link #forward()}. */
    public Matrix input() {
        return a[0];
    }

    /** The targets y; fill before {@link #backward(Loss)} or {@link #cost(Loss)}. */
    public Matrix target() {
        return target;
    }

    /** The output activations a<sup>L</sup> after {@link #forward()}. */
    public Matrix output() {
        return a[layerCount];
    }

    /** a<sup>l</sup> = &sigma;(a<sup>l-1</sup> W<sup>l</sup> + b<sup>l</sup>) for every layer (Nielsen (25)). */
    public void forward() {
        forward(true);
    }

    /**
     * Loads a training mini-batch, examples {@code order[from .. from + batchSize())}, straight into the input's
     * non-zero index (and the one-hot targets), for {@link #forwardGathered()}. The dense input row is not
     * written.
     */
    void gather(SparseExamples indexed, Examples examples, int[] order, int from) {
        load(indexed, examples, order, from, true);
    }

    /**
     * Loads examples {@code order[from .. from + batchSize())} for {@link #forwardGathered()} alone (evaluation):
     * as {@link #gather}, without the by-column index the backward pass would need.
     */
    void gatherForInference(SparseExamples indexed, Examples examples, int[] order, int from) {
        load(indexed, examples, order, from, false);
    }

    private void load(SparseExamples indexed, Examples examples, int[] order, int from, boolean forTraining) {
        gatherForTraining = forTraining;
        gatherFrom = indexed;
        gatherOrder = order;
        gatherFirst = from;
        float[] y = target.data();
        int classes = target.cols();
        java.util.Arrays.fill(y, 0f);
        for (int i = 0; i < batchSize; i++) {
            y[i * classes + examples.label(order[from + i])] = 1f;
        }
    }

    /**
     * The forward pass of a batch loaded by {@link #gather} ({@link #backward} may follow) or by
     * {@link #gatherForInference} (it may not).
     */
    void forwardGathered() {
        if (gatherForTraining) {
            forwardLayers(forwardGatheredHalves, stepRowsWithoutTerms, stepFirstHalfWhileWaiting);
        } else {
            forwardLayers(forwardGatheredHalves, null, null);
        }
    }

    /** The forward pass; {@code forTraining} also indexes each layer's input by column for {@link #backward}. */
    private void forward(boolean forTraining) {
        forwardLayers(forTraining ? forwardDenseHalves : inferDenseHalves, null, null);
    }

    /** Half h's share of the first layer's sum: z[1] with the biases, or the second half's scratch. */
    private void affineHalf(int h) {
        DenseLayer first = network.layers().get(0);
        Kernels.affine(inputHalves[h], first.weights(), h == 0 ? first.biases() : zeroBiases, h == 0 ? z[1] : secondHalf,
                0, batchSize);
    }

    /**
     * The layers in turn; {@code trailing}, if not null, runs on the worker threads' halves of the first layer after
     * their forward pass, while the caller goes on (see {@link #stepRowsWithoutTerms}), and the caller runs
     * {@code whileWaiting} while it waits for them (see {@link #stepFirstHalfWhileWaiting}).
     */
    private void forwardLayers(WorkerPool.RangeBody firstLayerHalves, WorkerPool.RangeBody trailing,
                               WorkerPool.WaitingWork whileWaiting) {
        try {
            forwardLayersOnce(firstLayerHalves, trailing, whileWaiting);
        } catch (RuntimeException | Error e) {
            if (trailing != null) {
                pool.awaitTrailing();
                resetSteppedWithoutTerms();
            }
            throw e;
        }
    }

    private void resetSteppedWithoutTerms() {
        for (int h = 0; h < inputHalves.length; h++) {
            steppedWithoutTermsTo[h] = inputHalves[h].from;
        }
    }

    private void forwardLayersOnce(WorkerPool.RangeBody firstLayerHalves, WorkerPool.RangeBody trailing,
                                   WorkerPool.WaitingWork whileWaiting) {
        List<DenseLayer> layers = network.layers();
        for (int l = 1; l <= layerCount; l++) {
            DenseLayer layer = layers.get(l - 1);
            if (l == 1) {
                pool.run(2, firstLayerHalves, trailing, whileWaiting);
                Kernels.add(secondHalf, z[1], 0, batchSize);
            } else {
                split(l).run(batchSize, affine[l]);
            }
            if (activateByParts[l] != null) {
                if (!activateByParts[l].forward(z[l], a[l])) {
                    Guard.check(network.activation(l - 1), "activation", "forward", a[l], z[l]);
                }
            } else {
                Activation activation = network.activation(l - 1);
                activation.forward(z[l], a[l]);
                Guard.check(activation, "activation", "forward", a[l], z[l]);
            }
        }
    }

    /**
     * BP1-BP4 after {@link #forward()}: writes each layer's {@code nablaW} and {@code nablaB}, summed over the
     * batch. The output error is the loss's fused delta when it declares one for the output activation (e.g.
     * a - y, Nielsen (66)), else BP1 in general form: the activation's vector-Jacobian product of dC/da.
     */
    public void backward(Loss loss) {
        List<DenseLayer> layers = network.layers();
        Activation outputActivation = network.outputActivation();
        int last = layerCount;
        if (loss.hasFusedDelta(outputActivation.form())) {
            loss.fusedDelta(z[last], a[last], target, delta[last]);
            Guard.check(loss, "loss", "fused delta", delta[last], a[last], target);
        } else {
            loss.gradient(a[last], target, dCda[last]);
            Guard.check(loss, "loss", "gradient", dCda[last], a[last], target);
            outputActivation.backward(z[last], a[last], dCda[last], delta[last]);
            Guard.check(outputActivation, "activation", "backward", delta[last], z[last], dCda[last]);
        }
        for (int l = last; l >= 1; l--) {
            DenseLayer layer = layers.get(l - 1);
            if (l == 1) {
                pool.run(2, weightGradient[1]);
            } else {
                split(l).run(layer.inputs(), weightGradient[l]);
            }
            Kernels.biasGradient(delta[l], layer.nablaB());
            if (l > 1) {
                Kernels.transpose(layer.weights(), weightsTransposed[l]);
                split(l).run(batchSize, backpropagate[l]);
                Activation hidden = network.activation(l - 2);
                hidden.backward(z[l - 1], a[l - 1], dCda[l - 1], delta[l - 1]);
                Guard.check(hidden, "activation", "backward", delta[l - 1], z[l - 1], dCda[l - 1]);
            }
        }
    }

    /**
     * The pool for layer l's loops: the first layer's always (its halves stay on their threads), a later layer's
     * only when it has work enough to pay for the hand-off and for moving its rows between cores (a hidden layer
     * of 100 by 10 outputs at batch 10 is about a microsecond of work).
     */
    private WorkerPool split(int l) {
        DenseLayer layer = network.layers().get(l - 1);
        return l == 1 || (long) batchSize * layer.inputs() * layer.outputs() >= SPLIT_WORK ? pool : WorkerPool.SINGLE;
    }

    /** The fewest multiply-adds of a layer's loop worth splitting between threads. */
    private static final long SPLIT_WORK = 1 << 17;

    /** The forward pass alone, for evaluation and prediction: {@link #backward} may not follow. */
    public void infer() {
        forward(false);
    }

    /** The loss summed over the batch's rows, after {@link #forward()}. */
    public double cost(Loss loss) {
        return loss.cost(a[layerCount], target);
    }

    /** The number of rows whose largest output is the target's class, after {@link #forward()}. */
    public int correct(int[] labels, int offset, int rows) {
        int count = 0;
        for (int i = 0; i < rows; i++) {
            if (Network.argmax(a[layerCount], i) == labels[offset + i]) {
                count++;
            }
        }
        return count;
    }
}
