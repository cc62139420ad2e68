package org.nnlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.nnlab.runner.batch.BatchBackend;
import org.nnlab.runner.batch.BatchEnvironment;
import org.nnlab.runner.batch.PlannedRun;
import org.nnlab.runner.batch.RunResult;
import org.nnlab.runner.config.PluginChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch's runs on Spark: each run is a job of one task, submitted from the batch's thread for that run, so that
 * Spark's FIFO scheduler gives each free executor core the earliest run not started, reruns a task whose executor
 * was lost, and the driver hears of each run as it ends (tables, progress, ETA). The files a task sends back are
 * written into the run's directory; a run that failed by itself comes back failed, as locally.
 */
final class SparkRuns implements BatchBackend.Session {
    private static final Logger LOG = LoggerFactory.getLogger(SparkRuns.class);

    private final JavaSparkContext sc;
    private final Broadcast<PluginBundle> plugins;
    private final BatchEnvironment env;
    private final Map<PluginChoice, List<RunTask.DataFile>> dataFiles;
    private final int threads;
    private final int inFlight;
    private final String master;
    private final Map<Path, byte[]> configs = new HashMap<>();
    private final AtomicLong executorNanos = new AtomicLong();
    private final List<Long> overheadNanos = new ArrayList<>();

    SparkRuns(JavaSparkContext sc, Broadcast<PluginBundle> plugins, BatchEnvironment env,
              Map<PluginChoice, List<RunTask.DataFile>> dataFiles, int threads, int inFlight, String master) {
        this.sc = sc;
        this.plugins = plugins;
        this.env = env;
        this.dataFiles = dataFiles;
        this.threads = threads;
        this.inFlight = inFlight;
        this.master = master;
    }

    @Override
    public RunResult launch(PlannedRun run, Path runDir) {
        RunTask task = task(run);
        long start = System.nanoTime();
        RunOutput output;
        try {
            sc.setJobDescription(run.name());
            output = sc.parallelize(List.of(task), 1).map(ExecutorSide::run).collect().get(0);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString());
            return RunResult.failed("Spark could not run it: " + message);
        }
        try {
            output.writeTo(runDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + runDir, e);
        }
        long wall = System.nanoTime() - start;
        executorNanos.addAndGet(output.executorNanos());
        synchronized (overheadNanos) {
            overheadNanos.add(wall - output.executorNanos());
        }
        LOG.debug("{} ran on executor {}: {} s there, {} s from submission to its files written", run.name(),
                output.executor(), seconds(output.executorNanos()), seconds(wall));
        return output.result();
    }

    private RunTask task(PlannedRun run) {
        return new RunTask(run.name(), run.point(), run.parameters(), run.seed(), run.overrides(),
                run.config().toString(), configBytes(run.config()), run.resolved(), env.commandLine(), threads,
                env.home().toString(), plugins, dataFiles.getOrDefault(run.loaded().spec().dataset(), List.of()));
    }

    private synchronized byte[] configBytes(Path config) {
        return configs.computeIfAbsent(config, path -> {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + path + " again", e);
            }
        });
    }

    @Override
    public int parallel() {
        return inFlight;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "on Spark %s (%d cores now), %d runs at once, %d thread%s"
                + " per run", master, sc.defaultParallelism(), inFlight, threads, threads == 1 ? "" : "s");
    }

    @Override
    public void close() {
        List<Long> overheads;
        synchronized (overheadNanos) {
            overheads = new ArrayList<>(overheadNanos);
        }
        int n = overheads.size();
        if (n > 0) {
            Collections.sort(overheads);
            long sum = overheads.stream().mapToLong(Long::longValue).sum();
            LOG.info("Spark: {} as tasks, on average {} s on an executor; around it (submission, scheduling,"
                    + " sending the files back, writing them) {} s on average, {} s median, {} s at most",
                    n == 1 ? "1 run" : n + " runs",
                    seconds(executorNanos.get() / n), seconds(sum / n), seconds(overheads.get(n / 2)),
                    seconds(overheads.get(n - 1)));
        }
        sc.stop();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
