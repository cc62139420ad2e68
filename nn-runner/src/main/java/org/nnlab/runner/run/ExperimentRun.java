package org.nnlab.runner.run;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.nnlab.api.DataSplits;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.core.Network;
import org.nnlab.core.RandomStreams;
import org.nnlab.core.Trainer;
import org.nnlab.core.TrainingResult;
import org.nnlab.runner.config.ConfigWriter;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.eval.ModelDescription;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.report.progress.LiveProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one experiment whose parts are built and checked (data loaded, layer sizes matched): creates the run
 * directory, writes the resolved config and provenance, trains while {@link RunRecorder} keeps the files in
 * step, and marks the directory completed, failed, or (on Ctrl-C, from a shutdown hook) incomplete.
 */
public final class ExperimentRun {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRun.class);

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
        Provenance provenance;
        try {
            provenance = new Provenance(spec, settings, FrameworkInfo.detect(settings.home()), data, registry,
                    clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a file to checksum it", e);
        }
        Path dir = settings.directory().create();
        try (LogSetup.RunLog ignored = logs.attach(dir.resolve(RunRecorder.RUN_LOG))) {
            RunRecorder recorder = new RunRecorder(dir, network, ModelDescription.of(data), provenance, clock,
                    spec.training().epochs());
            Thread hook = new Thread(recorder::interrupted, "nn-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                recorder.start(new ConfigWriter().write(spec));
                LOG.info("Run {}: {} on {} (train {}, validation {}, test {}), {} epochs, batch {}, into {}",
                        spec.name(), network, spec.dataset().name(), data.train().count(),
                        data.validation().count(), data.test().count(), spec.training().epochs(),
                        spec.training().batchSize(), dir);
                TrainingResult result = trainer.train(data, random, progress.before(recorder));
                recorder.completed(result.stoppedEarly());
                return new RunOutcome(dir, result);
            } catch (RuntimeException | Error e) {
                recorder.failed(e);
                LOG.debug("Run failed", e);
                throw new RunFailedException(dir, e);
            } finally {
                removeHook(hook);
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the recorder is closed
        }
    }
}
