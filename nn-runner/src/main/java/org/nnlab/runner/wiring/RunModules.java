package org.nnlab.runner.wiring;

import com.google.inject.Module;
import java.time.Clock;
import java.util.List;
import org.nnlab.api.DatasetContext;
import org.nnlab.api.registry.PluginRegistry;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.run.RunSettings;

/** The modules of one training run, as {@code nn run} and the Java API both wire it. */
public final class RunModules {
    private RunModules() {
    }

    /**
     * The modules binding the experiment's plugins, its data (read from {@code datasets}), the network, training
     * with {@code threads} workers, and the run directory's output.
     */
    public static List<Module> of(ExperimentSpec spec, PluginRegistry registry, DatasetContext datasets,
                                  int threads, RunSettings settings, LogSetup logs, Clock clock) {
        return List.of(
                new ExperimentModule(spec, registry),
                new DataModule(spec.dataset(), datasets),
                new ModelModule(spec.network()),
                new TrainingModule(spec.training(), spec.loss(), spec.optimizer(), spec.schedule(), threads),
                new OutputModule(settings, logs, clock));
    }
}
