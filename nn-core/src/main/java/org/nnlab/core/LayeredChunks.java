package org.nnlab.core;

import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Examples;
import org.nnlab.api.Loss;

/** The layered form's evaluation: a set's cost and correct count, summed chunk by chunk in evaluation mode. */
final class LayeredChunks {
    /** A set's loss summed over its examples, and the number classified right. */
    record Sums(double cost, int correct) {
    }

    private final LayerStack stack;
    private final WorkerPool pool;
    private final List<LayeredPass> passes = new ArrayList<>();
    private int[] identity = new int[0];

    LayeredChunks(LayerStack stack, WorkerPool pool) {
        this.stack = stack;
        this.pool = pool;
    }

    Sums sums(Examples examples, Loss loss, int chunk) {
        int n = examples.count();
        if (identity.length < n) {
            identity = new int[n];
            for (int i = 0; i < n; i++) {
                identity[i] = i;
            }
        }
        double cost = 0;
        int correct = 0;
        for (int from = 0; from < n; from += chunk) {
            int rows = Math.min(chunk, n - from);
            LayeredPass pass = forSize(rows);
            pass.load(examples, identity, from);
            pass.forward(false, 0, 0);
            cost += pass.cost(loss);
            correct += pass.correct(examples.labels(), from, rows);
        }
        return new Sums(cost, correct);
    }

    /** Each example's outputs, row after row, into {@code into}: the forward pass of {@link #sums}. */
    void outputs(Examples examples, int chunk, float[] into) {
        int n = examples.count();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int from = 0; from < n; from += chunk) {
            int rows = Math.min(chunk, n - from);
            LayeredPass pass = forSize(rows);
            pass.load(examples, order, from);
            pass.forward(false, 0, 0);
            int classes = pass.output().cols();
            System.arraycopy(pass.output().data(), 0, into, from * classes, rows * classes);
        }
    }

    private LayeredPass forSize(int rows) {
        for (int i = 0; i < passes.size(); i++) {
            if (passes.get(i).batchSize() == rows) {
                return passes.get(i);
            }
        }
        LayeredPass made = new LayeredPass(stack, rows, pool, 0L);
        passes.add(made);
        return made;
    }
}
