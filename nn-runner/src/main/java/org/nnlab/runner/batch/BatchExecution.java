package org.nnlab.runner.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.nnlab.runner.progress.BatchProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch's unfinished runs on a bounded pool, in the plan's order, into its directory. After each run,
 * {@code runs.csv} and {@code summary.csv} are written anew from what every run gave, and the console's
 * {@link BatchProgress} hears of it. A run that fails is recorded with its error and the batch goes on. On Ctrl-C no new run starts, the running ones are marked incomplete (by
 * their own recorders) and the tables say so; {@code nn batch --resume} finishes the batch.
 */
public final class BatchExecution {
    private static final Logger LOG = LoggerFactory.getLogger(BatchExecution.class);

    private enum State { WAITING, RUNNING, DONE }

    private final BatchPlan plan;
    private final BatchDirectory dir;
    private final RunExecutor launcher;
    private final BatchProgress progress;
    private final RunResult[] results;
    private final State[] states;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile boolean stopping;

    /**
     * @param previous what each run's directory held when the batch (re)started; the runs not done are run here
     * @param progress told of each run's start and end (closed at the end)
     */
    public BatchExecution(BatchPlan plan, BatchDirectory dir, RunExecutor launcher, List<RunResult> previous,
                          BatchProgress progress) {
        this.plan = plan;
        this.dir = dir;
        this.launcher = launcher;
        this.progress = progress;
        this.results = previous.toArray(RunResult[]::new);
        this.states = new State[results.length];
        for (int i = 0; i < results.length; i++) {
            states[i] = results[i].ok() ? State.DONE : State.WAITING;
        }
    }

    /** Runs every run not yet done, {@code parallel} at a time; returns what every run of the plan gave. */
    public List<RunResult> run(int parallel) {
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            if (states[i] == State.WAITING) {
                results[i] = RunResult.pending();
                todo.add(i);
            }
        }
        writeTables();
        Thread hook = new Thread(this::stop, "nn-batch-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        AtomicInteger workers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, runnable -> {
            Thread thread = new Thread(runnable, "nn-batch-" + workers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : todo) {
                futures.add(pool.submit(() -> runOne(i, todo.size())));
            }
            for (Future<?> future : futures) {
                await(future);
            }
        } finally {
            progress.close();
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it writes the tables
            }
        }
        return List.of(results);
    }

    private void runOne(int i, int total) {
        PlannedRun run = plan.runs().get(i);
        synchronized (this) {
            if (stopping) {
                return;
            }
            states[i] = State.RUNNING;
        }
        Path runDir = dir.runDir(run);
        progress.runStarted(run.name());
        long start = System.nanoTime();
        RunResult result = launcher.launch(run, runDir);
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (this) {
            results[i] = result;
            states[i] = State.DONE;
            if (!stopping) {
                writeTables();
            }
        }
        int done = finished.incrementAndGet();
        String outcome = result.status() + (result.ok() ? String.format(Locale.ROOT, ", test %.2f%%%s",
                100 * result.testAccuracy(), Double.isNaN(result.bestValidationAccuracy()) ? ""
                        : String.format(Locale.ROOT, ", best validation %.2f%% (epoch %d)",
                        100 * result.bestValidationAccuracy(), result.bestEpoch()))
                : result.error().isEmpty() ? "" : ": " + result.error());
        progress.runFinished(run.name(), outcome, result.ok(), seconds);
        String line = String.format(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)", done, total, run.name(), outcome, seconds);
        if (RunResult.FAILED.equals(result.status())) {
            progress.clear();
            LOG.warn(line);
        } else {
            LOG.debug(line);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Ctrl-C: no new run starts; the tables show the running ones as incomplete. */
    private synchronized void stop() {
        stopping = true;
        for (int i = 0; i < states.length; i++) {
            if (states[i] == State.RUNNING) {
                results[i] = RunResult.incomplete();
            }
        }
        try {
            writeTables();
        } catch (RuntimeException e) {
            LOG.error("Could not write the tables of {}: {}", dir.path(), e.toString());
        }
        long unfinished = Arrays.stream(states).filter(s -> s != State.DONE).count();
        progress.clear();
        LOG.warn("Stopped: {} of {} runs did not finish ({} or {} in {}); finish the batch with nn batch --resume {}",
                unfinished, states.length, RunResult.INCOMPLETE, RunResult.PENDING, BatchTables.RUNS, dir.path());
    }

    private void writeTables() {
        List<RunResult> current = List.of(results);
        dir.write(BatchTables.RUNS, BatchTables.runs(plan, current));
        dir.write(BatchTables.SUMMARY, BatchTables.summary(plan, current));
    }
}
