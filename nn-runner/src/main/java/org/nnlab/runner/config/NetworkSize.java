package org.nnlab.runner.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a network's layers fit before anything is allocated: each layer's weight matrix must fit one Java
 * array, and the weights with their gradients, optimizer state and per-batch workspaces must fit the heap this
 * JVM may use. The estimate is the one {@code nn batch} uses per run: 20 bytes per parameter (weights,
 * gradients, velocity, best and saved copies as float32) and the activations of four mini-batches and two
 * evaluation blocks of 500.
 */
final class NetworkSize {
    /** The most elements one Java array can hold, a little under {@link Integer#MAX_VALUE} on every JVM. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private NetworkSize() {
    }

    /** Why {@code layers} cannot be trained with {@code batchSize} in {@code maxHeap} bytes; empty when they can. */
    static Optional<String> problem(List<Integer> layers, int batchSize, long maxHeap) {
        long parameters = 0;
        long units = layers.get(0);
        for (int l = 1; l < layers.size(); l++) {
            long weights = (long) layers.get(l - 1) * layers.get(l);
            if (weights > MAX_ARRAY) {
                return Optional.of(String.format(Locale.ROOT, "the layer from %d to %d units has %,d weights, more"
                        + " than the %,d one layer can hold; use smaller layers", layers.get(l - 1), layers.get(l),
                        weights, MAX_ARRAY));
            }
            parameters += weights + layers.get(l);
            units += layers.get(l);
        }
        long widest = layers.stream().mapToLong(Integer::longValue).max().orElse(0);
        if (widest * Math.max(batchSize, 500) > MAX_ARRAY) {
            return Optional.of(String.format(Locale.ROOT, "a layer of %,d units needs %,d values per mini-batch, more"
                    + " than one array can hold; use smaller layers or a smaller training.batch-size", widest,
                    widest * Math.max(batchSize, 500)));
        }
        long bytes = 20 * parameters + 4 * units * (4L * batchSize + 2L * 500);
        if (bytes > maxHeap) {
            long gigabytes = Math.max(1, (bytes + bytes / 4 + (1L << 30) - 1) >> 30);
            return Optional.of(String.format(Locale.ROOT, "these layers have %,d parameters and need about %s of heap"
                    + " to train (weights, gradients, optimizer state, workspaces), but this JVM may use at most %s;"
                    + " use smaller layers, or give Java more heap if the machine has the memory, e.g."
                    + " NN_JAVA_OPTS=-Xmx%dg ./nn ...", parameters, size(bytes), size(maxHeap), gigabytes));
        }
        return Optional.empty();
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
