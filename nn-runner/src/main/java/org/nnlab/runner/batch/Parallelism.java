package org.nnlab.runner.batch;

import java.util.List;
import java.util.Locale;
import org.nnlab.api.DataSplits;
import org.nnlab.runner.config.ExperimentSpec;

/**
 * How many runs train at once and with how many threads each. By default as many runs as there are processors,
 * as long as the heap has room for them: {@code min(processors, runs, free heap / bytes per run)}, at least 1;
 * then {@code max(1, processors / parallel)} threads per run. Parallel runs scale better than threads within a
 * run, and neither changes a run's results.
 *
 * @param reason how the numbers were chosen, for the console
 */
public record Parallelism(int parallel, int threads, String reason) {
    private static final long SLACK_BYTES = 8L << 20;

    static Parallelism choose(Integer parallel, Integer threads, int runs, int processors, long freeHeap,
                              long bytesPerRun) {
        int chosen;
        String why;
        if (parallel != null) {
            chosen = parallel;
            why = "--parallel " + parallel;
        } else {
            long room = Math.max(1, freeHeap / Math.max(1, bytesPerRun));
            chosen = (int) Math.max(1, Math.min(Math.min(processors, Math.max(1, runs)), room));
            why = String.format(Locale.ROOT, "%d at once: %d processors, %d runs, heap room for %d (%s free, about %s"
                    + " per run)", chosen, processors, runs, room, mb(freeHeap), mb(bytesPerRun));
        }
        int perRun = threads != null ? threads : Math.max(1, processors / chosen);
        return new Parallelism(chosen, perRun, why + "; " + perRun + " thread" + (perRun == 1 ? "" : "s")
                + " per run");
    }

    /**
     * The heap one run needs beside its shared data: its weights, gradients, optimizer state and model file
     * buffer, its per-batch and evaluation workspaces, and the index of its training set's non-zero inputs.
     */
    static long bytesPerRun(ExperimentSpec spec, DataSplits data, long trainNonZeros) {
        List<Integer> layers = spec.network().layers();
        long parameters = 0;
        long units = 0;
        for (int l = 1; l < layers.size(); l++) {
            parameters += (long) layers.get(l - 1) * layers.get(l) + layers.get(l);
            units += layers.get(l);
        }
        units += layers.get(0);
        long workspaces = 4L * units * (4L * spec.training().batchSize() + 2L * 500);
        long index = 8L * trainNonZeros + 4L * (data.train().count() + 1);
        return 5 * 4 * parameters + workspaces + index + SLACK_BYTES;
    }

    /**
     * As {@link #bytesPerRun} for a layer list: each parameter five times (value, gradient, optimizer state, model
     * buffer), and each layer's outputs, gradients and scratch for a training batch and an evaluation chunk.
     */
    static long bytesPerLayeredRun(ExperimentSpec spec, org.nnlab.core.Network network) {
        long parameters = 0;
        for (org.nnlab.api.Parameter p : network.parameters()) {
            parameters += p.value().data().length;
        }
        long units = network.layerStack().orElseThrow().input().size();
        for (org.nnlab.core.LayerStage stage : network.layerStack().orElseThrow().stages()) {
            units += 2L * stage.instance().output().size();
        }
        long workspaces = 4L * units * (4L * spec.training().batchSize() + 2L * 500);
        return 5 * 4 * parameters + workspaces + SLACK_BYTES;
    }

    static long nonZeros(DataSplits data) {
        long count = 0;
        for (float v : data.train().features()) {
            if (v != 0f) {
                count++;
            }
        }
        return count;
    }

    /** Free heap now: the maximum less what is in use. */
    static long freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    static String mb(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }
}
