package org.nnlab.core;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.nnlab.api.Optimizer;

/**
 * One {@link Backprop} per batch size, made on first use: a full mini-batch and the shorter last one of an
 * epoch each get theirs once, so the steady state allocates nothing. For training, each applies the optimizer's
 * step to the first layer's weights in its backward pass ({@link Backprop#fuseFirstLayerStep}).
 */
final class Workspaces {
    private final Network network;
    private final WorkerPool pool;
    private final Consumer<Backprop> prepare;
    private final Map<Integer, Backprop> bySize = new HashMap<>();

    /** Workspaces for the forward pass alone (evaluation). */
    Workspaces(Network network, WorkerPool pool) {
        this(network, pool, pass -> { });
    }

    /** Workspaces whose backward pass steps the first layer's weights, parameter {@code firstWeights} of step. */
    Workspaces(Network network, WorkerPool pool, Optimizer.Step step, int firstWeights) {
        this(network, pool, pass -> pass.fuseFirstLayerStep(step, firstWeights));
    }

    private Workspaces(Network network, WorkerPool pool, Consumer<Backprop> prepare) {
        this.network = network;
        this.pool = pool;
        this.prepare = prepare;
    }

    Backprop forSize(int batchSize) {
        Backprop pass = bySize.get(batchSize);
        if (pass == null) {
            pass = new Backprop(network, batchSize, pool);
            prepare.accept(pass);
            bySize.put(batchSize, pass);
        }
        return pass;
    }
}
