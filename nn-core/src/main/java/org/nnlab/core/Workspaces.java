package org.nnlab.core;

import java.util.HashMap;
import java.util.Map;
import org.nnlab.core.optim.SgdOptimizer;

/**
 * One {@link Backprop} per batch size, made on first use: a full mini-batch and the shorter last one of an
 * epoch each get theirs once, so the steady state allocates nothing.
 */
final class Workspaces {
    private final Network network;
    private final WorkerPool pool;
    private final Map<Integer, Backprop> bySize = new HashMap<>();
    private SgdOptimizer fusedSgd;
    private int trainingSetSize;

    Workspaces(Network network, WorkerPool pool) {
        this.network = network;
        this.pool = pool;
    }

    /** Every workspace made from now on applies {@code sgd}'s step to the first layer in its backward pass. */
    void fuseFirstLayerUpdate(SgdOptimizer sgd, int trainingSetSize) {
        this.fusedSgd = sgd;
        this.trainingSetSize = trainingSetSize;
    }

    Backprop forSize(int batchSize) {
        Backprop pass = bySize.get(batchSize);
        if (pass == null) {
            pass = new Backprop(network, batchSize, pool);
            if (fusedSgd != null) {
                pass.fuseFirstLayerUpdate(fusedSgd, trainingSetSize);
            }
            bySize.put(batchSize, pass);
        }
        return pass;
    }
}
