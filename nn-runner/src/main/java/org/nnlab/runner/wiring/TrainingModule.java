package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.nnlab.api.Loss;
import org.nnlab.api.Optimizer;
import org.nnlab.api.Schedule;
import org.nnlab.core.Network;
import org.nnlab.core.Trainer;
import org.nnlab.core.TrainingOptions;
import org.nnlab.host.ContextLoader;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.config.TrainingSpec;

/** Training: the configured loss, optimizer and learning-rate schedule, the options and the trainer. */
public final class TrainingModule extends AbstractModule {
    private final TrainingSpec training;
    private final PluginChoice loss;
    private final PluginChoice optimizer;
    private final PluginChoice schedule;
    private final int threads;

    public TrainingModule(TrainingSpec training, PluginChoice loss, PluginChoice optimizer, PluginChoice schedule,
                          int threads) {
        this.training = Objects.requireNonNull(training, "training is null");
        this.loss = Objects.requireNonNull(loss, "loss is null");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer is null");
        this.schedule = Objects.requireNonNull(schedule, "schedule is null");
        this.threads = threads;
    }

    @Provides
    @Singleton
    Loss loss(PluginRegistry registry) {
        Loss prototype = registry.loss(loss.name());
        return ContextLoader.call(prototype, () -> prototype.configure(loss.params()));
    }

    @Provides
    @Singleton
    Optimizer optimizer(PluginRegistry registry) {
        Optimizer prototype = registry.optimizer(optimizer.name());
        return ContextLoader.call(prototype, () -> prototype.configure(optimizer.params()));
    }

    @Provides
    @Singleton
    Schedule schedule(PluginRegistry registry) {
        Schedule prototype = registry.schedule(schedule.name());
        return ContextLoader.call(prototype, () -> prototype.configure(schedule.params()));
    }

    @Provides
    @Singleton
    TrainingOptions options() {
        return new TrainingOptions(training.epochs(), training.batchSize(), training.patience(),
                training.evaluateTrain(), threads);
    }

    @Provides
    @Singleton
    Trainer trainer(Network network, Loss configuredLoss, Optimizer configuredOptimizer, Schedule configuredSchedule,
                    TrainingOptions options) {
        return new Trainer(network, configuredLoss, configuredOptimizer, configuredSchedule, options);
    }
}
