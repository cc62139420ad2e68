package org.nnlab.core;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.DataSplits;

/**
 * The bytes the calling thread allocates in each epoch's training steps (from batch 10 to the last but one), for
 * the allocation tests. How long the JIT takes to compile every Vector API kernel with its intrinsics (until then
 * each vector is an object) depends on the machine's load and on what the JVM compiled before: a step allocates
 * nothing once it has, so the tests ask for a clean epoch after a warm-up rather than at a fixed one.
 */
final class EpochAllocations {
    private EpochAllocations() {
    }

    /** Trains {@code network} on {@code data} for {@code epochs} (batch 10, SGD) and returns each epoch's bytes. */
    static List<Long> train(Network network, DataSplits data, int threadCount, int epochs) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RandomStreams random = new RandomStreams(1);
        Initializer.SCALED_GAUSSIAN.initialize(network, random.stream("init"));
        long thread = Thread.currentThread().getId();
        List<Long> bytes = new ArrayList<>();
        long[] start = new long[1];
        TrainingListener probe = new TrainingListener() {
            @Override
            public void batchDone(int epoch, int batch, int batches) {
                if (batch == 10) {
                    start[0] = threads.getThreadAllocatedBytes(thread);
                } else if (batch == batches - 1) {
                    bytes.add(threads.getThreadAllocatedBytes(thread) - start[0]);
                }
            }
        };
        new Trainer(network, Plugins.loss("log-likelihood"), Plugins.sgd(0.1, 5.0),
                new TrainingOptions(epochs, 10, 0, false, threadCount)).train(data, random, probe);
        return bytes;
    }

    /** The fewest bytes of an epoch after the first {@code warmUp}. */
    static long cleanest(List<Long> perEpoch, int warmUp) {
        return perEpoch.subList(warmUp, perEpoch.size()).stream().mapToLong(Long::longValue).min().orElseThrow();
    }
}
