package org.nnlab.core;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Parameter;

/**
 * Evaluates cost and accuracy in chunks, with workspaces made once; its forward pass and class decision are the
 * ones training's per-epoch figures, {@code nn eval}, {@code compare}, {@code predict} and the Java API all use.
 * Each set's non-zero inputs are indexed the first time it is evaluated and kept (an index the size of the set's
 * non-zeros), so later epochs gather each chunk from lists instead of copying and scanning dense rows; the sums
 * are the same.
 */
public final class Evaluator {
    static final int CHUNK = 500;

    private final Loss loss;
    private final Optimizer optimizer;
    private final List<Parameter> parameters;
    private final Workspaces workspaces;
    private final int classes;
    /** The layered form's passes by chunk size; null for the dense form. */
    private final LayeredChunks layered;
    private final Map<Examples, Indexed> indexes = new IdentityHashMap<>();

    /** A set's non-zero index and the identity order 0..n-1 to gather its chunks by. */
    private record Indexed(SparseExamples sparse, int[] order) {
        static Indexed of(Examples examples, SparseExamples sparse) {
            int[] order = new int[examples.count()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            return new Indexed(sparse, order);
        }
    }

    /** A single-threaded evaluator of outputs and classes alone ({@link #evaluate} needs a loss and optimizer). */
    public Evaluator(Network network) {
        this(network, null, null, WorkerPool.SINGLE);
    }

    /** A single-threaded evaluator. */
    public Evaluator(Network network, Loss loss, Optimizer optimizer) {
        this(network, loss, optimizer, WorkerPool.SINGLE);
    }

    Evaluator(Network network, Loss loss, Optimizer optimizer, WorkerPool pool) {
        this.loss = loss;
        this.optimizer = optimizer;
        this.parameters = network.parameters();
        this.workspaces = new Workspaces(network, pool);
        this.classes = network.outputs();
        this.layered = network.layerStack().map(stack -> new LayeredChunks(stack, pool)).orElse(null);
    }

    /** Uses {@code sparse}, already built (the training set's, by the trainer), as {@code examples}' index. */
    void index(Examples examples, SparseExamples sparse) {
        indexes.put(examples, Indexed.of(examples, sparse));
    }

    /** Cost (with the regularisation term for {@code examples.count()}) and accuracy; {@link Evaluation#NONE} if empty. */
    public Evaluation evaluate(Examples examples) {
        if (loss == null) {
            throw new IllegalStateException("an evaluator made without a loss computes outputs, not cost");
        }
        int n = examples.count();
        if (n == 0) {
            return Evaluation.NONE;
        }
        if (layered != null) {
            return evaluation(layered.sums(examples, loss, CHUNK), n);
        }
        Indexed indexed = indexes.computeIfAbsent(examples, e -> Indexed.of(e, new SparseExamples(e)));
        double costSum = 0;
        int correct = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int rows = Math.min(CHUNK, n - from);
            Backprop pass = workspaces.forSize(rows);
            pass.gatherForInference(indexed.sparse(), examples, indexed.order(), from);
            pass.forwardGathered();
            costSum += pass.cost(loss);
            correct += pass.correct(examples.labels(), from, rows);
        }
        return evaluation(new LayeredChunks.Sums(costSum, correct), n);
    }

    /**
     * The output activations of every example, {@code network.outputs()} per example, row after row, from the same
     * chunks and forward pass as {@link #evaluate}'s (evaluation mode). Allocates the result (and the set's
     * non-zero index unless {@link #evaluate} keeps one), so not for training's inner loop.
     */
    public float[] outputs(Examples examples) {
        int n = examples.count();
        float[] result = new float[n * classes];
        if (layered != null) {
            layered.outputs(examples, CHUNK, result);
            return result;
        }
        Indexed kept = indexes.get(examples);
        Indexed indexed = kept != null ? kept : Indexed.of(examples, new SparseExamples(examples));
        for (int from = 0; from < n; from += CHUNK) {
            int rows = Math.min(CHUNK, n - from);
            Backprop pass = workspaces.forSize(rows);
            pass.gatherForInference(indexed.sparse(), examples, indexed.order(), from);
            pass.forwardGathered();
            System.arraycopy(pass.output().data(), 0, result, from * classes, rows * classes);
        }
        return result;
    }

    /** The predicted class of every example: {@link #predicted} of its {@link #outputs}. */
    public int[] classes(Examples examples) {
        float[] outputs = outputs(examples);
        int[] result = new int[examples.count()];
        for (int i = 0; i < result.length; i++) {
            result[i] = predicted(outputs, i * classes, classes);
        }
        return result;
    }

    /**
     * The class of the {@code classes} outputs from {@code offset}: the index of the largest, the first of equals
     * (a NaN output is never the largest). Every accuracy and prediction decides by this.
     */
    public static int predicted(float[] outputs, int offset, int classes) {
        int best = 0;
        float bestValue = outputs[offset];
        for (int c = 1; c < classes; c++) {
            float v = outputs[offset + c];
            if (v > bestValue) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    private Evaluation evaluation(LayeredChunks.Sums sums, int n) {
        double dataCost = sums.cost() / n;
        double cost = dataCost + optimizer.penalty(parameters, n);
        return new Evaluation(cost, dataCost, (double) sums.correct() / n, sums.correct(), n);
    }
}
