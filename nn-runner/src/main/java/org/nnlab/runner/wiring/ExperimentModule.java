package org.nnlab.runner.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.nnlab.core.RandomStreams;
import org.nnlab.host.PluginRegistry;
import org.nnlab.runner.config.ExperimentSpec;

/** What every part shares: the spec, the plugin registry and the seeded random streams. */
public final class ExperimentModule extends AbstractModule {
    private final ExperimentSpec spec;
    private final PluginRegistry registry;

    public ExperimentModule(ExperimentSpec spec, PluginRegistry registry) {
        this.spec = Objects.requireNonNull(spec, "spec is null");
        this.registry = Objects.requireNonNull(registry, "registry is null");
    }

    @Override
    protected void configure() {
        bind(ExperimentSpec.class).toInstance(spec);
        bind(PluginRegistry.class).toInstance(registry);
    }

    @Provides
    @Singleton
    RandomStreams randomStreams() {
        return new RandomStreams(spec.seed());
    }
}
