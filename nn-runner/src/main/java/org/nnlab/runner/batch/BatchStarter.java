package org.nnlab.runner.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nnlab.api.Problem;
import org.nnlab.api.UserException;
import org.nnlab.runner.progress.BatchProgress;
import org.nnlab.runner.run.ResumableRun;
import org.nnlab.runner.run.RunRecorder;
import org.nnlab.runner.run.RunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a batch, or resumes one: everything is checked (every config, the data, the layer sizes, the directory)
 * before a file is written; a resume first checks that the batch file still gives the stored plan, keeps the
 * completed runs untouched and removes the unfinished ones, which are run again from their start.
 */
public final class BatchStarter {
    private static final Logger LOG = LoggerFactory.getLogger(BatchStarter.class);

    /** What a batch gave: its directory, its plan, and each run's result in the plan's order. */
    public record Outcome(Path dir, BatchPlan plan, List<RunResult> results, Parallelism parallelism) {
        public long failed() {
            return results.stream().filter(r -> RunResult.FAILED.equals(r.status())).count();
        }
    }

    private final BatchEnvironment env;
    private final Integer parallel;
    private final Integer threads;
    private final boolean quiet;
    private final BatchBackend backend;

    /**
     * @param parallel runs at once, as given on the command line, or null for the default
     * @param threads  threads per run, as given, or null for the default
     * @param quiet    whether the console shows no progress
     */
    public BatchStarter(BatchEnvironment env, Integer parallel, Integer threads, boolean quiet) {
        this(env, parallel, threads, quiet, null);
    }

    /** @param backend where the runs go once everything is checked, or null for this JVM's pool */
    public BatchStarter(BatchEnvironment env, Integer parallel, Integer threads, boolean quiet, BatchBackend backend) {
        if (parallel != null && parallel < 1) {
            throw new UserException("--parallel " + parallel + ": expected a positive number of runs at once (e.g. 2)");
        }
        if (threads != null && threads < 1) {
            throw new UserException("--threads " + threads + ": expected a positive number of threads (e.g. 1)");
        }
        this.env = env;
        this.parallel = parallel;
        this.threads = threads;
        this.quiet = quiet;
        this.backend = backend;
    }

    public Outcome start(Path file, List<String> overrides, Path batchDir) {
        BatchPlan plan = new PlanBuilder(env.registry()).build(file, overrides);
        Path dirPath = BatchDirectory.plan(batchDir, plan.name(), LocalDateTime.now(env.clock()));
        BatchDirectory.checkNew(dirPath, batchDir != null);
        List<Integer> all = new ArrayList<>();
        List<RunResult> pending = new ArrayList<>();
        for (int i = 0; i < plan.runs().size(); i++) {
            all.add(i);
            pending.add(RunResult.pending());
        }
        Preflight.Checked checked = Preflight.check(plan, all, env);
        try (Runs runs = runs(checked, plan, all)) {
            LOG.info("Batch {}: {} runs, {}; into {}", plan.name(), plan.runs().size(), runs.chosen.reason(), dirPath);
            try (BatchDirectory dir = BatchDirectory.create(dirPath)) {
                dir.write(PlanFile.NAME, PlanFile.write(plan));
                List<RunResult> results = new BatchExecution(plan, dir, runs.executor, pending,
                        BatchProgress.forConsole(plan.name(), plan.runs().size(), 0, quiet))
                        .run(runs.chosen.parallel());
                return new Outcome(dirPath, plan, results, runs.chosen);
            }
        }
    }

