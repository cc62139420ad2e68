package org.nnlab.runner.run;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nnlab.api.DataSplits;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.Trainer;
import org.nnlab.core.TrainingResult;
import org.nnlab.core.TrainingState;
import org.nnlab.core.io.CheckpointFile;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ConfigWriter;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.eval.ModelDescription;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.progress.LiveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one experiment whose parts are built and checked (data loaded, layer sizes matched): creates the run
 * directory, writes the resolved config and provenance, trains while {@link RunRecorder} keeps the files in
 * step, and marks the directory completed, failed, or (on Ctrl-C, from a shutdown hook) incomplete.
 */
public final class ExperimentRun {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRun.class);
    /** Shutdown hooks of runs registered and not removed: the runs a shutdown must record. */
    private static final AtomicInteger HOOKS = new AtomicInteger();

    private final ExperimentSpec spec;
    private final RunSettings settings;
    private final DataSplits data;
    private final Network network;
    private final Trainer trainer;
    private final RandomStreams random;
    private final PluginRegistry registry;
    private final Clock clock;
    private final LogSetup logs;

    @Inject
    ExperimentRun(ExperimentSpec spec, RunSettings settings, DataSplits data, Network network, Trainer trainer,
                  RandomStreams random, PluginRegistry registry, Clock clock, LogSetup logs) {
        this.spec = Objects.requireNonNull(spec, "spec is null");
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.data = Objects.requireNonNull(data, "data is null");
        this.network = Objects.requireNonNull(network, "network is null");
        this.trainer = Objects.requireNonNull(trainer, "trainer is null");
        this.random = Objects.requireNonNull(random, "random is null");
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.logs = Objects.requireNonNull(logs, "logs is null");
    }

    /** Trains and records the run, showing no progress beyond the log; see {@link #run(LiveProgress)}. */
    public RunOutcome run() {
        return run(LiveProgress.NONE);
    }

    /**
     * Trains and records the run, telling {@code progress} of each epoch and mini-batch (before the recorder).
     *
     * @throws org.nnlab.api.UserException when the directory cannot be created (nothing was written)
     * @throws RunFailedException          when the run started and then failed (the directory is marked failed)
     */
    public RunOutcome run(LiveProgress progress) {
        Path dir = settings.directory().create();
        Provenance provenance = provenance(dir, true);
        String config = new ConfigWriter().write(spec);
        RunCheckpoints checkpoints = new RunCheckpoints(dir, RunFingerprint.of(config, provenance), null);
        return record(dir, provenance, progress, recorder -> recorder.start(config), checkpoints);
    }

    /**
     * Continues the run in the settings' directory (which exists) after the last epoch of {@code checkpoint}, as
     * if it had never stopped; {@link #run(LiveProgress)} otherwise.
     *
     * @throws org.nnlab.api.UserException when the config, plugins or data differ from the checkpoint's (nothing
     *                                     was written)
     */
    public RunOutcome resume(LiveProgress progress, CheckpointFile.Contents checkpoint) {
        Path dir = settings.directory().path();
        Provenance provenance = provenance(dir, false);
        Map<String, String> tags = RunFingerprint.of(new ConfigWriter().write(spec), provenance);
        RunFingerprint.requireSame(checkpoint.tags(), tags, dir.resolve(CheckpointFile.FILE_NAME).toString());
        TrainingState state = checkpoint.state();
        state.restoreParameters(network.parameters());
        return record(dir, provenance, progress, recorder -> recorder.resumed(state.history()),
                new RunCheckpoints(dir, tags, state));
    }

    private Provenance provenance(Path dir, boolean created) {
        try {
            return new Provenance(spec, settings.in(dir), FrameworkInfo.detect(settings.home()), data, registry,
                    clock.instant());
        } catch (IOException | RuntimeException e) {
            if (created) {
                deleteEmpty(dir);
            }
            throw e instanceof IOException io ? new UncheckedIOException("could not read a file to checksum it", io)
                    : (RuntimeException) e;
        }
    }

    private RunOutcome record(Path dir, Provenance provenance, LiveProgress progress, Consumer<RunRecorder> begin,
                              RunCheckpoints checkpoints) {
        try (LogSetup.RunLog ignored = logs.attach(dir.resolve(RunRecorder.RUN_LOG))) {
            RunRecorder recorder = new RunRecorder(dir, network, ModelDescription.of(data), provenance, clock,
                    spec.training().epochs());
            checkpoints.recordedBy(recorder);
            Thread hook = new Thread(() -> shuttingDown(recorder), "nn-interrupt");
            HOOKS.incrementAndGet();
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                begin.accept(recorder);
                LOG.info("Run {}: {} on {} (train {}, validation {}, test {}), {} epochs, batch {}, into {}",
                        spec.name(), network, spec.dataset().name(), data.train().count(),
                        data.validation().count(), data.test().count(), spec.training().epochs(),
                        spec.training().batchSize(), dir);
                TrainingResult result = trainer.train(data, random, progress.before(recorder), checkpoints);
                recorder.completed(result.stoppedEarly());
                return new RunOutcome(dir, result);
            } catch (RuntimeException | Error e) {
                String onDisk = recorder.failed(e);
                LOG.debug("Run failed", e);
                throw new RunFailedException(dir, e, onDisk);
            } finally {
                removeHook(hook);
            }
        }
    }

    /**
     * The shutdown hook: on a signal (Ctrl-C, kill) the run is marked incomplete and the JVM exits with the
     * signal's status; when code in this JVM called {@code System.exit} during training (a plugin), the run is
     * marked failed and the JVM halts with status 1, whatever status was asked, since the run did not finish.
     * The hooks of runs in progress at once (a batch) run together; the last to finish its record halts.
     */
    private static void shuttingDown(RunRecorder recorder) {
        String caller = ExitRequest.caller();
        boolean last = false;
        try {
            if (caller == null) {
                recorder.interrupted();
            } else {
                System.err.println("nn: the run was stopped: the JVM was asked to exit by " + caller + " ("
                        + recorder.exitRequested(caller) + ")");
                System.err.flush();
            }
        } finally {
            last = HOOKS.decrementAndGet() == 0;
        }
        if (caller != null && last) {
            Runtime.getRuntime().halt(1);
        }
    }

    /** The run directory made for a run that could not start, removed when nothing went into it. */
    private static void deleteEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmptyOrGone) {
            // left as it is
        }
    }

    private static void removeHook(Thread hook) {
        try {
            if (Runtime.getRuntime().removeShutdownHook(hook)) {
                HOOKS.decrementAndGet();
            }
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the recorder is closed
        }
    }
}
