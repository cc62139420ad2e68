package org.nnlab.core;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@link Backprop} per batch size, made on first use: a full mini-batch and the shorter last one of an
 * epoch each get theirs once, so the steady state allocates nothing.
 */
final class Workspaces {
    private final Network network;
    private final WorkerPool pool;
    private final Map<Integer, Backprop> bySize = new HashMap<>();

    Workspaces(Network network, WorkerPool pool) {
        this.network = network;
        this.pool = pool;
    }

    Backprop forSize(int batchSize) {
        Backprop pass = bySize.get(batchSize);
        if (pass == null) {
            pass = new Backprop(network, batchSize, pool);
            bySize.put(batchSize, pass);
        }
        return pass;
    }
}