    public Outcome resume(Path dirPath) {
        PlanFile.Stored stored = PlanFile.read(dirPath);
        try (BatchDirectory dir = BatchDirectory.open(dirPath)) {
            if (!Files.isRegularFile(stored.file())) {
                throw new UserException(stored.file() + ": no such file; " + dirPath.resolve(PlanFile.NAME)
                        + " names it as the batch file, and a resume checks that it still gives the same runs;"
                        + " restore it (or start the batch anew from another file)");
            }
            BatchPlan plan = new PlanBuilder(env.registry()).build(stored.file(), stored.overrides());
            String label = dirPath.resolve(PlanFile.NAME).toString();
            List<String> changes = PlanDiff.between(stored, plan, label);
            if (!changes.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                problems.add(new Problem("", dirPath + ": the batch has changed since it started, and resuming it"
                        + " would mix runs of two batches; undo the change, or start a new batch with nn batch "
                        + stored.file() + ". What differs:"));
                changes.forEach(line -> problems.add(new Problem("", "  " + line)));
                throw new UserException(problems);
            }
            List<RunResult> previous = new ArrayList<>();
            List<Integer> todo = new ArrayList<>();
            for (int i = 0; i < plan.runs().size(); i++) {
                PlannedRun run = plan.runs().get(i);
                Path runDir = dir.runDir(run);
                if (RunResult.isComplete(runDir)) {
                    requireSameConfig(run, runDir);
                    previous.add(RunResult.read(runDir));
                } else {
                    previous.add(RunResult.pending());
                    todo.add(i);
                }
            }
            for (int i : todo) {
                Path runDir = dir.runDir(plan.runs().get(i));
                if (Files.exists(runDir) && !continues(plan.runs().get(i), runDir)) {
                    LOG.info("Removing {}: it did not complete ({}), so it is run again from its start", runDir,
                            RunResult.read(runDir).status());
                    dir.remove(runDir);
                }
            }
            Preflight.Checked checked = Preflight.check(plan, todo, env);
            try (Runs runs = runs(checked, plan, todo)) {
                LOG.info("Resuming batch {}: {} of {} runs done, {} to run, {}", plan.name(),
                        plan.runs().size() - todo.size(), plan.runs().size(), todo.size(), runs.chosen.reason());
                BatchProgress progress = BatchProgress.forConsole(plan.name(), plan.runs().size(),
                        plan.runs().size() - todo.size(), quiet);
                List<RunResult> results = new BatchExecution(plan, dir, runs.executor, previous, progress)
                        .run(runs.chosen.parallel());
                return new Outcome(dirPath, plan, results, runs.chosen);
            }
        }
    }

    /**
     * Whether the unfinished run in {@code runDir} goes on from its checkpoint (its launcher resumes it): only in
     * this JVM (a backend starts each run anew), and only with the config the batch plans for it.
     */
    private boolean continues(PlannedRun run, Path runDir) {
        if (backend != null) {
            return false;
        }
        try {
            ResumableRun resumable = ResumableRun.open(runDir);
            if (!Files.readString(resumable.config()).equals(run.resolved())) {
                return false;
            }
            LOG.info("Continuing {} after epoch {} from its checkpoint", runDir, resumable.epoch());
            return true;
        } catch (UserException | java.io.IOException | java.io.UncheckedIOException cannot) {
            LOG.debug("{} cannot go on from a checkpoint: {}", runDir, cannot.getMessage());
            return false;
        }
    }

    private static void requireSameConfig(PlannedRun run, Path runDir) {
        Path config = runDir.resolve(RunRecorder.CONFIG);
        String text;
        try {
            text = Files.readString(config);
        } catch (java.io.IOException e) {
            throw new UserException(config + ": cannot be read (" + e + ")");
        }
        if (!text.equals(run.resolved())) {
            throw new UserException(config + ": a " + RunStatus.COMPLETED.label() + " run whose config is not the one"
                    + " the batch plans for it; the directory was changed by hand: move the run away to run it again");
        }
    }

    /** Where the runs go and how many at once: this JVM's pool, or the backend's session (closed at the end). */
    private record Runs(RunExecutor executor, Parallelism chosen, BatchBackend.Session session) implements AutoCloseable {
        @Override
        public void close() {
            if (session != null) {
                session.close();
            }
        }
    }

    private Runs runs(Preflight.Checked checked, BatchPlan plan, List<Integer> todo) {
        if (backend == null) {
            Parallelism chosen = choose(checked, todo.size());
            return new Runs(new RunLauncher(env, checked.data(), chosen.threads()), chosen, null);
        }
        checked.data().dropAllBut(null);
        BatchBackend.Session session = backend.open(env, plan, todo, checked.dataFiles());
        return new Runs(session, new Parallelism(session.parallel(), threads == null ? 1 : threads,
                session.description()), session);
    }

    private Parallelism choose(Preflight.Checked checked, int runs) {
        return Parallelism.choose(parallel, threads, runs, Runtime.getRuntime().availableProcessors(),
                Parallelism.freeHeap() - checked.droppedBytes(), checked.bytesPerRun());
    }
}
