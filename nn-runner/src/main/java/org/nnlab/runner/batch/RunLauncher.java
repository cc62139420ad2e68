package org.nnlab.runner.batch;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.nnlab.api.DataSplits;
import org.nnlab.api.UserException;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.progress.LiveProgress;
import org.nnlab.runner.run.ExperimentRun;
import org.nnlab.runner.run.ResumableRun;
import org.nnlab.runner.run.RunDirectory;
import org.nnlab.runner.run.RunFailedException;
import org.nnlab.runner.run.RunSettings;
import org.nnlab.runner.wiring.Injection;
import org.nnlab.runner.wiring.RunModules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one run of a batch as {@code nn run} would, into its run directory (or, when the directory is there, as
 * {@code nn run --resume} would, from its checkpoint): its own injector (its spec, network,
 * trainer, random streams and recorder), the batch's shared read-only data. Nothing mutable is shared between
 * runs, so a run gives the same bits whatever runs beside it. Its log lines carry its name ({@link LogSetup#RUN_KEY})
 * so that its {@code run.log} holds its own lines only.
 */
public final class RunLauncher implements RunExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(RunLauncher.class);

    private final BatchEnvironment env;
    private final DataSource data;
    private final int threads;

    /** @param threads worker threads for each run's dense loops */
    public RunLauncher(BatchEnvironment env, DataSource data, int threads) {
        this.env = env;
        this.data = data;
        this.threads = threads;
    }

    /**
     * Continues the run in {@code runDir} from its checkpoint; when that is refused before anything is written (its
     * plugins or data changed since), runs it again from its start, as a batch resume did before checkpoints.
     */
    private static void resumeOrRestart(ExperimentRun experiment, Path runDir) {
        try {
            experiment.resume(LiveProgress.NONE, ResumableRun.open(runDir).checkpoint());
        } catch (UserException refused) {
            LOG.warn("{} cannot go on from its checkpoint, so it is run again from its start: {}", runDir,
                    refused.getMessage());
            try (Stream<Path> files = Files.walk(runDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the unfinished run " + runDir, e);
            }
            experiment.run();
        }
    }

    @Override
    public RunResult launch(PlannedRun run, Path runDir) {
        ExperimentSpec spec = run.loaded().spec();
        PluginChoice setting = spec.dataset();
        MDC.put(LogSetup.RUN_KEY, run.name());
        try {
            RunSettings settings = new RunSettings(new RunDirectory(runDir, true), run.config(), run.overrides(),
                    env.commandLine(), threads, env.pluginDirectories(), env.home(), env.datasets());
            Injector injector;
            try {
                DataSplits splits = data.get(setting);
                injector = Injection.create(RunModules.of(spec, env.registry(), new SharedDataModule(splits), threads,
                        settings, env.logs(), env.clock()));
            } catch (UserException e) {
                throw run.loaded().locate(e);
            }
            ExperimentRun experiment = Injection.instance(injector, ExperimentRun.class);
            if (Files.exists(runDir)) {
                resumeOrRestart(experiment, runDir);
            } else {
                experiment.run();
            }
            return RunResult.read(runDir);
        } catch (RunFailedException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof UserException)) {
                LOG.error("Run {} failed with an internal error", run.name(), cause);
            }
            RunResult recorded = RunResult.read(runDir);
            return RunResult.FAILED.equals(recorded.status()) ? recorded : RunResult.failed(e.getMessage());
        } catch (UserException e) {
            return RunResult.failed(e.getMessage().replace('\n', ' '));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.error("Run {} failed with an internal error", run.name(), e);
            return RunResult.failed("internal error: " + e);
        } finally {
            data.done(setting);
            MDC.remove(LogSetup.RUN_KEY);
        }
    }
}
