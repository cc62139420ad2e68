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
import org.nnlab.runner.config.PluginChoice;
import org.nnlab.runner.config.TrainingSpec;

/** Training: the loss, optimizer and learning-rate schedule as validation configured them, the options and the trainer. */
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
    Loss loss() {
        return loss.configured(Loss.class);
    }

    @Provides
    @Singleton
    Optimizer optimizer() {
        return optimizer.configured(Optimizer.class);
    }

    @Provides
    @Singleton
    Schedule schedule() {
        return schedule.configured(Schedule.class);
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
