package org.nnlab.spark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.nnlab.api.UserException;
import org.nnlab.host.Sha256;
import org.nnlab.runner.batch.BatchBackend;
import org.nnlab.runner.batch.BatchEnvironment;
import org.nnlab.runner.batch.BatchPlan;
import org.nnlab.runner.config.PluginChoice;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The driver of {@code nn batch --spark MASTER}: starts a Spark context on MASTER with the {@code --spark-conf}
 * settings while the batch is checked; once it is, ships the plugin directories as a broadcast, takes the SHA-256 of the data
 * files the driver validated, and gives the batch a {@link SparkRuns} session.
 */
final class SparkBackend implements BatchBackend {
    /** Loggers of Spark and its libraries: errors only on the console unless {@code --verbose}. */
    private static final List<String> SPARK_LOGGERS = List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop",
            "io.netty", "org.eclipse.jetty", "org.apache.commons", "org.apache.ivy", "org.apache.logging");
    /** Executors run the core's SIMD kernels too. */
    static final String EXECUTOR_JAVA_OPTIONS = "--add-modules jdk.incubator.vector";

    private static final long REGISTRATION_MILLIS = 20_000;
    private static final long STABLE_MILLIS = 1_500;

    private final String master;
    private final Integer parallel;
    private final int threads;
    private final CompletableFuture<JavaSparkContext> starting;

    /**
     * Starts Spark at once, on a thread of its own, so that its start-up overlaps the batch's checks; nothing is
     * submitted before {@link #open}, and {@link #close} stops it when the checks failed.
     *
     * @param label names the application, e.g. the batch file's name
     */
    SparkBackend(String master, List<String> conf, Integer parallel, int threads, boolean verbose, String label) {
        this.master = master;
        this.parallel = parallel;
        this.threads = threads;
        quietSpark(verbose);
        SparkConf sparkConf = conf(master, conf, label);
        this.starting = CompletableFuture.supplyAsync(() -> new JavaSparkContext(sparkConf), runnable -> {
            Thread thread = new Thread(runnable, "nn-spark-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public Session open(BatchEnvironment env, BatchPlan plan, List<Integer> todo,
                        Map<PluginChoice, List<Path>> dataFiles) {
        JavaSparkContext sc;
        try {
            sc = starting.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UserException("--spark " + master + ": Spark could not start (" + cause.getMessage() + "); give"
                    + " local[N] or the master of a running cluster, spark://HOST:PORT", cause);
        }
        int inFlight = parallel != null ? parallel : Math.max(1, Math.min(todo.size(), cores(sc)));
        return new SparkRuns(sc, sc.broadcast(PluginBundle.of(env.pluginDirectories())), env, digests(dataFiles),
                threads, inFlight, master);
    }

    @Override
    public void close() {
        try {
            starting.join().stop();
        } catch (CompletionException e) {
            // it never started: nothing to stop
        }
    }

    /**
     * The cores the application has: local[N]'s N, or a cluster's executor cores once they stop registering (up to
     * {@link #REGISTRATION_MILLIS}). As many runs are submitted at once, so runs start in the plan's order.
     */
    private static int cores(JavaSparkContext sc) {
        if (sc.isLocal()) {
            return sc.defaultParallelism();
        }
        long deadline = System.currentTimeMillis() + REGISTRATION_MILLIS;
        int seen = 0;
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            int executors = sc.sc().getExecutorMemoryStatus().size() - 1;
            int cores = executors > 0 ? sc.defaultParallelism() : 0;
            if (cores != seen) {
                seen = cores;
                stableSince = System.currentTimeMillis();
            } else if (seen > 0 && System.currentTimeMillis() - stableSince >= STABLE_MILLIS) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Math.max(seen, 2);
    }

    static SparkConf conf(String master, List<String> conf, String label) {
        SparkConf sparkConf = new SparkConf()
                .setMaster(master)
                .setAppName("nn batch " + label)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        List<String> executorOptions = new ArrayList<>(List.of(EXECUTOR_JAVA_OPTIONS));
        for (String setting : conf) {
            int eq = setting.indexOf('=');
            String key = setting.substring(0, eq);
            String value = setting.substring(eq + 1);
            if ("spark.executor.extraJavaOptions".equals(key)) {
                executorOptions.add(value);
            } else {
                sparkConf.set(key, value);
            }
        }
        sparkConf.set("spark.executor.extraJavaOptions", String.join(" ", executorOptions));
        return sparkConf;
    }

    private static Map<PluginChoice, List<RunTask.DataFile>> digests(Map<PluginChoice, List<Path>> dataFiles) {
        Map<PluginChoice, List<RunTask.DataFile>> digests = new LinkedHashMap<>();
        for (Map.Entry<PluginChoice, List<Path>> setting : dataFiles.entrySet()) {
            List<RunTask.DataFile> files = new ArrayList<>();
            for (Path file : setting.getValue()) {
                try {
                    files.add(new RunTask.DataFile(String.valueOf(file.getFileName()), Sha256.of(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read " + file + " again", e);
                }
            }
            digests.put(setting.getKey(), List.copyOf(files));
        }
        return digests;
    }

    /** Spark logs through slf4j to the runner's logback: errors only, or its info lines with --verbose. */
    static void quietSpark(boolean verbose) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            for (String name : SPARK_LOGGERS) {
                context.getLogger(name).setLevel(verbose ? Level.INFO : Level.ERROR);
            }
        }
    }
}
