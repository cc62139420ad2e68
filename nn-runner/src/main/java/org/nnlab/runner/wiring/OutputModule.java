package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import java.time.Clock;
import java.util.Objects;
import org.nnlab.runner.logging.LogSetup;
import org.nnlab.runner.run.ExperimentRun;
import org.nnlab.runner.run.RunSettings;

/** The run's outputs: where they go, how the run was asked for, the clock and logging, and the run itself. */
public final class OutputModule extends AbstractModule {
    private final RunSettings settings;
    private final LogSetup logs;
    private final Clock clock;

    public OutputModule(RunSettings settings, LogSetup logs, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.logs = Objects.requireNonNull(logs, "logs is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        bind(RunSettings.class).toInstance(settings);
        bind(LogSetup.class).toInstance(logs);
        bind(Clock.class).toInstance(clock);
        bind(ExperimentRun.class);
    }
}
