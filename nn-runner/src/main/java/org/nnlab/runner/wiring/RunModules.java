package org.nnlab.runner.wiring;

import com.google.inject.Module;
import java.time.Clock;
import java.util.List;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentSpec;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.run.RunSettings;

/**
 * The modules of one training run, listed once for {@code nn run}, the Java API and each run of a batch; they differ only
 * in where the data comes from (read by the run, or shared by the batch's runs of one dataset setting).
 */
public final class RunModules {
    private RunModules() {
    }

    /**
     * @param data binds the run's {@code DataSplits}
     */
    public static List<Module> of(ExperimentSpec spec, PluginRegistry registry, Module data, int threads,
                                  RunSettings settings, LogSetup logs, Clock clock) {
        return List.of(
                new ExperimentModule(spec, registry),
                data,
                new ModelModule(spec.network()),
                new TrainingModule(spec.training(), spec.loss(), spec.optimizer(), spec.schedule(), threads),
                new OutputModule(settings, logs, clock));
    }
}
